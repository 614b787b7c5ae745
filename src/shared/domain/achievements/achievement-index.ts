import { AchievementDefinition, Catalog } from "shared/catalog/types";
import { addTo } from "shared/util/multimap";
import { memoize } from "shared/util/memoize";
import { AchievementPlan, compilePlans } from "./achievement-plan";

/**
 * Lookups built once per catalog, so an observation touches only the achievements that watch it,
 * never a scan of the whole catalog.
 */
export interface AchievementIndex {
	/** Tracked achievements (status active) compiled for each metric their conditions watch, by that metric. */
	readonly byMetric: ReadonlyMap<string, readonly AchievementPlan[]>;
	/** Every plan of `byMetric`, in catalog order: the benchmark's naive scan goes through them all. */
	readonly plans: readonly AchievementPlan[];
	/** Achievements that list an achievement as a prerequisite, by that achievement's id. */
	readonly dependents: ReadonlyMap<string, readonly AchievementDefinition[]>;
	/** Tracked achievements with a level requirement, re-checked when the level goes up. */
	readonly levelGated: readonly AchievementDefinition[];
	readonly resetOnPrestige: readonly AchievementDefinition[];
	/** Achievements per category, for the profile's category progress. */
	readonly categoryTotals: ReadonlyMap<string, number>;
}

function buildIndex(catalog: Catalog): AchievementIndex {
	const byMetric = new Map<string, AchievementPlan[]>();
	const plans = new Array<AchievementPlan>();
	const dependents = new Map<string, AchievementDefinition[]>();
	const levelGated = new Array<AchievementDefinition>();
	const resetOnPrestige = new Array<AchievementDefinition>();
	const categoryTotals = new Map<string, number>();
	for (const [, achievement] of catalog.achievements) {
		if (achievement.progression.reset_on_prestige) resetOnPrestige.push(achievement);
		if (achievement.status !== "active") continue;
		const category = achievement.display.category;
		categoryTotals.set(category, (categoryTotals.get(category) ?? 0) + 1);
		for (const plan of compilePlans(achievement)) {
			addTo(byMetric, plan.metric, plan);
			plans.push(plan);
		}
		for (const prerequisite of achievement.requirements.prerequisite_achievements) {
			addTo(dependents, prerequisite, achievement);
		}
		if (achievement.requirements.level_requirement > 0) levelGated.push(achievement);
	}
	return { byMetric, plans, dependents, levelGated, resetOnPrestige, categoryTotals };
}

/** The achievement index of a catalog, built on first use (catalogs are immutable once built). */
export const achievementIndex: (catalog: Catalog) => AchievementIndex = memoize(buildIndex);
