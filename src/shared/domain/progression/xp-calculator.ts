import { MAX_SAFE_INTEGER } from "shared/util/safe-integer";
import { clampFinite } from "shared/domain/numbers";
import { ActivityPerformance } from "shared/domain/events";

/** The seed's performance multipliers (gamification-models.md, XPCalculator). */
export const PERFECT_MULTIPLIER = 1.5;
export const FAST_MULTIPLIER = 1.2;
export const FAST_THRESHOLD = 0.5;
export const FIRST_TRY_MULTIPLIER = 1.1;
export const STREAK_STEP = 0.05;
export const STREAK_MULTIPLIER_CAP = 2.0;

export interface XpCalculation {
	readonly amount: number;
	readonly base: number;
	/** The arithmetic mean of the performance multipliers. */
	readonly multiplier: number;
	/** The active boost the result was multiplied by. */
	readonly boost: number;
}

/** Whether the activity was done fast enough for the seed's speed bonus: in under half the expected time. */
export function wasFast(performance: ActivityPerformance): boolean {
	return performance.time < performance.expected_time * FAST_THRESHOLD;
}

/**
 * XP for an activity, exactly as the seed's XPCalculator: 1.5 for perfect, 1.2 when done in under
 * half the expected time, 1.1 for a first try, and the streak multiplier min(1 + 0.05 x streak, 2.0)
 * always; their arithmetic mean, times the active boost, floored. Without `speedBonus` (answers
 * came faster than they can be read: fair play), the 1.2 is left out of the mean, as if not fast.
 */
export function calculateXp(
	baseXp: number,
	performance: ActivityPerformance,
	streak: number,
	boost: number,
	speedBonus = true,
): XpCalculation {
	const multipliers = new Array<number>();
	if (performance.perfect) multipliers.push(PERFECT_MULTIPLIER);
	if (speedBonus && wasFast(performance)) multipliers.push(FAST_MULTIPLIER);
	if (performance.first_try) multipliers.push(FIRST_TRY_MULTIPLIER);
	multipliers.push(math.min(1 + streak * STREAK_STEP, STREAK_MULTIPLIER_CAP));
	let sum = 0;
	for (const m of multipliers) sum += m;
	const multiplier = sum / multipliers.size();
	// held at 2^53 - 1, like every total it is added to (gainXp reports what does not fit)
	const amount = clampFinite(math.floor(baseXp * multiplier * boost), 0, MAX_SAFE_INTEGER);
	return { amount, base: baseXp, multiplier, boost };
}
