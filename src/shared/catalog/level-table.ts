import { MAX_SAFE_INTEGER } from "shared/util/safe-integer";
import { ProgressionConfig } from "./types";

/**
 * The level curve of gamification-models.md's LevelProgression: going from level L to L+1 takes
 * floor(base_xp x growth_rate^(L-1)) XP (100, 150, 225, 337, 506, ... with the defaults).
 *
 * Soft cap: from level `soft_cap` on, each level takes `soft_cap_multiplier` times its curve XP
 * (2 by default: twice as slow).
 *
 * Precision: with the default curve a single level would need more than 2^53 XP past level 80, and
 * the sum to the hard cap far more. So that no XP total ever exceeds what a Luau number holds
 * exactly, one level never needs more than floor((2^53 - 1) / hard_cap) XP (90,071,992,547,409 for
 * a hard cap of 100): with the default curve and soft cap the requirement reaches that ceiling at
 * level 68 and stays flat up to the hard cap. No student gets near it: level 30 alone needs 12.8
 * million XP.
 */
export function buildLevelTable(config: ProgressionConfig): number[] {
	const ceiling = math.floor(MAX_SAFE_INTEGER / config.hard_cap);
	const levels = new Array<number>();
	for (let level = 1; level < config.hard_cap; level++) {
		let xp = math.floor(config.base_xp * math.pow(config.growth_rate, level - 1));
		if (level >= config.soft_cap) xp = math.floor(xp * config.soft_cap_multiplier);
		levels.push(math.clamp(xp, 1, ceiling));
	}
	return levels;
}
