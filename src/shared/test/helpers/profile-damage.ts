import { Rng } from "shared/domain/rng";

/** Keys a damaged save may carry that no schema knows. */
const STRANGE_KEYS = ["nope", "__proto__", "1", "", "conditions", "items", string.rep("x", 300)];

function pick<T extends defined>(rng: Rng, list: readonly T[]): T {
	return list[rng.integer(0, list.size() - 1)];
}

function nested(depth: number): unknown {
	let value: unknown = { leaf: 1e308 };
	for (let i = 0; i < depth; i++) value = { deeper: value, list: [value] };
	return value;
}

function hugeList(rng: Rng): defined[] {
	const list = new Array<defined>();
	const shaped = rng.chance(0.5);
	for (let i = 0; i < 60000; i++) list.push(shaped ? { item_id: "snack_pack", quantity: 1 } : {});
	return list;
}

/** Something wrong to put where a value belongs: every kind of damage a hostile save can hold. */
function badValue(rng: Rng, huge: boolean): unknown {
	switch (rng.integer(0, 12)) {
		case 0:
			return "not what you expected";
		case 1:
			return true;
		case 2:
			return [];
		case 3:
			return {};
		case 4:
			return 1e308;
		case 5:
			return -1e308;
		case 6:
			return -rng.integer(1, 1000);
		case 7:
			return rng.integer(0, 10) + 0.5;
		case 8:
			return nested(rng.integer(5, 40));
		case 9:
			return [{}, "x", 1e300, { wrong: true }];
		case 10:
			return huge ? hugeList(rng) : [1, 2, 3];
		case 11:
			return { nope: { count: "many", seen: {}, done: 1e308 } };
		default:
			return undefined;
	}
}

/** A random table somewhere inside `root` (the root itself, a section, an entry of a map or list...). */
function randomTable(rng: Rng, root: Record<string, unknown>): Record<string, unknown> {
	let target = root;
	for (let depth = 0; depth < 5; depth++) {
		const keys = new Array<string | number>();
		for (const [key, value] of pairs(target)) if (typeIs(value, "table")) keys.push(key as string | number);
		if (keys.size() === 0 || rng.chance(0.25)) return target;
		target = target[pick(rng, keys) as string] as Record<string, unknown>;
	}
	return target;
}

/**
 * Damages a (JSON-valid) saved profile in place, 1 to 6 times: a value replaced by a wrong one, a
 * field removed, an unknown key added, a map's key renamed to an id no catalog has. `huge` allows
 * lists of 60,000 entries.
 */
export function damage(rng: Rng, saved: Record<string, unknown>, huge: boolean) {
	const times = rng.integer(1, 6);
	for (let i = 0; i < times; i++) {
		const target = randomTable(rng, saved);
		const keys = new Array<string | number>();
		for (const [key] of pairs(target)) keys.push(key as string | number);
		const kind = rng.integer(0, 3);
		if (kind === 0 || keys.size() === 0) {
			target[pick(rng, STRANGE_KEYS)] = badValue(rng, huge);
		} else if (kind === 1) {
			// a map's entry under an id nobody knows
			const key = pick(rng, keys) as string;
			const value = target[key];
			delete target[key];
			target[typeIs(key, "number") ? key + 1000 : `${key}_unknown`] = value;
		} else {
			target[pick(rng, keys) as string] = badValue(rng, huge);
		}
	}
}
