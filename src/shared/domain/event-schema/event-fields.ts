import { t } from "@rbxts/t";
import { Catalog, LeaderboardReward } from "shared/catalog/types";
import { ActivityPerformance } from "shared/domain/events";
import { describeValue } from "./describe-value";
import {
	MAX_ACTIVITY_SECONDS,
	MAX_AMOUNT,
	MAX_ID_LENGTH,
	MAX_ITEM_QUANTITY,
	MAX_LIST_LENGTH,
	MAX_REASON_LENGTH,
	MAX_RUSHED_ANSWERS,
	MAX_SHOWCASE_IDS,
	MAX_TIMESTAMP,
	MAX_USER_ID_DIGITS,
} from "./limits";
import { andThen, checked, field, finite, inCatalog, list, object, ok, optional, Reader, text, whole } from "./readers";
import { refuse } from "./refusal";

// The readers of the fields events share, each with its wording of what it expects.

export const ID = text(MAX_ID_LENGTH, true);
/** A free label such as a subject or a difficulty: any string, even empty, within an id's length. */
export const LABEL = optional(text(MAX_ID_LENGTH, false));
export const REASON = text(MAX_REASON_LENGTH, true);
export const AMOUNT = whole(0, MAX_AMOUNT, `a whole number from 0 to ${MAX_AMOUNT}`);
/** A moment in Unix seconds; whether it is still ahead is the rules' to say (the reader has no clock). */
export const TIMESTAMP = whole(1, MAX_TIMESTAMP, `a Unix time in whole seconds from 1 to ${MAX_TIMESTAMP}`);

const isItem = (catalog: Catalog, id: string) => catalog.rewards.get(id)?.type === "item";

export const ACTIVITY_ID = inCatalog(ID, "activity", (catalog, id) => catalog.activities.has(id));
export const METRIC_ID = inCatalog(ID, "metric", (catalog, id) => catalog.metrics.has(id));
export const REWARD_ID = inCatalog(ID, "reward", (catalog, id) => catalog.rewards.has(id));
/** Any reward can be used (the rules say which cannot). */
export const USABLE_ID = inCatalog(ID, "item", (catalog, id) => catalog.rewards.has(id));
/** Only a reward of type item can be given to someone else. */
export const ITEM_ID = inCatalog(ID, "item", isItem);
export const BADGE_ID = inCatalog(ID, "badge", (catalog, id) => catalog.badges.has(id));
/** A grant's badge_id may be any string; the catalog decides (so "" is an unknown badge, as it always was). */
export const ANY_BADGE_ID = inCatalog(text(MAX_ID_LENGTH, false), "badge", (catalog, id) => catalog.badges.has(id));
export const QUEST_ID = inCatalog(ID, "quest", (catalog, id) => catalog.quests.has(id));
export const LEADERBOARD_ID = inCatalog(ID, "leaderboard", (catalog, id) => catalog.leaderboards.has(id));

/** The student a gift goes to: an id, that the caller says can receive it. */
export const RECIPIENT: Reader<string> = andThen(ID, (userId, ctx) => {
	const problem = ctx.checkRecipient?.(userId);
	return problem === undefined ? ok(userId) : refuse(problem);
});

/** A showcased achievement: anything that is not a known id is an unknown achievement, whatever its type. */
const SHOWCASED: Reader<string> = (value, ctx) => {
	if (typeIs(value, "string") && value.size() > MAX_ID_LENGTH) {
		return refuse(`expected at most ${MAX_ID_LENGTH} characters, got ${describeValue(value)}`);
	}
	return typeIs(value, "string") && ctx.catalog.achievements.has(value)
		? ok(value)
		: refuse(`unknown achievement ${describeValue(value)}`);
};
export const SHOWCASE = list(SHOWCASED, MAX_SHOWCASE_IDS, "achievement ids");

export const FLAG = optional(checked(t.boolean, "true or false"));

/** A question set's id: an id-like label, non-empty, within an id's length. */
export const SET_ID = optional(ID);

const isUserId = (value: string) => value.size() <= MAX_USER_ID_DIGITS && value.match("^[1-9]%d*$")[0] !== undefined;

/** A Roblox user id as a string: a positive whole number, no sign, no leading zero. */
export const USER_ID: Reader<string> = andThen(ID, (userId) =>
	isUserId(userId)
		? ok(userId)
		: refuse(`expected a user id (a positive whole number), got ${describeValue(userId)}`),
);

/** A user a student blocks: never the student themselves, when the reader knows who is asking. */
export const BLOCKED_USER: Reader<string> = andThen(USER_ID, (userId, ctx) =>
	ctx.sender !== undefined && ctx.sender === userId ? refuse("you cannot block yourself") : ok(userId),
);

/** The performance fields as given; the activity fills in what is absent (activityPerformance). */
export type PerformanceFields = Partial<ActivityPerformance>;

export const PERFORMANCE = optional(
	object(
		[
			field("perfect", FLAG),
			field(
				"time",
				optional(
					finite((s) => s >= 0 && s <= MAX_ACTIVITY_SECONDS, `seconds from 0 to ${MAX_ACTIVITY_SECONDS}`),
				),
			),
			field("expected_time", optional(finite((s) => s > 0 && s <= MAX_ACTIVITY_SECONDS, "seconds above 0"))),
			field("first_try", FLAG),
			field("accuracy", optional(finite((a) => a >= 0 && a <= 1, "a number from 0 to 1"))),
			field(
				"rushed_answers",
				optional(whole(0, MAX_RUSHED_ANSWERS, `a whole number of answers from 0 to ${MAX_RUSHED_ANSWERS}`)),
			),
		],
		(values) => values as PerformanceFields,
	),
);

/** The performance an activity event carries: what was given, the rest from the activity's expected time. */
export function activityPerformance(given: PerformanceFields | undefined, expectedTime: number): ActivityPerformance {
	return {
		perfect: given?.perfect === true,
		time: given?.time ?? expectedTime,
		expected_time: given?.expected_time ?? expectedTime,
		first_try: given?.first_try === true,
		accuracy: given?.accuracy,
		rushed_answers: given?.rushed_answers,
	};
}

/** A leaderboard prize, as the catalog defines one (leaderboard-schema.ts REWARD). */
export const PRIZE: Reader<LeaderboardReward> = object(
	[
		field("xp", AMOUNT),
		field("coins", AMOUNT),
		field("gems", AMOUNT),
		field("badges", list(BADGE_ID, MAX_LIST_LENGTH, "badge ids")),
		field(
			"items",
			list(
				object(
					[field("item_id", ITEM_ID), field("quantity", whole(0, MAX_ITEM_QUANTITY))],
					(values) => values as LeaderboardReward["items"][number],
				),
				MAX_LIST_LENGTH,
				"items",
			),
		),
		field("titles", list(text(MAX_REASON_LENGTH, false), MAX_LIST_LENGTH, "titles")),
	],
	(values) => values as unknown as LeaderboardReward,
);
