import { CosmeticSlot, Currency } from "shared/domain/effects";

/**
 * The content of the game as typed data. Field names follow gamification-models.md; the
 * catalog is validated when it loads (catalog-schema.ts), so the rules can trust it.
 */

export interface ProgressionConfig {
	readonly formula: "exponential";
	/** XP from level 1 to 2. */
	readonly base_xp: number;
	/** Each level needs `growth_rate` times the XP of the one before. */
	readonly growth_rate: number;
	/** From this level on, each level needs `soft_cap_multiplier` times its curve XP. */
	readonly soft_cap: number;
	readonly soft_cap_multiplier: number;
	/** The highest level; XP beyond it still counts towards total_xp. */
	readonly hard_cap: number;
	readonly prestige_enabled: boolean;
	/** Added to the XP boost per prestige level (0.1 = +10% each). */
	readonly prestige_xp_boost: number;
	/** Coins given at each level reached. */
	readonly coins_per_level: number;
}

export type ActivityType = "lesson" | "quiz" | "practice" | "help" | "project" | "review";

export interface ActivityDefinition {
	readonly id: string;
	readonly name: string;
	readonly type: ActivityType;
	readonly base_xp: number;
	/** Coins for completing it (before any bonus). */
	readonly coins: number;
	/** Seconds a student is expected to need; a performance may say otherwise. */
	readonly expected_time: number;
}

/** How a `metric` event changes the profile: a stat counter it adds to, or sets. */
export interface MetricDefinition {
	readonly id: string;
	readonly stat?: StatCounter;
	readonly mode: "add" | "set";
}

export type StatCounter =
	| "friends_count"
	| "helps_given"
	| "helps_received"
	| "challenges_won"
	| "challenges_total"
	| "content_created"
	| "content_shared";

export type RewardType =
	"item" | "currency" | "xp" | "badge" | "title" | "cosmetic" | "power_up" | "unlock" | "multiplier";

export interface RewardDefinition {
	readonly id: string;
	readonly name: string;
	readonly type: RewardType;
	readonly display: {
		readonly title: string;
		readonly description: string;
		readonly icon: string;
		readonly image: string;
		readonly rarity: string;
		readonly preview: string;
		readonly effects: { readonly particle: string; readonly sound: string; readonly animation: string };
	};
	readonly value: {
		readonly amount: number;
		/** Seconds, for what lasts a while (multipliers, expiring items); 0 = permanent. */
		readonly duration: number;
		readonly uses: number;
		readonly stacks: boolean;
		readonly max_stack: number;
		readonly properties: {
			/** For currency rewards. */
			readonly currency?: Currency;
			/** For cosmetic rewards. */
			readonly slot?: CosmeticSlot;
			/** For badge rewards. */
			readonly badge_id?: string;
			/** For title rewards: the title text (defaults to the reward's name). */
			readonly title?: string;
		};
	};
	readonly acquisition: {
		readonly sources: readonly { readonly type: string; readonly id: string; readonly probability: number }[];
		readonly purchasable: boolean;
		readonly price: { readonly coins: number; readonly gems: number; readonly tokens: number };
		readonly tradeable: boolean;
		readonly giftable: boolean;
		readonly limited: {
			/** Copies for sale in all; 0 = unlimited. */
			readonly quantity: number;
			/** Purchases per player; 0 = unlimited. */
			readonly per_player: number;
			readonly time_limited: boolean;
			readonly available_until: number;
		};
	};
	readonly usage: {
		readonly consumable: boolean;
		readonly requirements: { readonly level: number; readonly achievements: readonly string[] };
		/** Seconds between two uses. */
		readonly cooldown: number;
		readonly context: { readonly environments: readonly string[]; readonly activities: readonly string[] };
		readonly effects: UsageEffects;
	};
}

/** What using an item or power-up does. */
export interface UsageEffects {
	readonly xp_multiplier?: { readonly value: number; readonly duration: number };
	readonly xp?: number;
	readonly coins?: number;
}

/** The part of a Badge the progression rules need; the badge issue completes the model. */
export interface BadgeDefinition {
	readonly id: string;
	readonly name: string;
	readonly properties: { readonly rarity: "common" | "uncommon" | "rare" | "epic" | "legendary" };
}

export interface Catalog {
	readonly progression: ProgressionConfig;
	readonly activities: ReadonlyMap<string, ActivityDefinition>;
	readonly metrics: ReadonlyMap<string, MetricDefinition>;
	readonly rewards: ReadonlyMap<string, RewardDefinition>;
	readonly badges: ReadonlyMap<string, BadgeDefinition>;
	/** Level-curve XP per level, precomputed once: index L is the XP from level L to L+1. */
	readonly levelXp: readonly number[];
}
