/**
 * What a value that should be a list is. JSON `null` entries decode to holes, and a list with a
 * hole is cut short by Luau's length and iteration, so a `null` entry silently dropped everything
 * after it; an object where a list belongs crashed whatever counted it.
 */
export type ListShape =
	| { readonly kind: "list"; readonly size: number }
	/** Not a plain table, or a table with a key that is not a list index. */
	| { readonly kind: "not a list"; readonly key?: unknown }
	/** A list with nothing at `index` (0-based, as paths name entries). */
	| { readonly kind: "hole"; readonly index: number }
	| { readonly kind: "too long" };

const isIndex = (key: unknown): key is number => typeIs(key, "number") && key >= 1 && key % 1 === 0;

/**
 * The shape of `value` as a list of at most `max` entries. Its keys are counted before anything
 * else, so a list far too long costs `max` steps.
 */
export function listShape(value: unknown, max: number): ListShape {
	if (!typeIs(value, "table") || getmetatable(value) !== undefined) return { kind: "not a list" };
	let size = 0;
	let largest = 0;
	for (const [key] of pairs(value as unknown as Map<unknown, unknown>)) {
		if (!isIndex(key)) return { kind: "not a list", key };
		size += 1;
		largest = math.max(largest, key);
		if (size > max) return { kind: "too long" };
	}
	// distinct whole keys from 1 whose largest is their count: exactly 1..size, no hole
	if (largest === size) return { kind: "list", size };
	// `size` keys, the largest above `size`: one of the first `size` entries is missing
	const entries = value as unknown as unknown[];
	for (let index = 0; index < size; index++) if (entries[index] === undefined) return { kind: "hole", index };
	return { kind: "not a list" };
}
