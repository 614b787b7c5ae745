import { ProgressionConfig } from "shared/catalog/types";
import { MAX_SAFE_INTEGER } from "shared/domain/numbers";

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

/** XP to go from `level` to `level + 1` (0 at the hard cap). */
export function xpForLevel(levels: readonly number[], level: number): number {
	return level >= 1 && level <= levels.size() ? levels[level - 1] : 0;
}

export interface LevelState {
	readonly level: number;
	/** XP earned inside the current level. */
	readonly current_level_xp: number;
	/** XP the current level takes in all (0 at the hard cap). */
	readonly next_level_xp: number;
	/** 0..100, two decimals, rounded down. */
	readonly progress_percentage: number;
}

/** The level reached with `xp` (XP since the last prestige), and the progress inside it. */
export function levelFromXp(levels: readonly number[], xp: number): LevelState {
	let level = 1;
	let remaining = xp;
	while (level <= levels.size() && remaining >= levels[level - 1]) {
		remaining -= levels[level - 1];
		level += 1;
	}
	const nextXp = xpForLevel(levels, level);
	const percentage = nextXp === 0 ? 100 : math.floor((remaining / nextXp) * 10000) / 100;
	return { level, current_level_xp: remaining, next_level_xp: nextXp, progress_percentage: percentage };
}

/** Total XP (since the last prestige) needed to reach `level`. */
export function xpToReach(levels: readonly number[], level: number): number {
	let total = 0;
	for (let l = 1; l < level && l <= levels.size(); l++) total += levels[l - 1];
	return total;
}
