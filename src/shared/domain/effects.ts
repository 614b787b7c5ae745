import { CosmeticSlot, Currency } from "shared/catalog/types";

// The catalog defines these (its rewards pay currencies and unlock cosmetics); effects name them too.
export type { CosmeticSlot, Currency };

/**
 * Effects: plain data describing everything a rule changed or refused, in order. The server
 * turns them into saves, leaderboard writes and notifications; the client into toasts; the
 * scenario runner prints them.
 */
export type Effect =
	| { kind: "xp_gained"; amount: number; base: number; multiplier: number; boost: number; source: string }
	| { kind: "xp_capped"; lost: number }
	| { kind: "level_up"; from: number; to: number }
	| { kind: "prestige"; prestige_level: number }
	| { kind: "currency_changed"; currency: Currency; delta: number; balance: number; reason: string }
	| { kind: "item_added"; item_id: string; quantity: number; expires_at: number }
	| { kind: "item_removed"; item_id: string; quantity: number; reason: string }
	| { kind: "item_expired"; item_id: string; quantity: number }
	| { kind: "item_used"; item_id: string }
	| { kind: "power_up_added"; power_up_id: string; uses: number }
	| { kind: "multiplier_added"; source: string; value: number; expires_at: number }
	| { kind: "multiplier_expired"; source: string }
	| { kind: "title_earned"; title: string }
	| { kind: "cosmetic_unlocked"; slot: CosmeticSlot; cosmetic_id: string }
	| { kind: "content_unlocked"; content_id: string }
	| { kind: "reward_granted"; reward_id: string; reason: string }
	| {
			kind: "revoked";
			/** What was actually taken: never more than the student had (0 when they had none). */
			xp: number;
			coins: number;
			gems: number;
			tokens: number;
			/** The badge a copy of which was taken; "" when none was asked for or the student had none. */
			badge_id: string;
			reason: string;
			/** The level before and after: taking XP back can lower it. */
			level_from: number;
			level_to: number;
	  }
	| { kind: "streak_changed"; current: number; best: number }
	| { kind: "profile_repaired"; repairs: string[] }
	| {
			kind: "achievement_earned";
			achievement_id: string;
			/** The tier reached, for tiered achievements; 0 otherwise. */
			tier: number;
			points: number;
			rarity: string;
			/** The player's first time (for unique_earners). */
			first_time: boolean;
			/** Seconds from the first progress to earning it (for average_time). */
			time_to_earn: number;
	  }
	| { kind: "achievement_progress"; achievement_id: string; percentage: number; message: string }
	| { kind: "achievement_reset"; achievement_id: string }
	| { kind: "reward_withheld"; source: string; reason: string }
	| { kind: "badge_awarded"; badge_id: string; rarity: string; source: string; first_copy: boolean }
	| { kind: "badge_removed"; badge_id: string; reason: string }
	| { kind: "badge_evolved"; from: string; to: string }
	| { kind: "badge_equipped"; badge_id: string }
	| { kind: "badge_unequipped"; badge_id: string }
	| { kind: "badge_gifted"; badge_id: string; to_user_id: string; traded: boolean }
	| { kind: "showcase_changed"; achievement_ids: string[] }
	| {
			kind: "quest_assigned";
			quest_id: string;
			expires_at: number;
			/** Present (true) when a teacher gave it to the whole class: it takes no quest slot. */
			class_quest?: true;
	  }
	/** A class quest the student was already on now ends at the teacher's new deadline. */
	| { kind: "quest_deadline_changed"; quest_id: string; expires_at: number }
	/** A teacher ended a class quest early: it is gone, neither failed nor abandoned. */
	| { kind: "quest_ended"; quest_id: string }
	| { kind: "quest_progress"; quest_id: string; objective_id: string; current: number; required: number }
	| { kind: "quest_checkpoint"; quest_id: string; objective_id: string; value: number }
	| { kind: "quest_completed"; quest_id: string; time_to_complete: number; first_time: boolean }
	| { kind: "quest_failed"; quest_id: string; reason: string }
	| { kind: "quest_abandoned"; quest_id: string }
	| { kind: "quest_rated"; quest_id: string; rating: number }
	| { kind: "score_changed"; leaderboard_id: string; period: string; score: number; encoded: number }
	| { kind: "rank_changed"; leaderboard_id: string; period: string; from: number; to: number }
	| { kind: "leaderboard_archived"; leaderboard_id: string; period: string; winner_id: string; participants: number }
	| {
			kind: "xp_reduced";
			/** daily_cap: the activity type's XP for today is (nearly) used up; repeat: the same question set again today. */
			reason: "daily_cap" | "repeat";
			activity: string;
			activity_type: string;
			/** The XP before this reduction, and after it. */
			computed: number;
			granted: number;
	  }
	| { kind: "speed_bonus_withheld"; rushed_answers: number }
	| { kind: "settings_changed"; section: "notifications" | "privacy"; changed: string[] }
	| { kind: "user_blocked"; user_id: string }
	| { kind: "user_unblocked"; user_id: string }
	| { kind: "rejected"; event: string; reason: string };

export type EffectKind = Effect["kind"];

/** A refusal the player sees; a rejected event changes nothing. */
export function rejected(event: string, reason: string): Effect {
	return { kind: "rejected", event, reason };
}
