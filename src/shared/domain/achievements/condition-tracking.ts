import { AchievementCondition, AchievementDefinition, ComparisonOperator, TimeFrame } from "shared/catalog/types";
import { saturatingAdd, utcDay, utcWeek } from "shared/domain/numbers";
import { AchievementProgress, ConditionProgress } from "shared/domain/profile/player-profile";
import { Observation } from "shared/domain/observations/observation";
import { FixedTarget } from "./achievement-plan";

/** Distinct values a `unique` condition remembers at most (its target is usually far lower). */
const MAX_SEEN = 1000;

export function compare(measure: number, operator: ComparisonOperator, target: number): boolean {
	switch (operator) {
		case ">=":
			return measure >= target;
		case ">":
			return measure > target;
		case "==":
			return measure === target;
		case "!=":
			return measure !== target;
		case "<=":
			return measure <= target;
		case "<":
			return measure < target;
	}
}

/** morning 05-12, afternoon 12-17, evening 17-22, night 22-05 (UTC); weekday Monday-Friday. */
export function inTimeFrame(frame: TimeFrame, now: number): boolean {
	if (frame === "") return true;
	const hour = math.floor((now % 86400) / 3600);
	const weekday = (utcDay(now) + 3) % 7; // 0 = Monday
	switch (frame) {
		case "morning":
			return hour >= 5 && hour < 12;
		case "afternoon":
			return hour >= 12 && hour < 17;
		case "evening":
			return hour >= 17 && hour < 22;
		case "night":
			return hour >= 22 || hour < 5;
		case "weekday":
			return weekday < 5;
		case "weekend":
			return weekday >= 5;
	}
}

/** Whether an observation counts for a condition: same metric, and every context filter matches. */
export function matches(condition: AchievementCondition, observation: Observation, now: number): boolean {
	return condition.metric === observation.metric && matchesContext(condition, observation, now);
}

/** Whether every context filter of a condition matches (its metric is known to be the observation's). */
export function matchesContext(condition: AchievementCondition, observation: Observation, now: number): boolean {
	const context = condition.context;
	if (context.subject !== "" && context.subject !== observation.subject) return false;
	if (context.difficulty !== "" && context.difficulty !== observation.difficulty) return false;
	return inTimeFrame(context.time_frame, now);
}

export function newConditionProgress(): ConditionProgress {
	return { count: 0, seen: [], times: [], last_period: 0 };
}

export function newAchievementProgress(achievement: AchievementDefinition, now: number): AchievementProgress {
	return {
		conditions: achievement.requirements.conditions.map(() => newConditionProgress()),
		step: 0,
		window_start: 0,
		tier: 0,
		earned_count: 0,
		first_progress_at: now,
		earned_at: 0,
		milestones: 0,
		progress: 0,
	};
}

/** The target of a condition: the current tier's requirement for tiered achievements. */
export function targetOf(achievement: AchievementDefinition, index: number, state: AchievementProgress): number {
	const condition = achievement.requirements.conditions[index];
	if (typeIs(condition.value, "table")) return (condition.value as string[]).size();
	const tiers = achievement.progression.tiers;
	if (achievement.progression.type === "tiered" && state.tier < tiers.size()) return tiers[state.tier].requirement;
	return condition.value as number;
}

/** What a condition has reached, in the unit of its target. */
export function measureOf(achievement: AchievementDefinition, progress: ConditionProgress): number {
	const requirementType = achievement.requirements.type;
	return requirementType === "unique" || requirementType === "collection" ? progress.seen.size() : progress.count;
}

export function conditionMet(achievement: AchievementDefinition, index: number, state: AchievementProgress): boolean {
	const condition = achievement.requirements.conditions[index];
	const measure = measureOf(achievement, state.conditions[index]);
	const target = targetOf(achievement, index, state);
	if (achievement.requirements.type === "collection") return measure >= target;
	return compare(measure, condition.operator, target);
}

/** 0..1: how far a condition is towards its target (all or nothing for operators that do not count up). */
export function conditionFraction(achievement: AchievementDefinition, index: number, state: AchievementProgress) {
	// conditionMet inlined: the measure and the target are read once (this runs on every tracked observation)
	const operator = achievement.requirements.conditions[index].operator;
	const collection = achievement.requirements.type === "collection";
	const measure = measureOf(achievement, state.conditions[index]);
	const target = targetOf(achievement, index, state);
	if (collection ? measure >= target : compare(measure, operator, target)) return 1;
	if (operator !== ">=" && operator !== ">" && !collection) return 0;
	if (target <= 0) return 0;
	return math.clamp(measure / target, 0, 1);
}

/** Applies one matching observation to one condition, by the achievement's requirement type. */
export function applyObservation(
	achievement: AchievementDefinition,
	index: number,
	progress: ConditionProgress,
	observation: Observation,
	now: number,
) {
	const requirements = achievement.requirements;
	const condition = requirements.conditions[index];
	switch (requirements.type) {
		case "counter":
		case "sequence":
			progress.count = saturatingAdd(progress.count, math.max(0, observation.value));
			break;
		case "threshold":
			progress.count = observation.value;
			break;
		case "collection": {
			const key = observation.key;
			if (key !== undefined && (condition.value as string[]).includes(key) && !progress.seen.includes(key)) {
				progress.seen.push(key);
			}
			break;
		}
		case "unique": {
			const key = observation.key;
			if (key !== undefined && !progress.seen.includes(key) && progress.seen.size() < MAX_SEEN) {
				progress.seen.push(key);
			}
			break;
		}
		case "perfect":
			// consecutive perfect results: an imperfect one starts the count again
			if (observation.perfect === true) progress.count += 1;
			else if (observation.perfect === false) progress.count = 0;
			break;
		case "streak": {
			const period = requirements.time_constraint.type === "weekly" ? utcWeek(now) : utcDay(now);
			if (progress.count > 0 && progress.last_period === period) break;
			progress.count = progress.count > 0 && progress.last_period === period - 1 ? progress.count + 1 : 1;
			progress.last_period = period;
			break;
		}
		case "time_limit": {
			const window = requirements.time_constraint.duration * 60;
			progress.times.push(now);
			const kept = progress.times.filter((time) => time > now - window);
			// the newest `value + 1` times are enough to compare with any operator
			const limit = math.max(1, math.ceil(condition.value as number) + 1);
			while (kept.size() > limit) kept.remove(0);
			progress.times = kept;
			progress.count = kept.size();
			break;
		}
	}
}

/** Whether the requirement as a whole is met, by its logic. */
export function requirementMet(achievement: AchievementDefinition, state: AchievementProgress): boolean {
	const conditions = achievement.requirements.conditions;
	if (isOrdered(achievement)) return state.step >= conditions.size();
	if (achievement.requirements.logic === "any") {
		for (let i = 0; i < conditions.size(); i++) if (conditionMet(achievement, i, state)) return true;
		return false;
	}
	for (let i = 0; i < conditions.size(); i++) if (!conditionMet(achievement, i, state)) return false;
	return true;
}

/** Ordered requirements work on one condition at a time, in the listed order. */
export function isOrdered(achievement: AchievementDefinition): boolean {
	return achievement.requirements.logic === "sequence" || achievement.requirements.type === "sequence";
}

/**
 * progressPercentage of an achievement with one unordered condition: that condition's fraction
 * alone, as conditionFraction works it out, from the target its plan fixed when it has one (every
 * observation of a single-condition achievement ends here).
 */
export function conditionPercentage(
	achievement: AchievementDefinition,
	state: AchievementProgress,
	fixed: FixedTarget | undefined,
): number {
	if (fixed === undefined)
		return math.floor(math.clamp(conditionFraction(achievement, 0, state), 0, 1) * 10000) / 100;
	const progress = state.conditions[0];
	const measure = fixed.countsSeen ? progress.seen.size() : progress.count;
	const target = fixed.target;
	const operator = fixed.operator;
	let fraction: number;
	if (fixed.collection ? measure >= target : compare(measure, operator, target)) fraction = 1;
	else if ((operator !== ">=" && operator !== ">" && !fixed.collection) || target <= 0) fraction = 0;
	else fraction = math.clamp(measure / target, 0, 1);
	return math.floor(fraction * 10000) / 100;
}

/** 0..100 towards the next award, two decimals, rounded down. */
export function progressPercentage(achievement: AchievementDefinition, state: AchievementProgress): number {
	const conditions = achievement.requirements.conditions;
	let fraction: number;
	if (isOrdered(achievement)) {
		const current = state.step < conditions.size() ? conditionFraction(achievement, state.step, state) : 0;
		fraction = (state.step + current) / conditions.size();
	} else if (achievement.requirements.logic === "any") {
		fraction = 0;
		for (let i = 0; i < conditions.size(); i++)
			fraction = math.max(fraction, conditionFraction(achievement, i, state));
	} else {
		let sum = 0;
		for (let i = 0; i < conditions.size(); i++) sum += conditionFraction(achievement, i, state);
		fraction = sum / conditions.size();
	}
	return math.floor(math.clamp(fraction, 0, 1) * 10000) / 100;
}
