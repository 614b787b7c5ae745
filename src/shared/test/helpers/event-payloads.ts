import { Rng } from "shared/domain/rng";
import { WELL_FORMED } from "./well-formed-events";

/**
 * Random payloads for fuzzing event readers, drawn from a seeded Rng: anything a hostile client or
 * a broken file could send. Most start from a well-formed event and break it a little, so the
 * readers are driven past their first check and into every field.
 */

const HUGE_STRING = string.rep("x", 1000000);
const STRINGS = [
	"",
	"join",
	"gift",
	"block_user",
	"set_privacy",
	"grant",
	"revoke",
	"class_quest",
	"end_class_quest",
	"lesson",
	"lesso",
	"snack_pack",
	"thank_you",
	"first_lesson",
	"tutorial_first_lesson",
	"weekly_xp_class",
	"2",
	"kind",
	"\0",
	"ünïcödé",
	string.rep("a", 100),
	string.rep("b", 101),
	string.rep("c", 201),
	HUGE_STRING,
];
const NUMBERS = [
	0,
	-0,
	1,
	-1,
	-0.5,
	5,
	6,
	0.5,
	1.5,
	1e6,
	1e6 + 1,
	1e12,
	1e12 + 1,
	1e308,
	-1e308,
	-1e12,
	2 ** 53,
	-(2 ** 53),
	604800,
	604801,
	253402300799,
	253402300800,
	0 / 0,
	math.huge,
	-math.huge,
];
const FIELD_NAMES = [
	"kind",
	"activity",
	"subject",
	"difficulty",
	"performance",
	"metric",
	"value",
	"reward_id",
	"item_id",
	"badge_id",
	"quest_id",
	"rating",
	"achievement_ids",
	"to_user_id",
	"from_user_id",
	"xp",
	"coins",
	"gems",
	"tokens",
	"reason",
	"leaderboard_id",
	"period",
	"rank",
	"reward",
	"title",
	"prize",
	"set_id",
	"rushed_answers",
	"deadline",
	"user_id",
	"show_profile",
	"level_up",
	"colour",
];

function pick<T extends defined>(rng: Rng, list: readonly T[]): T {
	return list[rng.integer(0, list.size() - 1)];
}

/** A table whose every metamethod raises: reading it through its metatable would fail. */
function hostileTable(rng: Rng): object {
	const raise = () => error("a metamethod ran");
	const target: Record<string, unknown> = rng.chance(0.5) ? { kind: "join" } : {};
	if (rng.chance(0.3)) return setmetatable(target, { __metatable: "locked" } as LuaMetatable<object>);
	return setmetatable(target, {
		__index: raise,
		__newindex: raise,
		__tostring: raise,
		__len: raise,
		__eq: raise,
		__lt: raise,
		__call: raise,
		__concat: raise,
	} as LuaMetatable<object>);
}

function deepTable(depth: number): object {
	let inner: Record<string, unknown> = { kind: "join" };
	for (let level = 0; level < depth; level++) inner = { kind: "set_showcase", achievement_ids: inner, next: inner };
	return inner;
}

function cyclicTable(): object {
	const cycle: Record<string, unknown> = { kind: "activity", activity: "lesson" };
	cycle.performance = cycle;
	cycle.self = cycle;
	return cycle;
}

let folder: Instance | undefined;

/** Any value at all: primitives at their edges, long strings, and tables of every awkward kind. */
export function randomValue(rng: Rng, depth = 0): unknown {
	switch (rng.integer(0, 19)) {
		case 0:
			return undefined;
		case 1:
			return 0 / 0;
		case 2:
			return math.huge;
		case 3:
			return -math.huge;
		case 4:
			return pick(rng, NUMBERS);
		case 5:
			return rng.integer(-10, 10) + (rng.chance(0.3) ? rng.next() : 0);
		case 6:
			return rng.chance(0.5);
		case 7:
		case 8:
			return pick(rng, STRINGS);
		case 9: {
			// an array, sometimes with a hole or a hash key mixed in
			const items = new Array<defined>();
			const size = rng.integer(0, rng.chance(0.1) ? 60 : 4);
			for (let index = 0; index < size; index++)
				items.push(depth < 3 ? (randomValue(rng, depth + 1) ?? "x") : "x");
			const mixed = items as unknown as Record<string | number, unknown>;
			if (rng.chance(0.2)) mixed[size + 2] = "after a hole";
			if (rng.chance(0.2)) mixed.kind = "join";
			return mixed;
		}
		case 10: {
			// an object with random keys of any type
			const fields = new Map<unknown, unknown>();
			for (let index = rng.integer(0, 4); index > 0; index--) {
				const key = rng.chance(0.7) ? pick(rng, FIELD_NAMES) : randomKey(rng);
				if (key !== undefined) fields.set(key, depth < 3 ? randomValue(rng, depth + 1) : 1);
			}
			return fields;
		}
		case 11:
			return deepTable(rng.integer(1, 300));
		case 12:
			return cyclicTable();
		case 13:
			return hostileTable(rng);
		case 14:
			return () => "a function";
		case 15:
			folder = folder ?? new Instance("Folder");
			return folder;
		case 16:
			return new Vector3(1, 0 / 0, math.huge);
		case 17:
			return HUGE_STRING;
		case 18:
			return {};
		default:
			return pick(rng, WELL_FORMED).raw;
	}
}

function randomKey(rng: Rng): unknown {
	const key = randomValue(rng, 3);
	// NaN and nil cannot be table keys (and a hostile table's __eq would raise if compared)
	return key === undefined || (typeIs(key, "number") && key !== key) ? "nan key" : key;
}

/** A copy of `raw` one level deep, so breaking it leaves the well-formed examples as they are. */
function copyOf(raw: Record<string, unknown>): Record<string, unknown> {
	const copy: Record<string, unknown> = {};
	for (const [key, value] of pairs(raw)) copy[key] = value;
	return copy;
}

function keysOf(source: object): defined[] {
	const keys = new Array<defined>();
	for (const [key] of pairs(source as Map<defined, unknown>)) keys.push(key);
	return keys;
}

/** A value at the edge of what a field holding `current` takes: mostly of its own type, sometimes not. */
function edgeValue(rng: Rng, current?: unknown): unknown {
	const numeric = typeIs(current, "number") ? 0.8 : typeIs(current, "string") ? 0.2 : 0.5;
	return rng.chance(numeric) ? pick(rng, NUMBERS) : pick(rng, STRINGS);
}

/** Anything, half the time at an edge: where a field's range or length ends is where bugs hide. */
function replacement(rng: Rng, depth: number, current?: unknown): unknown {
	return rng.chance(0.5) ? edgeValue(rng, current) : randomValue(rng, depth);
}

/** A copy of a nested object or list of an event with one entry replaced by anything. */
function brokenInside(rng: Rng, source: object): object {
	const copy = copyOf(source as Record<string, unknown>) as unknown as Map<unknown, unknown>;
	const keys = keysOf(source);
	const key = keys.size() > 0 && rng.chance(0.8) ? keys[rng.integer(0, keys.size() - 1)] : randomKey(rng);
	copy.set(key as defined, replacement(rng, 2, copy.get(key)));
	return copy;
}

/**
 * A well-formed event broken in a few places: mostly its own fields (or what is inside them)
 * replaced or dropped, sometimes another field added or the kind swapped.
 */
function brokenEvent(rng: Rng): unknown {
	const template = pick(rng, WELL_FORMED).raw;
	const payload = copyOf(template);
	const own = keysOf(template).filter((key) => key !== "kind") as string[];
	for (let change = rng.integer(1, 3); change > 0; change--) {
		const name = own.size() > 0 && rng.chance(0.7) ? pick(rng, own) : pick(rng, FIELD_NAMES);
		const current = payload[name];
		const what = rng.integer(0, 4);
		if (typeIs(current, "table") && what <= 2) payload[name] = brokenInside(rng, current);
		else if (what === 0) payload[name] = undefined;
		else if (what === 1 && name !== "kind") payload.kind = pick(rng, WELL_FORMED).raw.kind;
		else payload[name] = replacement(rng, 1, current);
	}
	if (rng.chance(0.05)) (payload as unknown as Map<unknown, unknown>).set(randomKey(rng) as defined, true);
	return payload;
}

/** Plain data copied all the way down (the examples hold no cycles). */
function deepCopyOf(value: unknown): unknown {
	if (!typeIs(value, "table")) return value;
	const copy = new Map<unknown, unknown>();
	for (const [key, inner] of pairs(value as Map<defined, unknown>)) copy.set(key, deepCopyOf(inner));
	return copy;
}

/** Every place in `root` that holds a value other than a table: [the table holding it, its key]. */
function leavesOf(root: object, into: [Map<unknown, unknown>, defined][] = []) {
	for (const [key, inner] of pairs(root as Map<defined, unknown>)) {
		if (typeIs(inner, "table")) leavesOf(inner, into);
		else if (key !== "kind") into.push([root as Map<unknown, unknown>, key]);
	}
	return into;
}

/** A well-formed event with exactly one value, anywhere inside it, set at an edge. */
function oneEdge(rng: Rng): unknown {
	const payload = deepCopyOf(pick(rng, WELL_FORMED).raw) as object;
	const leaves = leavesOf(payload);
	if (leaves.size() === 0) return payload;
	const [holder, key] = leaves[rng.integer(0, leaves.size() - 1)];
	holder.set(key, edgeValue(rng, holder.get(key)));
	return payload;
}

/** One random payload: well-formed, one value at an edge, broken in places, or anything at all. */
export function randomPayload(rng: Rng): unknown {
	const roll = rng.next();
	if (roll < 0.1) return copyOf(pick(rng, WELL_FORMED).raw);
	if (roll < 0.6) return oneEdge(rng);
	if (roll < 0.8) return brokenEvent(rng);
	return randomValue(rng);
}
