import { LeaderboardReward } from "shared/catalog/types";
import { GameEvent, GiftEvent } from "shared/domain/events";
import {
	ACTIVITY_ID,
	activityPerformance,
	AMOUNT,
	ANY_BADGE_ID,
	BADGE_ID,
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
	SHOWCASE,
	USABLE_ID,
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

type Schemas = { readonly [K in EventKind]: KindSchema<Extract<AnyEvent, { kind: K }>> };

/** A kind with nothing but its kind. */
function bare<K extends "join" | "leave" | "prestige" | "tick">(kind: K): KindSchema<Extract<AnyEvent, { kind: K }>> {
	return { steps: [], build: () => ({ kind }) as Extract<AnyEvent, { kind: K }> };
}

/** A kind with one id field, checked against the catalog. */
function withId<K extends EventKind>(kind: K, name: string, read: Reader<string>) {
	return {
		steps: [field(name, read)],
		build: (values: FieldValues) => ({ kind, [name]: values[name] }) as Extract<AnyEvent, { kind: K }>,
	};
}

const GRANTED = ["xp", "coins", "gems", "tokens", "badge_id"];

/**
 * The one schema of every kind. The field order is the order of the allowed list in an
 * unknown-field refusal and the order in which fields are checked.
 */
export const KIND_SCHEMAS: Schemas = {
	join: bare("join"),
	leave: bare("leave"),
	prestige: bare("prestige"),
	tick: bare("tick"),
	activity: {
		steps: [
			field("activity", ACTIVITY_ID),
			field("subject", LABEL),
			field("difficulty", LABEL),
			field("performance", PERFORMANCE),
		],
		build: (values, ctx) => {
			const activity = ctx.catalog.activities.get(values.activity as string)!;
			return {
				kind: "activity",
				activity: activity.id,
				subject: values.subject as string | undefined,
				difficulty: values.difficulty as string | undefined,
				performance: activityPerformance(values.performance as PerformanceFields, activity.expected_time),
			};
		},
	},
	metric: {
		steps: [field("metric", METRIC_ID), field("value", present(AMOUNT))],
		build: (values) => ({ kind: "metric", metric: values.metric as string, value: values.value as number }),
	},
	purchase: withId("purchase", "reward_id", REWARD_ID),
	use_item: withId("use_item", "item_id", USABLE_ID),
	equip_badge: withId("equip_badge", "badge_id", BADGE_ID),
	unequip_badge: withId("unequip_badge", "badge_id", BADGE_ID),
	buy_badge: withId("buy_badge", "badge_id", BADGE_ID),
	assign_quest: withId("assign_quest", "quest_id", QUEST_ID),
	abandon_quest: withId("abandon_quest", "quest_id", QUEST_ID),
	rate_quest: {
		steps: [
			field("quest_id", QUEST_ID),
			field("rating", whole(1, MAX_RATING, `a whole number of stars from 1 to ${MAX_RATING}`)),
		],
		build: (values) => ({
			kind: "rate_quest",
			quest_id: values.quest_id as string,
			rating: values.rating as number,
		}),
	},
	set_showcase: {
		steps: [field("achievement_ids", SHOWCASE)],
		build: (values) => ({ kind: "set_showcase", achievement_ids: values.achievement_ids as string[] }),
	},
	gift: {
		steps: [
			field("to_user_id", RECIPIENT),
			rule((raw) =>
				(raw.badge_id === undefined) === (raw.item_id === undefined)
					? refuseWhole("badge_id", "a gift is either a badge_id or an item_id")
					: undefined,
			),
			field("badge_id", optional(BADGE_ID)),
			field("item_id", optional(ITEM_ID)),
		],
		build: (values) => ({
			kind: "gift",
			to_user_id: values.to_user_id as string,
			badge_id: values.badge_id as string | undefined,
			item_id: values.item_id as string | undefined,
		}),
	},
	grant: {
		steps: [
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
		],
		build: (values) => ({
			kind: "grant",
			xp: values.xp as number | undefined,
			coins: values.coins as number | undefined,
			gems: values.gems as number | undefined,
			tokens: values.tokens as number | undefined,
			badge_id: values.badge_id as string | undefined,
			reason: values.reason as string,
		}),
	},
	send_gift: {
		steps: [field("to_user_id", ID), field("badge_id", BADGE_ID)],
		build: (values) => ({
			kind: "send_gift",
			to_user_id: values.to_user_id as string,
			badge_id: values.badge_id as string,
		}),
	},
	receive_gift: {
		steps: [field("from_user_id", ID), field("badge_id", BADGE_ID)],
		build: (values) => ({
			kind: "receive_gift",
			from_user_id: values.from_user_id as string,
			badge_id: values.badge_id as string,
		}),
	},
	leaderboard_reward: {
		steps: [
			field("leaderboard_id", LEADERBOARD_ID),
			field("period", ID),
			field("rank", whole(1, MAX_RANK)),
			field("reward", PRIZE),
			field("title", optional(text(MAX_REASON_LENGTH, false))),
			field("prize", ID),
		],
		build: (values) => ({
			kind: "leaderboard_reward",
			leaderboard_id: values.leaderboard_id as string,
			period: values.period as string,
			rank: values.rank as number,
			reward: values.reward as LeaderboardReward,
			title: values.title as string | undefined,
			prize: values.prize as string,
		}),
	},
};
