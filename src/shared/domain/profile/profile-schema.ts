import { MAX_SAFE_INTEGER } from "shared/util/safe-integer";
import { FAIR_PLAY_LIMITS, HISTORY_LIMITS, MAX_BLOCKED_USERS } from "./player-profile";

/**
 * The profile's schema beyond its default (player-profile.ts gives the fields and their defaults):
 * the shape of each list's entries and each map's values, the range of every number, and the bound
 * of every list and map. Repair (profile-repair.ts) and the save check (save-check.ts) both read
 * these tables, so a shape is written once. Paths name fields from the profile's root; inside a map
 * the key becomes `*`, inside a list the index disappears (`inventory.items.quantity`).
 */

/** Scores up to this stay exact in an OrderedDataStore integer: (2^53 / 2^21 - 1) / 100 (see leaderboards/scores.ts). */
export const MAX_EXACT_SCORE = 42949672.95;
/** The largest single XP multiplier: the catalog's own maximum for an xp_multiplier reward (catalog-schema.ts). */
export const MAX_XP_MULTIPLIER = 100;
/** The largest XP boost in force (the product of the multipliers, prestige and badge bonuses): far above any real one, far below overflow. */
export const MAX_XP_BOOST = 1e6;
/** The DataStore's value limit (4 MB, https://create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits). */
export const DATASTORE_VALUE_LIMIT = 4 * 1024 * 1024;
/** What a repaired profile must fit in: the DataStore limit with room for ProfileService's metadata and global updates. */
export const PROFILE_SIZE_BUDGET = 3 * 1024 * 1024;

/** Entries a list keeps when the schema gives it no tighter bound: far above any real profile. */
export const LIST_LIMIT = 500;
/** Entries a map keeps (achievements, badges, quests, boards are a catalog's worth: a few hundred). */
export const MAP_LIMIT = 1000;
/** Characters a string keeps (ids, names, titles), and a map key. */
export const STRING_LIMIT = 200;
/** Characters the free-text fields keep. */
const LONG_STRING_LIMIT = 1000;

/** The shape of one element of each list in the profile (the default profile's lists are empty). */
export const LIST_ELEMENTS: Record<string, unknown> = {
	"profile.avatar.effects": "",
	"profile.titles_earned": "",
	"experience.xp_multipliers": { source: "", value: 0, expires_at: 0 },
	"experience.xp_history": { amount: 0, source: "", timestamp: 0, multiplier: 0 },
	"currency.spending_history": { type: "", amount: 0, item: "", timestamp: 0 },
	"achievements.categories": { category: "", earned: 0, total: 0, progress: 0 },
	"achievements.recent": { achievement_id: "", earned_at: 0, rarity: "" },
	"achievements.showcase": "",
	"badges.equipped": "",
	"badges.collections": { collection_id: "", progress: 0, completed: false },
	"inventory.items": { item_id: "", quantity: 0, acquired_at: 0, equipped: false, expires_at: 0 },
	"inventory.power_ups": { power_up_id: "", uses_remaining: 0, active: false },
	"inventory.cosmetics.avatars": "",
	"inventory.cosmetics.frames": "",
	"inventory.cosmetics.themes": "",
	"inventory.cosmetics.emotes": "",
	"inventory.cosmetics.effects": "",
	"quests.active": { quest_id: "", progress: 0, started_at: 0, expires_at: 0 },
	"social.friends": "",
	"social.blocked": "",
	unlocked_content: "",
	"achievement_progress.*.conditions": { count: 0, seen: [], times: [], last_period: 0 },
	"achievement_progress.*.conditions.seen": "",
	"achievement_progress.*.conditions.times": 0,
	"quest_progress.*.objectives": { current: 0, seen: [], done: false, checkpoints: 0 },
	"quest_progress.*.objectives.seen": "",
	prizes_received: "",
};

/**
 * Fields an object may carry or leave out, by the object's path (a list's entries by the list's
 * path), with the shape of each: absent stays absent; present is repaired like any field. Only our
 * own additions to the model's objects belong here, so a profile saved before them needs no migration.
 */
export const OPTIONAL_FIELDS: Record<string, Record<string, unknown>> = {
	"quests.active": { class_quest: false },
};

/** Maps from an id to a number. */
export const NUMBER_MAPS = new Set([
	"purchase_counts",
	"last_used",
	"subject_activities",
	"subject_accuracy",
	"fair_play.xp_by_type",
	"fair_play.set_runs",
]);

/** Maps with a tighter bound than MAP_LIMIT. */
export const MAP_BOUNDS: Record<string, number> = {
	"fair_play.set_runs": FAIR_PLAY_LIMITS.set_runs,
};

/** Maps from an id to a record of this shape. */
export const RECORD_MAPS: Record<string, Record<string, unknown>> = {
	achievement_progress: {
		conditions: [],
		step: 0,
		window_start: 0,
		tier: 0,
		earned_count: 0,
		first_progress_at: 0,
		earned_at: 0,
		milestones: 0,
		progress: 0,
	},
	badges_owned: { quantity: 1, earned_at: 0, source: "" },
	quest_progress: { objectives: [], expiry_reason: "" },
	quest_history: { attempts: 0, completions: 0, last_completed_at: 0, rated: false },
	leaderboard_scores: { score: 0, reached_at: 0 },
	leaderboard_metrics: { sum: 0, count: 0, max: 0, latest: 0 },
};

export const ENUMS: Record<string, readonly string[]> = {
	"profile.status": ["online", "away", "offline", "playing"],
	"profile.visibility": ["public", "friends", "private"],
	"profile.avatar.type": ["default", "custom", "unlocked"],
};

export interface NumberRange {
	readonly min: number;
	readonly max: number;
	/** Whether only whole numbers belong. */
	readonly whole: boolean;
}

/** XP, currency, counters and times: whole numbers from 0 to 2^53 - 1. Every number not listed below. */
export const COUNT_RANGE: NumberRange = { min: 0, max: MAX_SAFE_INTEGER, whole: true };
const PERCENT: NumberRange = { min: 0, max: 100, whole: false };
/** A metric's value (a threshold's latest value, an aggregate): any finite number within ±(2^53 - 1). */
const SIGNED: NumberRange = { min: -MAX_SAFE_INTEGER, max: MAX_SAFE_INTEGER, whole: false };

/** Numbers that are not counts, with their documented range. */
export const NUMBER_RANGES: Record<string, NumberRange> = {
	"experience.level_progress.progress_percentage": PERCENT,
	"experience.xp_multipliers.value": { min: 0, max: MAX_XP_MULTIPLIER, whole: false },
	"experience.xp_history.multiplier": { min: 0, max: MAX_XP_BOOST * 2, whole: false },
	"achievements.categories.progress": PERCENT,
	"badges.collections.progress": PERCENT,
	"quests.active.progress": PERCENT,
	"stats.accuracy_rate": { min: 0, max: 1, whole: false },
	"subject_accuracy.*": { min: 0, max: 1, whole: false },
	"stats.improvement_rate": { min: -1, max: 1, whole: false },
	"stats.mastery_score": PERCENT,
	"ranking.percentile": PERCENT,
	"achievement_progress.*.progress": PERCENT,
	"achievement_progress.*.conditions.count": SIGNED,
	"quest_progress.*.objectives.current": SIGNED,
	"leaderboard_scores.*.score": { min: -MAX_EXACT_SCORE, max: MAX_EXACT_SCORE, whole: false },
	"leaderboard_metrics.*.sum": SIGNED,
	"leaderboard_metrics.*.max": SIGNED,
	"leaderboard_metrics.*.latest": SIGNED,
	// the inventory is bounded by its capacity, so the capacity itself needs a bound
	"inventory.capacity": { min: 0, max: LIST_LIMIT, whole: true },
	"experience.level": { min: 1, max: MAX_SAFE_INTEGER, whole: true },
};

/** List entries that mean nothing without their id: one with a missing or empty id is dropped, not invented. */
export const ENTRY_IDS: Record<string, string> = {
	"inventory.items": "item_id",
	"inventory.power_ups": "power_up_id",
	"quests.active": "quest_id",
	"achievements.recent": "achievement_id",
	"badges.collections": "collection_id",
};

/** Lists with a tighter bound than LIST_LIMIT: the histories keep their newest entries, the rest their first. */
export const LIST_BOUNDS: Record<string, number> = {
	"experience.xp_history": HISTORY_LIMITS.xp_history,
	"currency.spending_history": HISTORY_LIMITS.spending_history,
	"experience.xp_multipliers": HISTORY_LIMITS.xp_multipliers,
	"achievements.recent": HISTORY_LIMITS.recent_achievements,
	prizes_received: HISTORY_LIMITS.prizes_received,
	"social.blocked": MAX_BLOCKED_USERS,
	// a requirement has a handful of conditions, a quest a handful of objectives
	"achievement_progress.*.conditions": 32,
	"quest_progress.*.objectives": 32,
};

/** Lists that keep their newest entries (the end) when bounded. */
export const NEWEST_FIRST_OUT = new Set([
	"experience.xp_history",
	"currency.spending_history",
	"experience.xp_multipliers",
	"achievements.recent",
	"prizes_received",
	"achievement_progress.*.conditions.times",
]);

/** Free-text fields, which keep LONG_STRING_LIMIT characters. */
const LONG_STRINGS = new Set(["profile.bio"]);

/** The characters a string at `path` keeps. */
export function stringLimit(path: string): number {
	return LONG_STRINGS.has(path) ? LONG_STRING_LIMIT : STRING_LIMIT;
}

/** The path used to look a field up in the tables above: the key inside a record or number map becomes `*`. */
export function schemaPath(path: string): string {
	for (const map of NUMBER_MAPS) {
		const prefix = `${map}.`;
		if (path.sub(1, prefix.size()) === prefix) return `${map}.*`;
	}
	for (const [map] of pairs(RECORD_MAPS)) {
		const prefix = `${map}.`;
		if (path.sub(1, prefix.size()) === prefix) {
			const rest = path.sub(prefix.size() + 1);
			const dot = rest.find(".", 1, true)[0];
			return dot === undefined ? `${map}.*` : `${map}.*${rest.sub(dot)}`;
		}
	}
	return path;
}
