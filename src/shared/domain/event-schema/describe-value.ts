import { MAX_ID_LENGTH } from "./limits";

/** Strings longer than this are described by their length: a refusal never echoes a huge payload. */
const QUOTED_LENGTH = MAX_ID_LENGTH;

function article(word: string): string {
	return word.match("^[aeiouAEIOU]")[0] !== undefined ? `an ${word}` : `a ${word}`;
}

/**
 * A value as a refusal shows it: `"lesso"`, `7`, `NaN`, `nothing`, `a table`. It never calls a
 * metamethod (a hostile __tostring could raise) and never repeats a long string.
 */
export function describeValue(value: unknown): string {
	if (value === undefined) return "nothing";
	if (typeIs(value, "string")) {
		return value.size() <= QUOTED_LENGTH ? `"${value}"` : `a string of ${value.size()} characters`;
	}
	if (typeIs(value, "number")) return value !== value ? "NaN" : tostring(value);
	if (typeIs(value, "boolean")) return tostring(value);
	if (typeIs(value, "table") && getmetatable(value) !== undefined) return "a table with a metatable";
	return article(typeOf(value));
}

/**
 * A table key as a field name in a refusal: strings (cut short) and numbers as they are, the empty
 * string quoted (a refusal always names its field), anything else by type.
 */
export function describeKey(key: unknown): string {
	if (key === "") return `""`;
	if (typeIs(key, "string")) return key.size() <= QUOTED_LENGTH ? key : `${key.sub(1, QUOTED_LENGTH)}...`;
	if (typeIs(key, "number")) return describeValue(key);
	return `<${typeOf(key)}>`;
}
