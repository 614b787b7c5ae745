import { t } from "@rbxts/t";
import { Catalog } from "shared/catalog/types";

/**
 * An independent check of what the event schema returns, written apart from it: the shape of each
 * kind (exact fields and their types, as domain/events.ts declares them) and that every id it names
 * is in the catalog. A spec that re-checks accepted events with it can catch the schema letting
 * through what the rules do not expect.
 */

const isId = (value: unknown): value is string => typeIs(value, "string") && value !== "" && value.size() <= 100;
const isText = (value: unknown): value is string => typeIs(value, "string") && value.size() <= 200;
const isFinite = (value: unknown): value is number =>
	typeIs(value, "number") && value === value && math.abs(value) !== math.huge;
const wholeIn =
	(min: number, max: number) =>
	(value: unknown): value is number =>
		isFinite(value) && value % 1 === 0 && value >= min && value <= max;
const amount = wholeIn(0, 1e12);
const isUserId = (value: unknown): value is string =>
	typeIs(value, "string") && value.size() <= 16 && value.match("^[1-9]%d*$")[0] !== undefined;
const kind = (name: string) => t.literal(name);

const SHAPES: Record<string, t.check<unknown>> = {
	join: t.strictInterface({ kind: kind("join") }),
	leave: t.strictInterface({ kind: kind("leave") }),
	prestige: t.strictInterface({ kind: kind("prestige") }),
	tick: t.strictInterface({ kind: kind("tick") }),
	activity: t.strictInterface({
		kind: kind("activity"),
		activity: isId,
		subject: t.optional(isText),
		difficulty: t.optional(isText),
		set_id: t.optional(isId),
		performance: t.strictInterface({
			perfect: t.boolean,
			time: (v: unknown): v is number => isFinite(v) && v >= 0 && v <= 604800,
			expected_time: (v: unknown): v is number => isFinite(v) && v > 0 && v <= 604800,
			first_try: t.boolean,
			accuracy: t.optional((v: unknown): v is number => isFinite(v) && v >= 0 && v <= 1),
			rushed_answers: t.optional(wholeIn(0, 1000)),
		}),
	}),
	metric: t.strictInterface({ kind: kind("metric"), metric: isId, value: amount }),
	purchase: t.strictInterface({ kind: kind("purchase"), reward_id: isId }),
	use_item: t.strictInterface({ kind: kind("use_item"), item_id: isId }),
	grant: t.strictInterface({
		kind: kind("grant"),
		xp: t.optional(amount),
		coins: t.optional(amount),
		gems: t.optional(amount),
		tokens: t.optional(amount),
		badge_id: t.optional(isId),
		reason: (v: unknown): v is string => isText(v) && v !== "",
	}),
	revoke: t.strictInterface({
		kind: kind("revoke"),
		xp: t.optional(amount),
		coins: t.optional(amount),
		gems: t.optional(amount),
		tokens: t.optional(amount),
		badge_id: t.optional(isId),
		reason: (v: unknown): v is string => isText(v) && v !== "",
	}),
	class_quest: t.strictInterface({
		kind: kind("class_quest"),
		quest_id: isId,
		deadline: wholeIn(1, 253402300799),
	}),
	end_class_quest: t.strictInterface({ kind: kind("end_class_quest"), quest_id: isId }),
	equip_badge: t.strictInterface({ kind: kind("equip_badge"), badge_id: isId }),
	unequip_badge: t.strictInterface({ kind: kind("unequip_badge"), badge_id: isId }),
	buy_badge: t.strictInterface({ kind: kind("buy_badge"), badge_id: isId }),
	set_showcase: t.strictInterface({ kind: kind("set_showcase"), achievement_ids: t.array(isId) }),
	assign_quest: t.strictInterface({ kind: kind("assign_quest"), quest_id: isId }),
	abandon_quest: t.strictInterface({ kind: kind("abandon_quest"), quest_id: isId }),
	rate_quest: t.strictInterface({ kind: kind("rate_quest"), quest_id: isId, rating: wholeIn(1, 5) }),
	gift: t.union(
		t.strictInterface({ kind: kind("gift"), to_user_id: isId, badge_id: isId }),
		t.strictInterface({ kind: kind("gift"), to_user_id: isId, item_id: isId }),
	),
	set_notifications: t.strictInterface({
		kind: kind("set_notifications"),
		achievements: t.optional(t.boolean),
		level_up: t.optional(t.boolean),
		friend_activity: t.optional(t.boolean),
		challenges: t.optional(t.boolean),
	}),
	activity_abandoned: t.strictInterface({ kind: kind("activity_abandoned"), set_id: isId }),
	set_privacy: t.strictInterface({
		kind: kind("set_privacy"),
		show_profile: t.optional(t.boolean),
		show_stats: t.optional(t.boolean),
		allow_challenges: t.optional(t.boolean),
		allow_friend_requests: t.optional(t.boolean),
	}),
	block_user: t.strictInterface({ kind: kind("block_user"), user_id: isUserId }),
	unblock_user: t.strictInterface({ kind: kind("unblock_user"), user_id: isUserId }),
	send_gift: t.strictInterface({ kind: kind("send_gift"), to_user_id: isId, badge_id: isId }),
	receive_gift: t.strictInterface({ kind: kind("receive_gift"), from_user_id: isId, badge_id: isId }),
	leaderboard_reward: t.strictInterface({
		kind: kind("leaderboard_reward"),
		leaderboard_id: isId,
		period: isId,
		rank: wholeIn(1, 1e6),
		reward: t.strictInterface({
			xp: amount,
			coins: amount,
			gems: amount,
			badges: t.array(isId),
			items: t.array(t.strictInterface({ item_id: isId, quantity: wholeIn(0, 1e6) })),
			titles: t.array(isText),
		}),
		title: t.optional(isText),
		prize: isId,
	}),
};

/** The ids an event names, with whether the catalog has each. */
function unknownIds(event: Record<string, unknown>, catalog: Catalog): string | undefined {
	const isItem = (id: unknown) => catalog.rewards.get(id as string)?.type === "item";
	const checks: [string, (id: unknown) => boolean][] = [
		["activity", (id) => catalog.activities.has(id as string)],
		["metric", (id) => catalog.metrics.has(id as string)],
		["reward_id", (id) => catalog.rewards.has(id as string)],
		["item_id", (id) => (event.kind === "gift" ? isItem(id) : catalog.rewards.has(id as string))],
		["badge_id", (id) => catalog.badges.has(id as string)],
		["quest_id", (id) => catalog.quests.has(id as string)],
		["leaderboard_id", (id) => catalog.leaderboards.has(id as string)],
	];
	for (const [name, has] of checks) {
		if (event[name] !== undefined && !has(event[name])) return `${name} ${event[name]} is not in the catalog`;
	}
	for (const id of (event.achievement_ids as string[] | undefined) ?? []) {
		if (!catalog.achievements.has(id)) return `achievement ${id} is not in the catalog`;
	}
	const reward = event.reward as { badges: string[]; items: { item_id: string }[] } | undefined;
	for (const id of reward?.badges ?? []) if (!catalog.badges.has(id)) return `prize badge ${id} is unknown`;
	for (const item of reward?.items ?? []) if (!isItem(item.item_id)) return `prize item ${item.item_id} is unknown`;
	return undefined;
}

/** Why `event` is not an event of its kind with ids from `catalog`, or undefined when it is. */
export function eventProblem(event: unknown, catalog: Catalog): string | undefined {
	if (!typeIs(event, "table")) return "not a table";
	const fields = event as Record<string, unknown>;
	const shape = SHAPES[fields.kind as string];
	if (shape === undefined) return `unknown kind ${tostring(fields.kind)}`;
	if (!shape(event)) return `not the shape of a ${fields.kind} event`;
	return unknownIds(fields, catalog);
}
