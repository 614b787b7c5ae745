import { GameSettings, LeaderboardDefinition } from "shared/catalog/types";
import { BoardEntry } from "./ranking";

/** How many students scored (above 0) on one group's period. */
export function scorers(ranked: readonly BoardEntry[]): number {
	let count = 0;
	for (const entry of ranked) if (entry.score > 0) count += 1;
	return count;
}

/**
 * Whether a group's period counts at its end (ranked for prizes, archived, prizes given). A class
 * board counts only when at least `min_class_size` students scored in that class this period: a
 * student alone in a private server they own is not a class, and must not win its prizes.
 */
export function groupCounts(
	board: LeaderboardDefinition,
	ranked: readonly BoardEntry[],
	settings: GameSettings,
): boolean {
	if (board.configuration.scope !== "class") return true;
	return scorers(ranked) >= settings.min_class_size;
}
