/** Reading the level table the catalog builds (catalog/level-table.ts): levels from XP and back. */

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
