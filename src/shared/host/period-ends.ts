import { Catalog, LeaderboardDefinition } from "shared/catalog/types";
import { periodEnd, periodKey } from "shared/domain";

/** The next end after `after` of any active board's period; undefined when none is coming. */
export function nextPeriodEnd(catalog: Catalog, after: number): number | undefined {
	let soonest: number | undefined;
	for (const [, board] of catalog.leaderboards) {
		if (board.status !== "active") continue;
		const ends = periodEnd(board, after);
		if (ends > after && (soonest === undefined || ends < soonest)) soonest = ends;
	}
	return soonest;
}

/** The active boards whose period ends exactly at `time`, each with the period that ends. */
export function periodsEndingAt(catalog: Catalog, time: number): { board: LeaderboardDefinition; period: string }[] {
	const ending = new Array<{ board: LeaderboardDefinition; period: string }>();
	for (const [, board] of catalog.leaderboards) {
		if (board.status !== "active" || periodEnd(board, time - 1) !== time) continue;
		const period = periodKey(board, time - 1);
		if (period !== undefined) ending.push({ board, period });
	}
	return ending;
}
