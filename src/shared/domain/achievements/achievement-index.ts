import {
	AchievementDefinition,
	BadgeDefinition,
	Catalog,
	LeaderboardDefinition,
	QuestDefinition,
} from "shared/catalog/types";

/** One objective of one quest. */
export interface ObjectiveWatch {
	readonly quest: QuestDefinition;
	readonly objective: number;
}

/**
 * Lookups built once per catalog, so an observation touches only the achievements and badges that
 * watch it, never a scan of the whole catalog.
 */
export interface CatalogIndex {
	/** Tracked achievements (status active) by the metrics their conditions watch. */
	readonly byMetric: ReadonlyMap<string, readonly AchievementDefinition[]>;
	/** Achievements that list an achievement as a prerequisite, by that achievement's id. */
	readonly dependents: ReadonlyMap<string, readonly AchievementDefinition[]>;
	/** Tracked achievements with a level requirement, re-checked when the level goes up. */
	readonly levelGated: readonly AchievementDefinition[];
	readonly resetOnPrestige: readonly AchievementDefinition[];
	/** Badges given by earning an achievement ("achievement" and "milestone" methods), by its id. */
	readonly badgesByAchievement: ReadonlyMap<string, readonly BadgeDefinition[]>;
	/** "milestone" badges with a level requirement, lowest level first. */
	readonly levelBadges: readonly BadgeDefinition[];
	/** "collection" badges by the collection they complete. */
	readonly collectionBadges: ReadonlyMap<string, readonly BadgeDefinition[]>;
	/** The badges that make up each collection (every badge naming it, except the collection badges). */
	readonly collectionMembers: ReadonlyMap<string, readonly BadgeDefinition[]>;
	readonly randomBadges: readonly BadgeDefinition[];
	readonly challengeBadges: readonly BadgeDefinition[];
	/** Achievements per category, for the profile's category progress. */
	readonly categoryTotals: ReadonlyMap<string, number>;
	/** Quest objectives by the metric they watch. */
	readonly questWatchers: ReadonlyMap<string, readonly ObjectiveWatch[]>;
	/** Active leaderboards by every metric that moves their score or tie-breaker. */
	readonly boardWatchers: ReadonlyMap<string, readonly LeaderboardDefinition[]>;
}

function addTo<K, V extends defined>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list === undefined) map.set(key, [value]);
	else if (!list.includes(value)) list.push(value);
}

function buildIndex(catalog: Catalog): CatalogIndex {
	const byMetric = new Map<string, AchievementDefinition[]>();
	const dependents = new Map<string, AchievementDefinition[]>();
	const levelGated = new Array<AchievementDefinition>();
	const resetOnPrestige = new Array<AchievementDefinition>();
	const categoryTotals = new Map<string, number>();
	for (const [, achievement] of catalog.achievements) {
		if (achievement.progression.reset_on_prestige) resetOnPrestige.push(achievement);
		if (achievement.status !== "active") continue;
		const category = achievement.display.category;
		categoryTotals.set(category, (categoryTotals.get(category) ?? 0) + 1);
		for (const condition of achievement.requirements.conditions) addTo(byMetric, condition.metric, achievement);
		for (const prerequisite of achievement.requirements.prerequisite_achievements) {
			addTo(dependents, prerequisite, achievement);
		}
		if (achievement.requirements.level_requirement > 0) levelGated.push(achievement);
	}
	const badgesByAchievement = new Map<string, BadgeDefinition[]>();
	const levelBadges = new Array<BadgeDefinition>();
	const collectionBadges = new Map<string, BadgeDefinition[]>();
	const collectionMembers = new Map<string, BadgeDefinition[]>();
	const randomBadges = new Array<BadgeDefinition>();
	const challengeBadges = new Array<BadgeDefinition>();
	for (const [, badge] of catalog.badges) {
		const acquisition = badge.acquisition;
		const method = acquisition.method;
		const achievementId = acquisition.requirements.achievement_id;
		if ((method === "achievement" || method === "milestone") && achievementId !== "") {
			addTo(badgesByAchievement, achievementId, badge);
		}
		if (method === "milestone" && acquisition.requirements.level > 0) levelBadges.push(badge);
		if (method === "collection") addTo(collectionBadges, badge.info.collection, badge);
		else if (badge.info.collection !== "") addTo(collectionMembers, badge.info.collection, badge);
		if (method === "random") randomBadges.push(badge);
		if (method === "challenge") challengeBadges.push(badge);
	}
	const questWatchers = new Map<string, ObjectiveWatch[]>();
	for (const [, quest] of catalog.quests) {
		quest.objectives.forEach((objective, index) =>
			addTo(questWatchers, objective.target.metric, { quest, objective: index }),
		);
	}
	const boardWatchers = new Map<string, LeaderboardDefinition[]>();
	for (const [, board] of catalog.leaderboards) {
		if (board.status !== "active") continue;
		const configuration = board.configuration;
		if (configuration.type !== "composite") addTo(boardWatchers, configuration.metric, board);
		for (const weight of configuration.calculation.weights) addTo(boardWatchers, weight.metric, board);
		const tie = configuration.calculation.tie_breaker;
		if (tie !== "earliest" && tie !== "latest") addTo(boardWatchers, tie, board);
	}
	levelBadges.sort((a, b) => a.acquisition.requirements.level < b.acquisition.requirements.level);
	return {
		byMetric,
		dependents,
		levelGated,
		resetOnPrestige,
		badgesByAchievement,
		levelBadges,
		collectionBadges,
		collectionMembers,
		randomBadges,
		challengeBadges,
		categoryTotals,
		questWatchers,
		boardWatchers,
	};
}

const indexes = new Map<Catalog, CatalogIndex>();

/** The index of a catalog, built on first use (catalogs are immutable once built). */
export function indexOf(catalog: Catalog): CatalogIndex {
	let index = indexes.get(catalog);
	if (index === undefined) {
		index = buildIndex(catalog);
		indexes.set(catalog, index);
	}
	return index;
}
