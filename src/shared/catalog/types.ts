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

/** The currencies a profile holds and a currency reward pays in. */
export type Currency = "coins" | "gems" | "tokens";

/** Where an unlocked cosmetic goes on the profile. */
export type CosmeticSlot = "avatars" | "frames" | "themes" | "emotes" | "effects";

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

export type Rarity = "common" | "uncommon" | "rare" | "epic" | "legendary";

/** What an achievement or a quest gives (the Achievement model's `rewards`), handed to `grant`. */
export interface RewardBundle {
	readonly xp: number;
	readonly coins: number;
	readonly gems: number;
	readonly items: readonly { readonly item_id: string; readonly quantity: number }[];
	readonly badges: readonly string[];
	readonly titles: readonly string[];
	readonly unlock_content: readonly string[];
	readonly multipliers: readonly { readonly type: string; readonly value: number; readonly duration: number }[];
}

export type RequirementType =
	"counter" | "threshold" | "collection" | "sequence" | "time_limit" | "perfect" | "streak" | "unique";
export type ComparisonOperator = ">=" | ">" | "==" | "!=" | "<=" | "<";
export type TimeFrame = "" | "morning" | "afternoon" | "evening" | "night" | "weekday" | "weekend";

export interface AchievementCondition {
	readonly metric: string;
	readonly operator: ComparisonOperator;
	/** A number, or for a `collection` requirement the list of values to collect. */
	readonly value: number | readonly string[];
	/** An observation counts only when it matches every non-empty filter. */
	readonly context: { readonly subject: string; readonly difficulty: string; readonly time_frame: TimeFrame };
}

export interface AchievementDefinition {
	readonly id: string;
	readonly name: string;
	readonly slug: string;
	readonly display: {
		readonly title: string;
		readonly description: string;
		readonly icon: { readonly locked: string; readonly unlocked: string; readonly animated: string };
		readonly banner: string;
		readonly flavor_text: string;
		readonly category: string;
		readonly tags: readonly string[];
	};
	readonly requirements: {
		readonly type: RequirementType;
		readonly conditions: readonly AchievementCondition[];
		readonly logic: "all" | "any" | "sequence";
		readonly prerequisite_achievements: readonly string[];
		readonly level_requirement: number;
		/** type "" = none; `duration` in minutes for "within". */
		readonly time_constraint: { readonly type: "" | "within" | "daily" | "weekly"; readonly duration: number };
	};
	readonly rewards: RewardBundle;
	readonly progression: {
		readonly type: "instant" | "progressive" | "tiered";
		readonly tiers: readonly {
			readonly tier: number;
			readonly name: string;
			readonly requirement: number;
			readonly reward_multiplier: number;
		}[];
		readonly milestones: readonly {
			readonly percentage: number;
			readonly message: string;
			readonly partial_reward: RewardBundle;
		}[];
		readonly show_progress: boolean;
		readonly reset_on_prestige: boolean;
	};
	readonly metadata: {
		readonly difficulty: "easy" | "medium" | "hard" | "expert";
		readonly rarity: Rarity;
		readonly points: number;
		readonly estimated_time: number;
		readonly completion_rate: number;
		readonly secret: boolean;
		readonly seasonal: boolean;
		readonly season: string;
		readonly limited_time: boolean;
		/** Unix seconds; 0 = no bound. */
		readonly available_from: number;
		readonly available_until: number;
		readonly stackable: boolean;
		readonly platform_exclusive: string;
	};
	readonly status: "active" | "retired" | "upcoming";
	readonly created_at: number;
	readonly updated_at: number;
	readonly created_by: string;
}

export type BadgeMethod =
	"achievement" | "purchase" | "event" | "gift" | "milestone" | "collection" | "challenge" | "random";

/** A stat bonus of an equipped badge: `xp` or `coins`, flat per activity or a percentage. */
export interface BadgeBonus {
	readonly stat: "xp" | "coins";
	readonly value: number;
	readonly type: "flat" | "percentage";
}

export interface BadgeRequirements {
	readonly achievement_id: string;
	readonly level: number;
	readonly quests: readonly string[];
	readonly items_needed: readonly { readonly item_id: string; readonly quantity: number }[];
	readonly cost: { readonly coins: number; readonly gems: number };
}

export interface BadgeDefinition {
	readonly id: string;
	readonly name: string;
	/** The Roblox badge awarded with BadgeService when a student gets this one (absent: none). */
	readonly roblox_badge_id?: number;
	readonly visual: {
		readonly image: string;
		readonly thumbnail: string;
		readonly animation: string;
		readonly shine_effect: boolean;
		readonly rarity_color: string;
		readonly size: "small" | "medium" | "large";
		readonly style: string;
	};
	readonly info: {
		readonly title: string;
		readonly description: string;
		readonly lore: string;
		readonly category: string;
		readonly collection: string;
		readonly collection_position: number;
		readonly tier: number;
		readonly tags: readonly string[];
	};
	readonly acquisition: {
		readonly method: BadgeMethod;
		readonly requirements: BadgeRequirements;
		/** 0..1, for `random`: the chance per completed activity. */
		readonly drop_rate: number;
		readonly tradeable: boolean;
		readonly limited: boolean;
		/** Copies one player may own. */
		readonly max_quantity: number;
	};
	readonly properties: {
		readonly rarity: Rarity;
		readonly power: number;
		readonly bonuses: readonly BadgeBonus[];
		/** Active while every required badge is equipped; `bonus` is a BadgeBonus. */
		readonly set_bonus: { readonly required_badges: readonly string[]; readonly bonus?: BadgeBonus };
		/** Whether the bonuses of several copies add up. */
		readonly stacks: boolean;
		/** The badge becomes `next_badge_id` once the owner meets `requirements`. */
		readonly evolution: {
			readonly next_badge_id: string;
			readonly requirements: {
				readonly level: number;
				readonly achievements: readonly string[];
				readonly activities: number;
			};
		};
	};
	readonly created_at: number;
	readonly updated_at: number;
}

export type QuestType = "main" | "side" | "daily" | "weekly" | "event" | "tutorial" | "challenge" | "hidden";
export type ObjectiveType =
	"complete" | "collect" | "achieve" | "reach" | "interact" | "time_limit" | "perfect" | "sequence";

/** A quest's reward in the shape the Quest model uses (a bundle, plus achievements and quests it unlocks). */
export interface QuestRewardBundle extends RewardBundle {
	readonly achievements: readonly string[];
	readonly unlock_quests: readonly string[];
}

/** A condition of the quest condition language (see scenario/README): all parts must hold. */
export interface QuestCondition {
	readonly text: string;
	/** Completed within this many minutes of the start; undefined = no such part. */
	readonly withinMinutes?: number;
	/** Every optional objective done. */
	readonly allOptional?: boolean;
	/** The player's level at least this. */
	readonly minLevel?: number;
	/** Always true ("always"): a fallback branch. */
	readonly always?: boolean;
}

export interface QuestObjective {
	readonly id: string;
	readonly description: string;
	readonly type: ObjectiveType;
	readonly target: {
		readonly metric: string;
		readonly value: number;
		readonly context: {
			readonly subject: string;
			readonly difficulty: string;
			readonly time_frame: TimeFrame;
			/** collect: the keys that count (empty = any); achieve: the achievement (empty = any). */
			readonly keys: readonly string[];
			/** time_limit: minutes from the quest's start. */
			readonly duration: number;
		};
	};
	readonly progress_tracking: {
		readonly required: number;
		readonly show_progress: boolean;
		readonly checkpoints: readonly { readonly value: number; readonly reward: QuestRewardBundle }[];
	};
	readonly optional: boolean;
	readonly order: number;
	readonly unlocks: readonly string[];
}

export interface QuestDefinition {
	readonly id: string;
	readonly name: string;
	readonly info: {
		readonly title: string;
		readonly description: string;
		readonly story: string;
		readonly category: string;
		readonly difficulty: "easy" | "medium" | "hard" | "expert";
		readonly type: QuestType;
		readonly icon: string;
		readonly banner: string;
		readonly npc: { readonly name: string; readonly avatar: string; readonly dialogue: readonly string[] };
	};
	readonly objectives: readonly QuestObjective[];
	readonly requirements: {
		readonly level: number;
		readonly quests_completed: readonly string[];
		readonly achievements: readonly string[];
		readonly items: readonly { readonly item_id: string; readonly quantity: number; readonly consume: boolean }[];
		/** A skill is a subject; its level is the player's skill level in it (see domain/quests/skills.ts). */
		readonly skills: readonly { readonly skill: string; readonly level: number }[];
		readonly time_window: {
			readonly available_from: number;
			readonly available_until: number;
			readonly daily_reset: boolean;
			readonly weekly_reset: boolean;
		};
	};
	readonly rewards: {
		readonly guaranteed: QuestRewardBundle;
		readonly random: readonly { readonly probability: number; readonly reward: QuestRewardBundle }[];
		readonly bonus: readonly { readonly condition: QuestCondition; readonly reward: QuestRewardBundle }[];
		readonly first_completion: QuestRewardBundle;
		readonly repeatable: boolean;
		readonly repeat_rewards: QuestRewardBundle;
	};
	readonly chain: {
		readonly is_chain: boolean;
		readonly chain_id: string;
		readonly position: number;
		readonly next_quest: string;
		readonly branch_quests: readonly { readonly condition: QuestCondition; readonly quest_id: string }[];
	};
	readonly active: boolean;
	readonly priority: number;
	readonly created_at: number;
	readonly updated_at: number;
	/** Unix seconds after which an unfinished quest fails; 0 = never. */
	readonly expires_at: number;
	readonly tags: readonly string[];
}

export type LeaderboardType =
	"points" | "level" | "achievement" | "time" | "accuracy" | "streak" | "collection" | "composite";
export type LeaderboardScope = "global" | "regional" | "school" | "class" | "friends";
export type LeaderboardPeriod = "all-time" | "seasonal" | "monthly" | "weekly" | "daily";
export type Aggregation = "sum" | "average" | "max" | "latest";

/** A leaderboard reward: what `grant` gives (the Leaderboard model's rewards). */
export interface LeaderboardReward {
	readonly xp: number;
	readonly coins: number;
	readonly gems: number;
	readonly badges: readonly string[];
	readonly items: readonly { readonly item_id: string; readonly quantity: number }[];
	readonly titles: readonly string[];
}

export interface LeaderboardDefinition {
	readonly id: string;
	readonly name: string;
	readonly configuration: {
		readonly type: LeaderboardType;
		/** The metric scored (composite boards score their weights instead). */
		readonly metric: string;
		readonly scope: LeaderboardScope;
		readonly period: LeaderboardPeriod;
		readonly reset_schedule: { readonly frequency: string; readonly archive_previous: boolean };
		readonly calculation: {
			readonly formula: string;
			readonly weights: readonly { readonly metric: string; readonly weight: number }[];
			readonly aggregation: Aggregation;
			/** "earliest" (who got there first ranks higher), "latest", or a metric whose higher value wins. */
			readonly tie_breaker: string;
		};
		readonly filters: {
			readonly min_level: number;
			readonly min_activities: number;
			readonly required_achievements: readonly string[];
			readonly exclude_inactive_days: number;
		};
		readonly size_limits: {
			readonly max_entries: number;
			readonly display_top: number;
			readonly show_nearby: number;
		};
	};
	readonly rewards: {
		readonly enabled: boolean;
		readonly distribution: readonly {
			readonly rank_range: { readonly min: number; readonly max: number };
			readonly percentage_range: { readonly min: number; readonly max: number };
			readonly rewards: LeaderboardReward;
		}[];
		readonly participation: { readonly minimum_score: number; readonly reward: LeaderboardReward };
		readonly milestones: readonly {
			readonly rank: number;
			readonly reward: LeaderboardReward;
			readonly title: string;
		}[];
	};
	readonly seasons: {
		readonly current_season: {
			readonly id: string;
			readonly name: string;
			readonly started_at: number;
			readonly ends_at: number;
			readonly theme: string;
		};
	};
	readonly display: { readonly update_frequency: number };
	readonly status: "active" | "paused" | "ended";
	readonly visibility: "public" | "private" | "unlisted";
}

/** Game-wide settings a classroom may change. */
export interface GameSettings {
	/** Badges a player can wear at once. */
	readonly badge_slots: number;
	/** Earned achievements a player can feature. */
	readonly showcase_slots: number;
	/** Quests a player can have active at once. */
	readonly max_active_quests: number;
	/** Students who must score in a class this period for its class board to rank, archive and give prizes. */
	readonly min_class_size: number;
	/** What keeps XP earned by learning rather than by farming (defaults and reasons: default/fair-play.ts). */
	readonly fair_play: FairPlaySettings;
}

/** The fair-play rules of activity XP. */
export interface FairPlaySettings {
	/**
	 * XP a student can earn per UTC day from activities of each type; past it, activities of that
	 * type earn no XP (nor coins) until 00:00 UTC, though they still count for stats, quests and achievements.
	 */
	readonly daily_xp_cap: { readonly [type in ActivityType]: number };
	/** The XP factor of the 1st, 2nd, 3rd... completion of the same question set on one UTC day; the last repeats. */
	readonly repeat_xp_factors: readonly number[];
	/** Seconds a student needs at least to read one word of a question. */
	readonly min_seconds_per_word: number;
	/** Seconds a student needs at least to answer a question, before reading it. */
	readonly min_seconds_per_answer: number;
}

export interface Catalog {
	readonly progression: ProgressionConfig;
	readonly activities: ReadonlyMap<string, ActivityDefinition>;
	readonly metrics: ReadonlyMap<string, MetricDefinition>;
	readonly rewards: ReadonlyMap<string, RewardDefinition>;
	readonly badges: ReadonlyMap<string, BadgeDefinition>;
	readonly achievements: ReadonlyMap<string, AchievementDefinition>;
	readonly quests: ReadonlyMap<string, QuestDefinition>;
	readonly leaderboards: ReadonlyMap<string, LeaderboardDefinition>;
	readonly settings: GameSettings;
	/** Level-curve XP per level, precomputed once: index L is the XP from level L to L+1. */
	readonly levelXp: readonly number[];
}
