import { AchievementDefinition } from "shared/catalog/types";

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
	/** Its time constraint has a window the first progress opens. */
	readonly timed: boolean;
	/** Milestones announced as progress passes them (never for a secret achievement). */
	readonly announces: boolean;
	readonly availableFrom: number;
	readonly availableUntil: number;
}

function commonSubject(achievement: AchievementDefinition, indices: readonly number[]): string {
	const conditions = achievement.requirements.conditions;
	const subject = conditions[indices[0]].context.subject;
	for (const index of indices) if (conditions[index].context.subject !== subject) return "";
	return subject;
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
	return metrics.map((metric) => ({
		achievement,
		metric,
		conditions: byMetric.get(metric)!,
		subject: commonSubject(achievement, byMetric.get(metric)!),
		ordered: requirements.logic === "sequence" || requirements.type === "sequence",
		tiered: achievement.progression.type === "tiered",
		timed: requirements.time_constraint.type !== "",
		announces: !achievement.metadata.secret && achievement.progression.milestones.size() > 0,
		availableFrom: achievement.metadata.available_from,
		availableUntil: achievement.metadata.available_until,
	}));
}
