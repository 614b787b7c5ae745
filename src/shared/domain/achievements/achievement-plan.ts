import { AchievementCondition, AchievementDefinition, ComparisonOperator } from "shared/catalog/types";

/**
 * An achievement compiled, at catalog load, for one metric it watches: which of its conditions an
 * observation of that metric can move, and the facts of its definition the engine reads on every
 * observation, so that tracking one does no lookups or list scans that the catalog already answers.
 */
export interface AchievementPlan {
	readonly achievement: AchievementDefinition;
	readonly metric: string;
	/** Indices of the conditions that watch `metric`, in their listed order. */
	readonly conditions: readonly number[];
	/**
	 * The subject every one of those conditions is filtered to, or "" when one of them takes any
	 * subject (or they name different ones): an observation of another subject cannot move the plan.
	 */
	readonly subject: string;
	/** Works on one condition at a time, in the listed order (sequence logic or type). */
	readonly ordered: boolean;
	readonly tiered: boolean;
	/** Earned for good once its tier reaches this (tiered), or once earned unless stackable. */
	readonly tierCount: number;
	readonly stackable: boolean;
	/** Some condition of `metric` filters by subject, difficulty or time of day. */
	readonly filtered: boolean;
	/** A "within", daily or weekly window restarts the run when it closes (not time_limit or streak, which keep their own). */
	readonly restarts: boolean;
	/** Its progress is that of its one condition (a single, unordered condition). */
	readonly single: boolean;
	/**
	 * For a single condition that is not tiered, its target as a number (the list's size for a
	 * collection) and how it is compared, so its progress needs no look at the definition.
	 */
	readonly fixedTarget?: FixedTarget;
	/** Its time constraint has a window the first progress opens. */
	readonly timed: boolean;
	/** Milestones announced as progress passes them (never for a secret achievement). */
	readonly announces: boolean;
	readonly availableFrom: number;
	readonly availableUntil: number;
}

function isFiltered(condition: AchievementCondition): boolean {
	const context = condition.context;
	return context.subject !== "" || context.difficulty !== "" || context.time_frame !== "";
}

function commonSubject(achievement: AchievementDefinition, indices: readonly number[]): string {
	const conditions = achievement.requirements.conditions;
	const subject = conditions[indices[0]].context.subject;
	for (const index of indices) if (conditions[index].context.subject !== subject) return "";
	return subject;
}

export interface FixedTarget {
	readonly target: number;
	readonly operator: ComparisonOperator;
	/** unique and collection count the distinct keys seen; the others the count. */
	readonly countsSeen: boolean;
	/** A collection is met once every listed key is seen, whatever the operator. */
	readonly collection: boolean;
}

function fixedTargetOf(achievement: AchievementDefinition): FixedTarget | undefined {
	const requirements = achievement.requirements;
	if (requirements.conditions.size() !== 1 || achievement.progression.type === "tiered") return undefined;
	const condition = requirements.conditions[0];
	const value = condition.value;
	return {
		target: typeIs(value, "number") ? value : value.size(),
		operator: condition.operator,
		countsSeen: requirements.type === "unique" || requirements.type === "collection",
		collection: requirements.type === "collection",
	};
}

/** One plan per metric the achievement's conditions watch, in the order the metrics first appear. */
export function compilePlans(achievement: AchievementDefinition): AchievementPlan[] {
	const requirements = achievement.requirements;
	const byMetric = new Map<string, number[]>();
	const metrics = new Array<string>();
	requirements.conditions.forEach((condition, index) => {
		const indices = byMetric.get(condition.metric);
		if (indices === undefined) {
			byMetric.set(condition.metric, [index]);
			metrics.push(condition.metric);
		} else indices.push(index);
	});
	const constraint = requirements.time_constraint.type;
	const fixedTarget = fixedTargetOf(achievement);
	const ordered = requirements.logic === "sequence" || requirements.type === "sequence";
	return metrics.map((metric) => ({
		achievement,
		metric,
		conditions: byMetric.get(metric)!,
		subject: commonSubject(achievement, byMetric.get(metric)!),
		ordered,
		tiered: achievement.progression.type === "tiered",
		tierCount: achievement.progression.tiers.size(),
		stackable: achievement.metadata.stackable,
		filtered: byMetric.get(metric)!.some((index) => isFiltered(requirements.conditions[index])),
		restarts: constraint !== "" && requirements.type !== "time_limit" && requirements.type !== "streak",
		single: requirements.conditions.size() === 1 && !ordered,
		fixedTarget,
		timed: constraint !== "",
		announces: !achievement.metadata.secret && achievement.progression.milestones.size() > 0,
		availableFrom: achievement.metadata.available_from,
		availableUntil: achievement.metadata.available_until,
	}));
}
