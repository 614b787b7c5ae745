/**
 * PlayerProfile, exactly as gamification-models.md defines it: persisted with these field names.
 * Times are Unix seconds. Amounts of XP, currency and points are whole numbers.
 */

export const PROFILE_SCHEMA_VERSION = 6;

export type ProfileStatus = "online" | "away" | "offline" | "playing";
export type ProfileVisibility = "public" | "friends" | "private";
export type AvatarType = "default" | "custom" | "unlocked";
export type Rarity = "common" | "uncommon" | "rare" | "epic" | "legendary";

export interface XpMultiplier {
	source: string;
	value: number;
	expires_at: number;
}

export interface XpHistoryEntry {
	amount: number;
	source: string;
	timestamp: number;
	multiplier: number;
}

export interface SpendingHistoryEntry {
	type: string;
	amount: number;
	item: string;
	timestamp: number;
}

export interface CategoryProgress {
	category: string;
	earned: number;
	total: number;
	progress: number;
}

export interface RecentAchievement {
	achievement_id: string;
	earned_at: number;
	rarity: string;
}

export interface BadgeCollectionProgress {
	collection_id: string;
	progress: number;
	completed: boolean;
}

export interface InventoryItem {
	item_id: string;
	quantity: number;
	acquired_at: number;
	equipped: boolean;
	/** 0 when the item never expires. */
	expires_at: number;
}

export interface PowerUp {
	power_up_id: string;
	uses_remaining: number;
	active: boolean;
}

export interface ActiveQuest {
	quest_id: string;
	progress: number;
	started_at: number;
	expires_at: number;
	/**
	 * Beyond the model's fields, optional: true when a teacher gave the quest to the whole class
	 * (class_quest): it takes none of the student's quest slots, expires_at is the teacher's
	 * deadline, and end_class_quest removes it. Absent on a quest the student took themselves (and
	 * on every quest saved before classes), so older profiles load unchanged.
	 */
	class_quest?: boolean;
}

/** Where one condition of an achievement stands (which parts are used depends on the requirement type). */
export interface ConditionProgress {
	/** The count (counter, perfect, streak, time_limit) or the latest value (threshold). */
	count: number;
	/** Distinct values seen (unique, collection). */
	seen: string[];
	/** Times of the observations inside the window (time_limit). */
	times: number[];
	/** The last UTC day (or week) counted (streak). */
	last_period: number;
}

/** A player's progress on one achievement. */
export interface AchievementProgress {
	conditions: ConditionProgress[];
	/** For ordered requirements: the condition being worked on. */
	step: number;
	/** Start of the current time window (time constraints); 0 = none open. */
	window_start: number;
	/** Tiers earned so far (tiered achievements). */
	tier: number;
	/** Times earned (more than once only for stackable achievements). */
	earned_count: number;
	first_progress_at: number;
	/** When last earned; 0 = not yet. */
	earned_at: number;
	/** Milestones announced in the current run. */
	milestones: number;
	/** 0..100 toward the next award. */
	progress: number;
}

/** A badge a player owns. */
export interface OwnedBadge {
	quantity: number;
	earned_at: number;
	/** How the first copy came: the acquisition method, or "grant", "gift", "evolution". */
	source: string;
}

/** Where one objective of an active quest stands. */
export interface ObjectiveProgress {
	/** The count (complete, interact, time_limit, sequence, achieve, perfect) or latest value (reach). */
	current: number;
	/** Distinct keys seen (collect). */
	seen: string[];
	done: boolean;
	/** Checkpoints already rewarded. */
	checkpoints: number;
}

/** An active quest's objectives, in the quest's order, by quest id. */
export interface QuestProgress {
	objectives: ObjectiveProgress[];
	/** Why the quest will fail at quests.active[].expires_at ("time limit", "day ended", ...). */
	expiry_reason: string;
}

/** What a player has done with one quest over time. */
export interface QuestRecord {
	attempts: number;
	completions: number;
	last_completed_at: number;
	/** Whether the player has rated it (once, after completing it). */
	rated: boolean;
}

/** What the fair-play rules count (catalog settings.fair_play): today's activity XP and question sets. */
export interface FairPlayRecord {
	/** The UTC day xp_by_type and set_runs count; a new day starts them again. */
	day: number;
	/** Activity XP granted today per activity type (lesson, quiz, ...), against settings.fair_play.daily_xp_cap. */
	xp_by_type: Record<string, number>;
	/** Completions of each question set today, by set id (at most FAIR_PLAY_LIMITS.set_runs). */
	set_runs: Record<string, number>;
	/** Answers ever given faster than a student can read and answer them (lifetime). */
	rushed_answers: number;
}

/** A player's aggregate of one metric in one leaderboard period. */
export interface MetricAggregate {
	sum: number;
	count: number;
	max: number;
	latest: number;
}

/** A player's score on one leaderboard period (key: "<board>|<period>"). */
export interface LeaderboardScore {
	score: number;
	/** When the score last changed (for the "earliest"/"latest" tie-breakers). */
	reached_at: number;
}

export interface PlayerProfile {
	/** Our schema version, for migrations; not part of the model's fields. */
	schema_version: number;

	id: string;
	user_id: string;

	profile: {
		username: string;
		display_name: string;
		avatar: {
			type: AvatarType;
			url: string;
			frame_id: string;
			effects: string[];
		};
		title: string;
		titles_earned: string[];
		bio: string;
		status: ProfileStatus;
		visibility: ProfileVisibility;
	};

	experience: {
		current_xp: number;
		total_xp: number;
		level: number;
		level_progress: {
			current_level_xp: number;
			next_level_xp: number;
			progress_percentage: number;
		};
		prestige: {
			level: number;
			resets: number;
		};
		xp_multipliers: XpMultiplier[];
		xp_history: XpHistoryEntry[];
	};

	currency: {
		coins: number;
		gems: number;
		tokens: number;
		lifetime_earned: {
			coins: number;
			gems: number;
			tokens: number;
		};
		spending_history: SpendingHistoryEntry[];
	};

	achievements: {
		total_earned: number;
		total_points: number;
		categories: CategoryProgress[];
		recent: RecentAchievement[];
		showcase: string[];
	};

	badges: {
		total_earned: number;
		rarity_counts: Record<Rarity, number>;
		equipped: string[];
		collections: BadgeCollectionProgress[];
	};

	stats: {
		lessons_completed: number;
		quizzes_perfect: number;
		study_streak: {
			current: number;
			best: number;
			last_active: number;
		};
		total_study_time: number;
		accuracy_rate: number;
		improvement_rate: number;
		mastery_score: number;
		friends_count: number;
		helps_given: number;
		helps_received: number;
		challenges_won: number;
		challenges_total: number;
		login_days: number;
		activities_completed: number;
		content_created: number;
		content_shared: number;
	};

	ranking: {
		global_rank: number;
		school_rank: number;
		class_rank: number;
		percentile: number;
		league: string;
		league_points: number;
		season_rank: number;
		peak_rank: number;
		peak_date: number;
	};

	inventory: {
		items: InventoryItem[];
		power_ups: PowerUp[];
		cosmetics: {
			avatars: string[];
			frames: string[];
			themes: string[];
			emotes: string[];
			effects: string[];
		};
		capacity: number;
		used_slots: number;
	};

	quests: {
		active: ActiveQuest[];
		completed_today: number;
		completed_total: number;
		quest_points: number;
	};

	social: {
		guild_id: string;
		guild_role: string;
		friends: string[];
		followers: number;
		following: number;
		reputation: number;
		blocked: string[];
	};

	created_at: number;
	updated_at: number;
	last_active: number;

	settings: {
		notifications: {
			achievements: boolean;
			level_up: boolean;
			friend_activity: boolean;
			challenges: boolean;
		};
		privacy: {
			show_profile: boolean;
			show_stats: boolean;
			allow_challenges: boolean;
			allow_friend_requests: boolean;
		};
	};

	// Storage the model's features need but its PlayerProfile does not list:
	/** Purchases per reward id, for the Reward model's per_player limit. */
	purchase_counts: Record<string, number>;
	/** Content unlocked by `unlock` rewards (and achievements' and quests' unlock_content). */
	unlocked_content: string[];
	/** When each reward was last used, for the Reward model's usage cooldown. */
	last_used: Record<string, number>;
	/** Progress on each achievement the player has started, by achievement id. */
	achievement_progress: Record<string, AchievementProgress>;
	/** The badges the player owns, by badge id (the model's badges section only counts them). */
	badges_owned: Record<string, OwnedBadge>;
	/** Objective progress of each active quest, by quest id. */
	quest_progress: Record<string, QuestProgress>;
	/** Attempts and completions of every quest ever taken, by quest id. */
	quest_history: Record<string, QuestRecord>;
	/** The UTC day quests.completed_today counts. */
	quest_day: number;
	/** Activities completed per subject: a subject's skill level is floor(count / 5). */
	subject_activities: Record<string, number>;
	/** The groups a leaderboard scope puts the player in (set by the server or the scenario). */
	classroom: { class_id: string; school_id: string; country: string };
	/** Scores on the current period of each leaderboard, by "<board>|<period>". */
	leaderboard_scores: Record<string, LeaderboardScore>;
	/** The aggregates behind them, by "<board>|<period>|<metric>". */
	leaderboard_metrics: Record<string, MetricAggregate>;
	/** Leaderboard prizes already received ("<board>|<period>"), so a prize delivered twice pays once. */
	prizes_received: string[];
	/** Today's fair-play counts and the lifetime count of rushed answers (schema 6). */
	fair_play: FairPlayRecord;
	/** Accuracy (0..1) per subject, smoothed like stats.accuracy_rate: the server picks harder questions as it rises (schema 6). */
	subject_accuracy: Record<string, number>;
}

/** How many entries each history keeps: the newest, so a profile stays small after years of play. */
export const HISTORY_LIMITS = {
	xp_history: 50,
	spending_history: 50,
	xp_multipliers: 32,
	recent_achievements: 10,
	prizes_received: 100,
} as const;

/** Classmates a student may block (social.blocked). */
export const MAX_BLOCKED_USERS = 100;

/** The bounds of the fair-play record. */
export const FAIR_PLAY_LIMITS = {
	/** Distinct question sets counted a day: no student does 200 sets in a day; past it a new set counts as a repeat. */
	set_runs: 200,
} as const;

/** Inventory slots a new student starts with. */
export const DEFAULT_INVENTORY_CAPACITY = 50;
/** XP needed from level 1 to 2 on the default curve (gamification-models.md LevelProgression). */
const DEFAULT_FIRST_LEVEL_XP = 100;

/** The profile of a student who has never played: level 1, nothing earned, private by default. */
export function createDefaultProfile(): PlayerProfile {
	return {
		schema_version: PROFILE_SCHEMA_VERSION,
		id: "",
		user_id: "",
		profile: {
			username: "",
			display_name: "",
			avatar: { type: "default", url: "", frame_id: "", effects: [] },
			title: "",
			titles_earned: [],
			bio: "",
			status: "offline",
			// students are minors: nothing about them is public until they or their teacher choose so
			visibility: "friends",
		},
		experience: {
			current_xp: 0,
			total_xp: 0,
			level: 1,
			level_progress: { current_level_xp: 0, next_level_xp: DEFAULT_FIRST_LEVEL_XP, progress_percentage: 0 },
			prestige: { level: 0, resets: 0 },
			xp_multipliers: [],
			xp_history: [],
		},
		currency: {
			coins: 0,
			gems: 0,
			tokens: 0,
			lifetime_earned: { coins: 0, gems: 0, tokens: 0 },
			spending_history: [],
		},
		achievements: { total_earned: 0, total_points: 0, categories: [], recent: [], showcase: [] },
		badges: {
			total_earned: 0,
			rarity_counts: { common: 0, uncommon: 0, rare: 0, epic: 0, legendary: 0 },
			equipped: [],
			collections: [],
		},
		stats: {
			lessons_completed: 0,
			quizzes_perfect: 0,
			study_streak: { current: 0, best: 0, last_active: 0 },
			total_study_time: 0,
			accuracy_rate: 0,
			improvement_rate: 0,
			mastery_score: 0,
			friends_count: 0,
			helps_given: 0,
			helps_received: 0,
			challenges_won: 0,
			challenges_total: 0,
			login_days: 0,
			activities_completed: 0,
			content_created: 0,
			content_shared: 0,
		},
		ranking: {
			global_rank: 0,
			school_rank: 0,
			class_rank: 0,
			percentile: 0,
			league: "",
			league_points: 0,
			season_rank: 0,
			peak_rank: 0,
			peak_date: 0,
		},
		inventory: {
			items: [],
			power_ups: [],
			cosmetics: { avatars: [], frames: [], themes: [], emotes: [], effects: [] },
			capacity: DEFAULT_INVENTORY_CAPACITY,
			used_slots: 0,
		},
		quests: { active: [], completed_today: 0, completed_total: 0, quest_points: 0 },
		social: {
			guild_id: "",
			guild_role: "",
			friends: [],
			followers: 0,
			following: 0,
			reputation: 0,
			blocked: [],
		},
		created_at: 0,
		updated_at: 0,
		last_active: 0,
		settings: {
			notifications: { achievements: true, level_up: true, friend_activity: true, challenges: true },
			privacy: { show_profile: false, show_stats: false, allow_challenges: true, allow_friend_requests: false },
		},
		purchase_counts: {},
		unlocked_content: [],
		last_used: {},
		achievement_progress: {},
		badges_owned: {},
		quest_progress: {},
		quest_history: {},
		quest_day: 0,
		subject_activities: {},
		classroom: { class_id: "", school_id: "", country: "" },
		leaderboard_scores: {},
		leaderboard_metrics: {},
		prizes_received: [],
		fair_play: { day: 0, xp_by_type: {}, set_runs: {}, rushed_answers: 0 },
		subject_accuracy: {},
	};
}
