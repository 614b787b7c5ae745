import { AchievementDefinition, Catalog } from "shared/catalog/types";
import { addTo } from "shared/util/multimap";
import { memoize } from "shared/util/memoize";
import { AchievementPlan, compilePlans } from "./achievement-plan";

/** The plans of one metric, by the subject of the observation offered to them. */
export interface MetricWatchers {
	/** For an observation without a subject (or of a subject no plan names): the plans that take any subject. */
	readonly anySubject: readonly AchievementPlan[];
	/** For an observation of a subject: the plans that take any subject and those filtered to it, in catalog order. */
	readonly bySubject: ReadonlyMap<string, readonly AchievementPlan[]>;
}

/**
 * Lookups built once per catalog, so an observation touches only the achievements that watch it,
 * never a scan of the whole catalog.
 */
export interface AchievementIndex {
	/**
	 * Tracked achievements (status active) compiled for each metric their conditions watch, by that
	 * metric and then by subject, so that an observation is offered only to plans it can move.
	 */
	readonly byMetric: ReadonlyMap<string, MetricWatchers>;
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

/**
 * Splits one metric's plans (in catalog order) by subject. Each list keeps catalog order, so the
 * plans an observation moves are visited in the same order as in the whole list: the effects of
 * one event come out in the same order whichever lists are used.
 */
function watchersOf(plans: readonly AchievementPlan[]): MetricWatchers {
	const subjects = new Set<string>();
	for (const plan of plans) if (plan.subject !== "") subjects.add(plan.subject);
	const bySubject = new Map<string, AchievementPlan[]>();
	for (const subject of subjects) {
		bySubject.set(
			subject,
			plans.filter((plan) => plan.subject === "" || plan.subject === subject),
		);
	}
	return { anySubject: plans.filter((plan) => plan.subject === ""), bySubject };
}

function buildIndex(catalog: Catalog): AchievementIndex {
	const plansByMetric = new Map<string, AchievementPlan[]>();
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
			addTo(plansByMetric, plan.metric, plan);
			plans.push(plan);
		}
		for (const prerequisite of achievement.requirements.prerequisite_achievements) {
			addTo(dependents, prerequisite, achievement);
		}
		if (achievement.requirements.level_requirement > 0) levelGated.push(achievement);
	}
	const byMetric = new Map<string, MetricWatchers>();
	for (const [metric, metricPlans] of plansByMetric) byMetric.set(metric, watchersOf(metricPlans));
	return { byMetric, plans, dependents, levelGated, resetOnPrestige, categoryTotals };
}

/** The achievement index of a catalog, built on first use (catalogs are immutable once built). */
export const achievementIndex: (catalog: Catalog) => AchievementIndex = memoize(buildIndex);

const NO_PLANS: readonly AchievementPlan[] = [];

/** The plans an observation of `metric` about `subject` can move, in catalog order. */
export function plansFor(index: AchievementIndex, metric: string, subject: string | undefined) {
	const watchers = index.byMetric.get(metric);
	if (watchers === undefined) return NO_PLANS;
	if (subject === undefined) return watchers.anySubject;
	return watchers.bySubject.get(subject) ?? watchers.anySubject;
}
