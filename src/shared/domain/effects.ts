/**
 * Effects: plain data describing everything a rule changed or refused, in order. The server
 * turns them into saves, leaderboard writes and notifications; the client into toasts; the
 * scenario runner prints them.
 */
export type Currency = "coins" | "gems" | "tokens";

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
	| { kind: "streak_changed"; current: number; best: number }
	| { kind: "profile_repaired"; repairs: string[] }
	| { kind: "rejected"; event: string; reason: string };

export type CosmeticSlot = "avatars" | "frames" | "themes" | "emotes" | "effects";

export type EffectKind = Effect["kind"];

/** A refusal the player sees; a rejected event changes nothing. */
export function rejected(event: string, reason: string): Effect {
	return { kind: "rejected", event, reason };
}
