import { t } from "@rbxts/t";
import { Catalog } from "shared/catalog/types";
import { listShape } from "shared/util/list-shape";
import { describeKey, describeValue } from "./describe-value";
import { EventRefusal, refuse, under } from "./refusal";

/** What a reader needs besides the value: the catalog ids resolve against, and the caller's own checks. */
export interface ReadContext {
	readonly catalog: Catalog;
	/** Whether a gift's `to_user_id` can receive it: a refusal message, or undefined when they can. */
	readonly checkRecipient?: (userId: string) => string | undefined;
	/** The user id of who sends the event, when the caller knows it (a client's own actions). */
	readonly sender?: string;
}

export type Read<T> = { readonly ok: true; readonly value: T } | EventRefusal;

/** Reads one value; never raises, whatever the value is. */
export type Reader<T> = (value: unknown, ctx: ReadContext) => Read<T>;

/** The fields of an object read so far, by name. */
export type FieldValues = Record<string, unknown>;

/** One step of reading an object: a field and its reader, or a rule over the raw object. */
export type Step =
	| { readonly step: "field"; readonly name: string; readonly read: Reader<unknown> }
	| { readonly step: "rule"; readonly rule: (raw: FieldValues) => EventRefusal | undefined };

/** The step that reads field `name` with `read`. */
export function field(name: string, read: Reader<unknown>): Step {
	return { step: "field", name, read };
}

/** The step that checks a rule between fields (on the raw object, so it may come before them). */
export function rule(check: (raw: FieldValues) => EventRefusal | undefined): Step {
	return { step: "rule", rule: check };
}

export function ok<T>(value: T): Read<T> {
	return { ok: true, value };
}

/**
 * A table that can be read without running anyone's code: no metatable (its __index could raise
 * or lie). JSON and Roblox remotes never give one.
 */
export const isPlainTable = (value: unknown): value is FieldValues =>
	typeIs(value, "table") && getmetatable(value) === undefined;

/** A value `check` accepts, or `expected ${expected}, got ...`. */
export function checked<T>(check: t.check<T>, expected: string): Reader<T> {
	return (value) => (check(value) ? ok(value) : refuse(`expected ${expected}, got ${describeValue(value)}`));
}

/** `first`, then `afterwards` on what it read. */
export function andThen<A, B>(first: Reader<A>, afterwards: (value: A, ctx: ReadContext) => Read<B>): Reader<B> {
	return (value, ctx) => {
		const read = first(value, ctx);
		return read.ok ? afterwards(read.value, ctx) : read;
	};
}

/** Absent is fine (undefined); present must pass `read`. */
export function optional<T>(read: Reader<T>): Reader<T | undefined> {
	return (value, ctx) => (value === undefined ? ok(undefined) : read(value, ctx));
}

/** Absent is refused as `required, missing`; present must pass `read`. */
export function present<T>(read: Reader<T>): Reader<T> {
	return (value, ctx) => (value === undefined ? refuse("required, missing") : read(value, ctx));
}

const nonEmptyString = t.intersection(t.string, (value: unknown): value is string => value !== "");

/** A string, non-empty when `nonEmpty`, of at most `max` characters (bytes). */
export function text(max: number, nonEmpty: boolean): Reader<string> {
	const withinLength = (value: unknown): value is string => typeIs(value, "string") && value.size() <= max;
	return andThen(
		nonEmpty ? checked(nonEmptyString, "a non-empty string") : checked(t.string, "a string"),
		checked(withinLength, `at most ${max} characters`),
	);
}

/** A whole number from `min` to `max`, refused as `expected ${expected}`. */
export function whole(min: number, max: number, expected = `a whole number from ${min} to ${max}`): Reader<number> {
	const inRange = t.numberConstrained(min, max);
	return checked((value: unknown): value is number => t.integer(value) && inRange(value), expected);
}

/** A finite number that `inRange` accepts, refused as `expected ${expected}`. */
export function finite(inRange: (value: number) => boolean, expected: string): Reader<number> {
	const check = (value: unknown): value is number =>
		t.number(value) && value !== math.huge && value !== -math.huge && inRange(value);
	return checked(check, expected);
}

/** An id that `read` accepts and the catalog has: else `unknown ${noun} "id"`. */
export function inCatalog(read: Reader<string>, noun: string, has: (catalog: Catalog, id: string) => boolean) {
	return andThen(read, (id, ctx) => (has(ctx.catalog, id) ? ok(id) : refuse(`unknown ${noun} ${describeValue(id)}`)));
}

/**
 * A true array (keys 1..n, no holes, no other keys) of at most `max` entries, each read with `item`.
 * Its keys are counted before any entry is read, so a list of a million entries costs `max` steps.
 */
export function list<T extends defined>(item: Reader<T>, max: number, noun: string): Reader<T[]> {
	return (value, ctx) => {
		const shape = listShape(value, max);
		if (shape.kind === "too long") return refuse(`expected at most ${max} ${noun}, got more`);
		if (shape.kind !== "list") return refuse(`expected a list of ${noun}`);
		const size = shape.size;
		const entries = value as unknown as unknown[];
		const result = new Array<T>();
		for (let index = 0; index < size; index++) {
			const read = item(entries[index], ctx);
			if (!read.ok) return under(`[${index}]`, read);
			result.push(read.value);
		}
		return ok(result);
	};
}

/**
 * Reads a plain table step by step: any key that is not a step's name nor in `skip` (fields the
 * caller reads itself) is refused as an unknown field, then each field in order.
 */
export function readFields(raw: FieldValues, steps: readonly Step[], ctx: ReadContext, skip: readonly string[]) {
	for (const [key] of pairs(raw)) {
		const known =
			typeIs(key, "string") &&
			(skip.includes(key) || steps.some((step) => step.step === "field" && step.name === key));
		if (!known) {
			const names = steps.mapFiltered((step) => (step.step === "field" ? step.name : undefined));
			return under(describeKey(key), refuse(`unknown field (allowed: ${[...skip, ...names].join(", ")})`));
		}
	}
	const values: FieldValues = {};
	for (const step of steps) {
		if (step.step === "rule") {
			const refusal = step.rule(raw);
			if (refusal !== undefined) return refusal;
			continue;
		}
		const read = step.read(raw[step.name], ctx);
		if (!read.ok) return under(step.name, read);
		values[step.name] = read.value;
	}
	return ok(values);
}

/** A nested object read with `steps`, then turned into its value with `build`. */
export function object<T>(steps: readonly Step[], build: (values: FieldValues) => T): Reader<T> {
	return (value, ctx) => {
		if (!isPlainTable(value)) return refuse(`expected an object, got ${describeValue(value)}`);
		const read = readFields(value, steps, ctx, []);
		return read.ok ? ok(build(read.value)) : read;
	};
}
