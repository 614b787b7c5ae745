import { t } from "@rbxts/t";
import { listShape } from "shared/util/list-shape";

/**
 * The field checks of the content format, each with what it expects in words, and a reader that
 * reports every bad field of an entry instead of stopping at the first, so a teacher fixes a pack
 * in one pass.
 */
export interface ContentField {
	readonly check: (value: unknown) => boolean;
	readonly expected: string;
	readonly optional?: boolean;
}

export type ContentFields = { readonly [name: string]: ContentField };

/** A value as a message shows it: strings quoted and cut short, NaN and tables named. */
export function describeValue(value: unknown): string {
	if (typeIs(value, "string")) {
		const shown = value.size() > 40 ? `${value.sub(1, 40)}...` : value;
		return `"${shown}"`;
	}
	if (typeIs(value, "number")) return value !== value ? "NaN" : tostring(value);
	if (typeIs(value, "boolean")) return tostring(value);
	if (value === undefined) return "nothing";
	if (typeIs(value, "table")) {
		const shape = listShape(value, 1000);
		return shape.kind === "list" ? `a list of ${shape.size} entries` : "a table";
	}
	return `a ${typeOf(value)}`;
}

/** Characters in valid UTF-8 text, or undefined when it is not valid UTF-8. */
export function charCount(text: string): number | undefined {
	const [count] = utf8.len(text);
	// Luau gives nil for invalid UTF-8, though the typings say false
	return typeIs(count, "number") ? count : undefined;
}

const finite = (value: unknown): value is number =>
	t.number(value) && value === value && value !== math.huge && value !== -math.huge;

/** A plain table (no metatable): what decoded JSON or a Lua table literal is. */
export const isPlainTable = (value: unknown): value is Record<string, unknown> =>
	t.table(value) && getmetatable(value) === undefined;

const ID_PATTERN = "^[a-z0-9_%-]+$";

export const check = {
	id: (): ContentField => ({
		check: (value) =>
			t.string(value) && value.size() >= 1 && value.size() <= 40 && value.match(ID_PATTERN)[0] !== undefined,
		expected: "an id of 1 to 40 characters a-z, 0-9, _ or -",
	}),
	text: (max: number, optional = false): ContentField => ({
		check: (value) => {
			if (!t.string(value) || value.match("%S")[0] === undefined) return false;
			const count = charCount(value);
			return count !== undefined && count <= max;
		},
		expected: `non-empty text of at most ${max} characters`,
		optional,
	}),
	oneOf: (values: readonly (string | number)[], optional = false): ContentField => ({
		check: (value) => values.includes(value as string | number),
		expected: `one of ${values.map((entry) => (t.string(entry) ? `"${entry}"` : tostring(entry))).join(", ")}`,
		optional,
	}),
	boolean: (optional = false): ContentField => ({ check: t.boolean, expected: "true or false", optional }),
	number: (min: number, max: number, optional = false): ContentField => ({
		check: (value) => finite(value) && value >= min && value <= max,
		expected: `a number from ${min} to ${max}`,
		optional,
	}),
	finite: (optional = false): ContentField => ({ check: finite, expected: "a finite number", optional }),
	/** A true list (no holes, no other keys) of `min`..`max` entries that each pass `entry`. */
	listOf: (entry: ContentField, min: number, max: number, optional = false): ContentField => ({
		check: (value) => {
			const shape = listShape(value, max);
			if (shape.kind !== "list" || shape.size < min) return false;
			return (value as defined[]).every((item) => entry.check(item));
		},
		expected: `a list of ${min} to ${max} entries, each ${entry.expected}`,
		optional,
	}),
	/** Checked, and reported when missing, by the entry's own reader (nested lists of entries). */
	any: (): ContentField => ({ check: () => true, expected: "anything", optional: true }),
};

/**
 * Checks `raw`'s fields against `fields`, reporting unknown fields (typos) and bad or missing values
 * to `report` as `field "name": ...`. Returns whether every field was right.
 */
export function checkFields(
	raw: Record<string, unknown>,
	fields: ContentFields,
	report: (message: string) => void,
): boolean {
	let ok = true;
	for (const [key] of pairs(raw)) {
		if (!t.string(key) || fields[key] === undefined) {
			report(`field ${describeValue(key)}: unknown field`);
			ok = false;
		}
	}
	// by name, so a pack's errors come out in the same order on every run
	const names: string[] = [];
	for (const [name] of pairs(fields)) names.push(name as string);
	names.sort();
	for (const name of names) {
		const field = fields[name];
		const value = raw[name];
		if (value === undefined) {
			if (field.optional) continue;
			report(`field "${name}": required, missing (expected ${field.expected})`);
			ok = false;
		} else if (!field.check(value)) {
			report(`field "${name}": expected ${field.expected}, got ${describeValue(value)}`);
			ok = false;
		}
	}
	return ok;
}
