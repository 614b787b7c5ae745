import { t } from "@rbxts/t";
import { deepCopy } from "shared/util/deep-copy";

/** A catalog definition that failed validation; the message names the path of the bad field. */
export class CatalogError {
	public constructor(public readonly message: string) {}
	public toString() {
		return this.message;
	}
}

/** Raises a CatalogError (so callers can tell content errors from bugs). */
export function fail(message: string): never {
	throw new CatalogError(message);
}

/** A field: its t check, what it means in words, and its default when absent (none = required). */
export interface Field {
	readonly check: t.check<unknown>;
	readonly expected: string;
	readonly fallback?: unknown;
	/** A nested object, read with its own fields. */
	readonly fields?: Fields;
	/** A list whose entries are objects read with these fields. */
	readonly listOf?: Fields;
	/** Left out of the result when absent, instead of defaulted. */
	readonly optional?: boolean;
}

export type Fields = { readonly [name: string]: Field };

function describe(value: unknown): string {
	if (typeIs(value, "string")) return `"${value}"`;
	if (typeIs(value, "number") && value !== value) return "NaN";
	return `${tostring(value)} (${typeOf(value)})`;
}

/**
 * Reads an object against `fields`: fills defaults, rejects unknown fields (typos) and values of
 * the wrong kind, naming the path, e.g. `rewards[2] ("hat").value.max_stack: expected a whole number >= 0, got -1`.
 */
export function readFields(raw: unknown, fields: Fields, path: string): Record<string, unknown> {
	if (!typeIs(raw, "table")) fail(`${path}: expected an object, got ${describe(raw)}`);
	const source = raw as Record<string, unknown>;
	for (const [key] of pairs(source)) {
		if (!typeIs(key, "string") || fields[key] === undefined) fail(`${path}.${tostring(key)}: unknown field`);
	}
	const result: Record<string, unknown> = {};
	for (const [name, field] of pairs(fields)) {
		const value = source[name];
		const fieldPath = `${path}.${name}`;
		if (value === undefined) {
			if (field.optional) continue;
			if (field.fallback === undefined && field.fields === undefined) fail(`${fieldPath}: required, missing`);
			result[name] =
				field.fields !== undefined ? readFields({}, field.fields, fieldPath) : deepCopy(field.fallback);
			continue;
		}
		if (field.fields !== undefined) {
			result[name] = readFields(value, field.fields, fieldPath);
		} else if (field.listOf !== undefined) {
			if (!t.array(t.any)(value)) fail(`${fieldPath}: expected a list, got ${describe(value)}`);
			result[name] = (value as defined[]).map((item, index) =>
				readFields(item, field.listOf!, `${fieldPath}[${index}]`),
			);
		} else {
			if (!field.check(value)) fail(`${fieldPath}: expected ${field.expected}, got ${describe(value)}`);
			result[name] = deepCopy(value);
		}
	}
	return result;
}

const finite = (value: unknown): value is number =>
	typeIs(value, "number") && value === value && value !== math.huge && value !== -math.huge;

/** Field helpers for the usual kinds of value. */
export const field = {
	string: (fallback?: string): Field => ({ check: t.string, expected: "a string", fallback }),
	id: (): Field => ({
		check: (v: unknown): v is string => typeIs(v, "string") && v.match("^[%w_%-%.:]+$")[0] !== undefined,
		expected: "an id of letters, digits and _-.:",
	}),
	boolean: (fallback?: boolean): Field => ({ check: t.boolean, expected: "true or false", fallback }),
	whole: (fallback?: number, max = 9007199254740991): Field => ({
		check: t.intersection(t.integer, t.numberConstrained(0, max)),
		expected: `a whole number from 0 to ${max}`,
		fallback,
	}),
	/** A whole number from 1 up, left out of the result when absent (an id on another platform). */
	optionalPositiveWhole: (): Field => ({
		check: t.intersection(t.integer, t.numberConstrained(1, 9007199254740991)),
		expected: "a positive whole number (an id)",
		optional: true,
	}),
	number: (min: number, max: number, fallback?: number): Field => ({
		check: (v: unknown): v is number => finite(v) && v >= min && v <= max,
		expected: `a number from ${min} to ${max}`,
		fallback,
	}),
	oneOf: <T extends string>(values: readonly T[], fallback?: T): Field => ({
		check: (v: unknown): v is T => typeIs(v, "string") && (values as readonly string[]).includes(v),
		expected: `one of ${values.join(", ")}`,
		fallback,
	}),
	strings: (fallback: string[] = []): Field => ({
		check: t.array(t.string),
		expected: "a list of strings",
		fallback,
	}),
	object: (fields: Fields): Field => ({ check: t.table, expected: "an object", fields }),
	optionalObject: (fields: Fields): Field => ({ check: t.table, expected: "an object", fields, optional: true }),
	list: (listOf: Fields, fallback: unknown[] = []): Field => ({
		check: t.table,
		expected: "a list",
		listOf,
		fallback,
	}),
};
