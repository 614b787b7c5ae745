import { LeaderboardReward } from "shared/catalog/types";

/** What a player, a teacher or the server does, as the domain receives it (already validated). */
export interface ActivityPerformance {
	readonly perfect: boolean;
	/** Seconds the student took. */
	readonly time: number;
	/** Seconds the activity is expected to take. */
	readonly expected_time: number;
	readonly first_try: boolean;
	/** 0..1, when the activity measures it. */
	readonly accuracy?: number;
	/**
	 * Answers given faster than a student can read and answer them (the server counts them with
	 * plausibleAnswerTime); any at all withholds the speed bonus. Absent is none.
	 */
	readonly rushed_answers?: number;
}

/** Notification preferences a student may change (profile.settings.notifications); absent ones stay. */
export interface NotificationChoices {
	readonly achievements?: boolean;
	readonly level_up?: boolean;
	readonly friend_activity?: boolean;
	readonly challenges?: boolean;
}

/** Privacy choices a student may change (profile.settings.privacy); absent ones stay. */
export interface PrivacyChoices {
	readonly show_profile?: boolean;
	readonly show_stats?: boolean;
	readonly allow_challenges?: boolean;
	readonly allow_friend_requests?: boolean;
}

export type GameEvent =
	| { readonly kind: "join" }
	| { readonly kind: "leave" }
	| {
			readonly kind: "activity";
			readonly activity: string;
			readonly subject?: string;
			readonly difficulty?: string;
			/** The question set done, when the activity has one: the same set again the same day earns less. */
			readonly set_id?: string;
			readonly performance: ActivityPerformance;
	  }
	| { readonly kind: "metric"; readonly metric: string; readonly value: number }
	| { readonly kind: "purchase"; readonly reward_id: string }
	| { readonly kind: "use_item"; readonly item_id: string }
	| { readonly kind: "prestige" }
	| {
			readonly kind: "grant";
			readonly xp?: number;
			readonly coins?: number;
			readonly gems?: number;
			readonly tokens?: number;
			readonly badge_id?: string;
			readonly reason: string;
	  }
	/**
	 * A teacher takes back what was given (or earned): XP, currencies and/or one copy of a badge,
	 * with the teacher's reason. Only what the student has is taken (rewards/revoke.ts).
	 */
	| {
			readonly kind: "revoke";
			readonly xp?: number;
			readonly coins?: number;
			readonly gems?: number;
			readonly tokens?: number;
			readonly badge_id?: string;
			readonly reason: string;
	  }
	/**
	 * A teacher gives the whole class a catalog quest due at their own deadline (Unix seconds, after
	 * the event's time); a student already on it gets the new deadline (quests/class-quests.ts).
	 */
	| { readonly kind: "class_quest"; readonly quest_id: string; readonly deadline: number }
	/** A teacher ends a class quest early: removed where still active, neither failed nor abandoned. */
	| { readonly kind: "end_class_quest"; readonly quest_id: string }
	| { readonly kind: "tick" }
	| ({ readonly kind: "set_notifications" } & NotificationChoices)
	| ({ readonly kind: "set_privacy" } & PrivacyChoices)
	/** Blocks a classmate (a positive whole-number user id): no gifts either way. */
	| { readonly kind: "block_user"; readonly user_id: string }
	| { readonly kind: "unblock_user"; readonly user_id: string }
	/**
	 * The server's record of an activity a student left with answers given: it counts as a run of
	 * its question set today (no XP), so quitting to learn the answers and starting again is a repeat.
	 */
	| { readonly kind: "activity_abandoned"; readonly set_id: string }
	| { readonly kind: "equip_badge"; readonly badge_id: string }
	| { readonly kind: "unequip_badge"; readonly badge_id: string }
	| { readonly kind: "buy_badge"; readonly badge_id: string }
	| { readonly kind: "set_showcase"; readonly achievement_ids: readonly string[] }
	| { readonly kind: "assign_quest"; readonly quest_id: string }
	| { readonly kind: "abandon_quest"; readonly quest_id: string }
	/** 1..5 stars, once per quest, after completing it. */
	| { readonly kind: "rate_quest"; readonly quest_id: string; readonly rating: number }
	/** The giver's side of a thank-you badge sent to a classmate who is elsewhere. */
	| { readonly kind: "send_gift"; readonly to_user_id: string; readonly badge_id: string }
	/** The receiver's side, delivered to them wherever they are. */
	| { readonly kind: "receive_gift"; readonly from_user_id: string; readonly badge_id: string }
	/** A prize at a leaderboard period's end (delivered to the player wherever they are). */
	| {
			readonly kind: "leaderboard_reward";
			readonly leaderboard_id: string;
			readonly period: string;
			readonly rank: number;
			readonly reward: LeaderboardReward;
			readonly title?: string;
			/** Which of the player's prizes of that period this is (tier, participation, milestone). */
			readonly prize: string;
	  };

/**
 * A gift between two players, of a badge or of one item: it changes both profiles, so it has its
 * own entry point (badges/badge-gift.ts). Exactly one of badge_id and item_id.
 */
export interface GiftEvent {
	readonly kind: "gift";
	readonly to_user_id: string;
	readonly badge_id?: string;
	readonly item_id?: string;
}

export type GameEventKind = GameEvent["kind"];
