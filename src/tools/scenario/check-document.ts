import { MAX_DEPTH, MAX_STRING_BYTES } from "./scenario-limits";
import { scenarioFail } from "./scenario-error";

// The path of the value being checked, built only when something fails.
function pathOf(keys: readonly unknown[]): string {
	let path = "";
	for (const key of keys) {
		if (typeIs(key, "number")) path += `[${key - 1}]`;
		else path += path === "" ? tostring(key) : `.${tostring(key)}`;
	}
	return path === "" ? "scenario" : path;
}

function checkString(value: string, keys: readonly unknown[], what: string) {
	if (utf8.len(value)[0] === undefined) {
		scenarioFail(`${pathOf(keys)}: ${what} is not valid UTF-8 (invalid bytes or a lone surrogate)`);
	}
	if (value.size() > MAX_STRING_BYTES) {
		scenarioFail(`${pathOf(keys)}: ${what} of ${value.size()} bytes is over the limit of ${MAX_STRING_BYTES}`);
	}
}

function walk(value: unknown, keys: defined[]) {
	if (typeIs(value, "string")) return checkString(value, keys, "a string");
	if (!typeIs(value, "table")) return;
	if (keys.size() >= MAX_DEPTH) scenarioFail(`${pathOf(keys)}: nested deeper than ${MAX_DEPTH} levels`);
	for (const [key, child] of pairs(value as Map<defined, unknown>)) {
		// a bad field name is not repeated: the path names the object that has it
		if (typeIs(key, "string")) checkString(key, keys, "a field name");
		keys.push(key);
		walk(child, keys);
		keys.pop();
	}
}

/**
 * Checks what every value of a scenario document must be before any field is read: nested at
 * most MAX_DEPTH deep, and every string and field name valid UTF-8 of at most MAX_STRING_BYTES.
 * A string that is not UTF-8 would otherwise surface only as a traceback naming the report.
 */
export function checkDocument(raw: unknown) {
	walk(raw, []);
}
