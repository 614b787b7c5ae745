import { MAX_SAFE_INTEGER } from "shared/util/safe-integer";
import { createDefaultProfile, HISTORY_LIMITS, PlayerProfile, PROFILE_SCHEMA_VERSION } from "./player-profile";
import { migrateProfile } from "./profile-migrations";

/** The shape of one element of each list in the profile (the default profile's lists are empty). */
const LIST_ELEMENTS: Record<string, unknown> = {
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

/** Maps from an id to a number. */
const NUMBER_MAPS = new Set(["purchase_counts", "last_used", "subject_activities"]);

/** Maps from an id to a record of this shape. Paths inside them are looked up with the id as `*`. */
const RECORD_MAPS: Record<string, Record<string, unknown>> = {
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

const ENUMS: Record<string, readonly string[]> = {
	"profile.status": ["online", "away", "offline", "playing"],
	"profile.visibility": ["public", "friends", "private"],
	"profile.avatar.type": ["default", "custom", "unlocked"],
};

/** Numbers that may be fractional or negative; every other number is a whole number >= 0. */
const REAL_NUMBERS = new Set([
	"experience.level_progress.progress_percentage",
	"experience.xp_multipliers.value",
	"experience.xp_history.multiplier",
	"achievements.categories.progress",
	"badges.collections.progress",
	"quests.active.progress",
	"stats.accuracy_rate",
	"stats.improvement_rate",
	"stats.mastery_score",
	"ranking.percentile",
	"achievement_progress.*.progress",
	"achievement_progress.*.conditions.count",
	"quest_progress.*.objectives.current",
	"leaderboard_scores.*.score",
	"leaderboard_metrics.*.sum",
	"leaderboard_metrics.*.max",
	"leaderboard_metrics.*.latest",
]);

/** The path used to look a field up in the tables above: the key inside a record map becomes `*`. */
function schemaPath(path: string): string {
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

const BOUNDED: Record<string, number> = {
	"experience.xp_history": HISTORY_LIMITS.xp_history,
	"currency.spending_history": HISTORY_LIMITS.spending_history,
	"experience.xp_multipliers": HISTORY_LIMITS.xp_multipliers,
	"achievements.recent": HISTORY_LIMITS.recent_achievements,
	prizes_received: HISTORY_LIMITS.prizes_received,
};

function isArrayLike(value: object): boolean {
	for (const [key] of pairs(value)) {
		if (!typeIs(key, "number")) return false;
	}
	return true;
}

function repairNumber(value: unknown, fallback: number, path: string, repairs: string[]): number {
	const real = REAL_NUMBERS.has(schemaPath(path));
	if (!typeIs(value, "number") || value !== value || value === math.huge || value === -math.huge) {
		repairs.push(
			`${path}: ${value === undefined ? "missing" : `not a number (${tostring(value)})`}, set to ${fallback}`,
		);
		return fallback;
	}
	if (!real) {
		if (value < 0 || value !== math.floor(value) || value > MAX_SAFE_INTEGER) {
			const fixed = math.clamp(math.floor(value), 0, MAX_SAFE_INTEGER);
			repairs.push(`${path}: ${value} is not a whole number from 0 to 2^53-1, set to ${fixed}`);
			return fixed;
		}
	}
	return value;
}

function repairValue(value: unknown, template: unknown, path: string, repairs: string[]): unknown {
	if (typeIs(template, "number")) return repairNumber(value, template, path, repairs);
	if (typeIs(template, "string")) {
		if (!typeIs(value, "string")) {
			repairs.push(`${path}: ${value === undefined ? "missing" : `not a string`}, set to "${template}"`);
			return template;
		}
		const allowed = ENUMS[schemaPath(path)];
		if (allowed !== undefined && !allowed.includes(value)) {
			repairs.push(`${path}: "${value}" is not one of ${allowed.join(", ")}, set to "${template}"`);
			return template;
		}
		return value;
	}
	if (typeIs(template, "boolean")) {
		if (!typeIs(value, "boolean")) {
			repairs.push(`${path}: ${value === undefined ? "missing" : "not a boolean"}, set to ${template}`);
			return template;
		}
		return value;
	}
	const element = LIST_ELEMENTS[schemaPath(path)];
	if (element !== undefined) return repairList(value, element, path, repairs);
	if (NUMBER_MAPS.has(path)) return repairNumberMap(value, path, repairs);
	const record = RECORD_MAPS[path];
	if (record !== undefined) return repairRecordMap(value, record, path, repairs);
	return repairObject(value, template as Record<string, unknown>, path, repairs);
}

function repairList(value: unknown, element: unknown, path: string, repairs: string[]): defined[] {
	if (!typeIs(value, "table") || !isArrayLike(value)) {
		repairs.push(`${path}: ${value === undefined ? "missing" : "not a list"}, set to an empty list`);
		return [];
	}
	const result = new Array<defined>();
	let dropped = 0;
	for (const item of value as defined[]) {
		const itemRepairs = new Array<string>();
		// an entry is checked against the element's shape (not looked up as the list again)
		const fixed = typeIs(element, "table")
			? repairObject(item, element as Record<string, unknown>, path, itemRepairs)
			: repairValue(item, element, path, itemRepairs);
		// an entry that is not even the right kind of thing is dropped, not invented
		if (typeIs(element, "table") && !typeIs(item, "table")) dropped += 1;
		else {
			for (const r of itemRepairs) repairs.push(r);
			result.push(fixed as defined);
		}
	}
	if (dropped > 0) repairs.push(`${path}: dropped ${dropped} malformed entr${dropped === 1 ? "y" : "ies"}`);
	const limit = BOUNDED[schemaPath(path)];
	if (limit !== undefined && result.size() > limit) {
		repairs.push(`${path}: kept the newest ${limit} of ${result.size()} entries`);
		while (result.size() > limit) result.remove(0);
	}
	return result;
}

function repairNumberMap(value: unknown, path: string, repairs: string[]): Record<string, number> {
	const result: Record<string, number> = {};
	if (!typeIs(value, "table")) {
		repairs.push(`${path}: ${value === undefined ? "missing" : "not a map"}, set to an empty map`);
		return result;
	}
	for (const [key, item] of pairs(value as Record<string, unknown>)) {
		if (!typeIs(key, "string")) {
			repairs.push(`${path}: dropped a non-string key`);
			continue;
		}
		result[key] = repairNumber(item, 0, `${path}.${key}`, repairs);
	}
	return result;
}

function repairRecordMap(value: unknown, template: Record<string, unknown>, path: string, repairs: string[]) {
	const result: Record<string, unknown> = {};
	if (!typeIs(value, "table")) {
		repairs.push(`${path}: ${value === undefined ? "missing" : "not a map"}, set to an empty map`);
		return result;
	}
	for (const [key, item] of pairs(value as Record<string, unknown>)) {
		if (!typeIs(key, "string") || !typeIs(item, "table")) {
			repairs.push(`${path}.${tostring(key)}: not a record, dropped`);
			continue;
		}
		result[key] = repairObject(item, template, `${path}.${key}`, repairs);
	}
	return result;
}

function repairObject(value: unknown, template: Record<string, unknown>, path: string, repairs: string[]) {
	const result: Record<string, unknown> = {};
	const prefix = path === "" ? "" : `${path}.`;
	if (!typeIs(value, "table")) {
		repairs.push(
			`${path === "" ? "profile" : path}: ${value === undefined ? "missing" : "not a table"}, reset to defaults`,
		);
		for (const [key, fallback] of pairs(template))
			result[key] = repairValue(undefined, fallback, `${prefix}${key}`, []);
		return result;
	}
	const raw = value as Record<string, unknown>;
	for (const [key, fallback] of pairs(template)) {
		result[key] = repairValue(raw[key], fallback, `${prefix}${key}`, repairs);
	}
	for (const [key] of pairs(raw)) {
		if (template[key as string] === undefined) repairs.push(`${prefix}${tostring(key)}: unknown field, dropped`);
	}
	return result;
}

export type LoadResult =
	| { readonly ok: true; readonly profile: PlayerProfile; readonly repairs: string[] }
	| { readonly ok: false; readonly reason: string };

/**
 * Turns whatever was saved into a valid profile: migrates an older schema, then repairs it field
 * by field against the default profile (wrong types, out-of-range numbers, unknown enum values,
 * malformed list entries, over-long histories), listing every repair. A profile written by a newer
 * schema than this code knows is refused rather than downgraded.
 */
export function loadProfile(saved: unknown): LoadResult {
	const repairs = new Array<string>();
	let raw = saved;
	if (typeIs(raw, "table")) {
		const version = (raw as { schema_version?: unknown }).schema_version;
		if (typeIs(version, "number") && version > PROFILE_SCHEMA_VERSION) {
			return {
				ok: false,
				reason: `the profile was saved with schema ${version}, newer than this server's ${PROFILE_SCHEMA_VERSION}`,
			};
		}
		raw = migrateProfile(raw as Record<string, unknown>, typeIs(version, "number") ? version : 0, repairs);
	}
	const profile = repairObject(raw, createDefaultProfile() as unknown as Record<string, unknown>, "", repairs);
	(profile as { schema_version: number }).schema_version = PROFILE_SCHEMA_VERSION;
	const typed = profile as unknown as PlayerProfile;
	typed.inventory.used_slots = typed.inventory.items.size();
	return { ok: true, profile: typed, repairs };
}
