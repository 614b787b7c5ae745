import { GameEvent, GiftEvent } from "shared/domain/events";
import {
	ACTIVITY_ID,
	activityPerformance,
	AMOUNT,
	ANY_BADGE_ID,
	BADGE_ID,
	BLOCKED_USER,
	FLAG,
	ID,
	ITEM_ID,
	LABEL,
	LEADERBOARD_ID,
	METRIC_ID,
	PERFORMANCE,
	PerformanceFields,
	PRIZE,
	QUEST_ID,
	REASON,
	RECIPIENT,
	REWARD_ID,
	SET_ID,
	SHOWCASE,
	TIMESTAMP,
	USABLE_ID,
	USER_ID,
} from "./event-fields";
import { MAX_RANK, MAX_RATING, MAX_REASON_LENGTH } from "./limits";
import { field, FieldValues, optional, present, ReadContext, Reader, rule, Step, text, whole } from "./readers";
import { refuseWhole } from "./refusal";

/** Every event the rules take: what the server, a teacher or a student does. */
export type AnyEvent = GameEvent | GiftEvent;
export type EventKind = AnyEvent["kind"];

/** The check of one kind of event: its fields in order (with their catalog ids), then the event built from them. */
export interface KindSchema<E extends AnyEvent = AnyEvent> {
	readonly steps: readonly Step[];
	readonly build: (values: FieldValues, ctx: ReadContext) => E;
}

type EventOf<K extends EventKind> = Extract<AnyEvent, { kind: K }>;
type Schemas = { readonly [K in EventKind]: KindSchema<EventOf<K>> };

/** A kind whose event is just its fields as read (absent optional ones left out). */
function plain<K extends EventKind>(kind: K, steps: readonly Step[]): KindSchema<EventOf<K>> {
	return { steps, build: (values) => ({ ...values, kind }) as unknown as EventOf<K> };
}

/** A kind with one id field, checked against the catalog. */
function withId<K extends EventKind>(kind: K, name: string, read: Reader<string>) {
	return plain(kind, [field(name, read)]);
}

const GRANTED = ["xp", "coins", "gems", "tokens", "badge_id"];
/** What a revoke can take back: what a grant can give. */
const REVOKED = GRANTED;
const NOTIFICATIONS = ["achievements", "level_up", "friend_activity", "challenges"];
const PRIVACY = ["show_profile", "show_stats", "allow_challenges", "allow_friend_requests"];

/** A settings change: each named switch true or false, at least one given (a change of nothing is a mistake). */
function switches<K extends "set_notifications" | "set_privacy">(kind: K, names: readonly string[]) {
	return plain(kind, [
		rule((raw) =>
			names.every((name) => raw[name] === undefined)
				? refuseWhole(names[0], `${kind} needs at least one of ${names.join(", ")}`)
				: undefined,
		),
		...names.map((name) => field(name, FLAG)),
	]);
}

/**
 * The one schema of every kind. The field order is the order of the allowed list in an
 * unknown-field refusal and the order in which fields are checked.
 */
export const KIND_SCHEMAS: Schemas = {
	join: plain("join", []),
	leave: plain("leave", []),
	prestige: plain("prestige", []),
	tick: plain("tick", []),
	activity: {
		steps: [
			field("activity", ACTIVITY_ID),
			field("subject", LABEL),
			field("difficulty", LABEL),
			field("set_id", SET_ID),
			field("performance", PERFORMANCE),
		],
		build: (values, ctx) => {
			const activity = ctx.catalog.activities.get(values.activity as string)!;
			return {
				kind: "activity",
				activity: activity.id,
				subject: values.subject as string | undefined,
				difficulty: values.difficulty as string | undefined,
				set_id: values.set_id as string | undefined,
				performance: activityPerformance(values.performance as PerformanceFields, activity.expected_time),
			};
		},
	},
	metric: plain("metric", [field("metric", METRIC_ID), field("value", present(AMOUNT))]),
	purchase: withId("purchase", "reward_id", REWARD_ID),
	use_item: withId("use_item", "item_id", USABLE_ID),
	equip_badge: withId("equip_badge", "badge_id", BADGE_ID),
	unequip_badge: withId("unequip_badge", "badge_id", BADGE_ID),
	buy_badge: withId("buy_badge", "badge_id", BADGE_ID),
	assign_quest: withId("assign_quest", "quest_id", QUEST_ID),
	abandon_quest: withId("abandon_quest", "quest_id", QUEST_ID),
	rate_quest: plain("rate_quest", [
		field("quest_id", QUEST_ID),
		field("rating", whole(1, MAX_RATING, `a whole number of stars from 1 to ${MAX_RATING}`)),
	]),
	set_showcase: plain("set_showcase", [field("achievement_ids", SHOWCASE)]),
	set_notifications: switches("set_notifications", NOTIFICATIONS),
	set_privacy: switches("set_privacy", PRIVACY),
	block_user: withId("block_user", "user_id", BLOCKED_USER),
	// anyone may be unblocked, even an id the student once blocked by mistake (their own is refused by the rules)
	unblock_user: withId("unblock_user", "user_id", USER_ID),
	activity_abandoned: withId("activity_abandoned", "set_id", ID),
	gift: plain("gift", [
		field("to_user_id", RECIPIENT),
		rule((raw) =>
			(raw.badge_id === undefined) === (raw.item_id === undefined)
				? refuseWhole("badge_id", "a gift is either a badge_id or an item_id")
				: undefined,
		),
		field("badge_id", optional(BADGE_ID)),
		field("item_id", optional(ITEM_ID)),
	]),
	grant: plain("grant", [
		field("xp", optional(AMOUNT)),
		field("coins", optional(AMOUNT)),
		field("gems", optional(AMOUNT)),
		field("tokens", optional(AMOUNT)),
		field("badge_id", optional(ANY_BADGE_ID)),
		field("reason", REASON),
		rule((raw) =>
			GRANTED.every((name) => raw[name] === undefined)
				? refuseWhole("xp", `a grant needs at least one of ${GRANTED.join(", ")}`)
				: undefined,
		),
	]),
	// a teacher's take-back: the badge must be a catalog badge (unlike grant's older, looser badge_id)
	revoke: plain("revoke", [
		field("xp", optional(AMOUNT)),
		field("coins", optional(AMOUNT)),
		field("gems", optional(AMOUNT)),
		field("tokens", optional(AMOUNT)),
		field("badge_id", optional(BADGE_ID)),
		field("reason", REASON),
		rule((raw) =>
			REVOKED.every((name) => raw[name] === undefined)
				? refuseWhole("xp", `a revoke needs at least one of ${REVOKED.join(", ")}`)
				: undefined,
		),
	]),
	class_quest: plain("class_quest", [field("quest_id", QUEST_ID), field("deadline", present(TIMESTAMP))]),
	end_class_quest: withId("end_class_quest", "quest_id", QUEST_ID),
	send_gift: plain("send_gift", [field("to_user_id", ID), field("badge_id", BADGE_ID)]),
	receive_gift: plain("receive_gift", [field("from_user_id", ID), field("badge_id", BADGE_ID)]),
	leaderboard_reward: plain("leaderboard_reward", [
		field("leaderboard_id", LEADERBOARD_ID),
		field("period", ID),
		field("rank", whole(1, MAX_RANK)),
		field("reward", PRIZE),
		field("title", optional(text(MAX_REASON_LENGTH, false))),
		field("prize", ID),
	]),
};
