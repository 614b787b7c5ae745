import { MAX_SAFE_INTEGER } from "shared/util/safe-integer";

export function isFiniteNumber(value: unknown): value is number {
	return typeIs(value, "number") && value === value && value !== math.huge && value !== -math.huge;
}

export function isWholeNumber(value: unknown): value is number {
	return isFiniteNumber(value) && value === math.floor(value);
}

/** a + b for non-negative whole numbers, held at MAX_SAFE_INTEGER instead of losing precision. */
export function saturatingAdd(a: number, b: number): number {
	if (b !== b) return a;
	return a >= MAX_SAFE_INTEGER - b ? MAX_SAFE_INTEGER : a + b;
}

/** `value` held within [min, max]; a NaN becomes `min`, so no rule ever carries one forward. */
export function clampFinite(value: number, min: number, max: number): number {
	if (value !== value) return min;
	return value < min ? min : value > max ? max : value;
}

/** a + b for any finite numbers, held within ±MAX_SAFE_INTEGER (scores and aggregates may be negative). */
export function saturatingSum(a: number, b: number): number {
	return clampFinite(a + b, -MAX_SAFE_INTEGER, MAX_SAFE_INTEGER);
}

/** a x b for non-negative factors, held at `max` (boosts multiply: 1e300 x 1e300 must not become inf). */
export function saturatingProduct(a: number, b: number, max: number): number {
	return clampFinite(a * b, 0, max);
}

/** Appends to a history and drops the oldest entries beyond `limit`. */
export function pushBounded<T extends defined>(list: T[], item: T, limit: number) {
	list.push(item);
	while (list.size() > limit) list.remove(0);
}

/** The UTC calendar day of a Unix time, as a day number (days since 1970-01-01). */
export function utcDay(unixSeconds: number): number {
	return math.floor(unixSeconds / 86400);
}

/** The UTC week of a Unix time, weeks starting on Monday (1970-01-01 was a Thursday). */
export function utcWeek(unixSeconds: number): number {
	return math.floor((utcDay(unixSeconds) + 3) / 7);
}
