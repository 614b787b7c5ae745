import { Catalog, LeaderboardDefinition, LeaderboardPeriod, LeaderboardScope } from "shared/catalog/types";

const SCOPE_ORDER: readonly LeaderboardScope[] = ["class", "school", "friends", "regional", "global"];
const SCOPE_LABELS: Readonly<Record<LeaderboardScope, string>> = {
	class: "My class",
	school: "School",
	friends: "Friends",
	regional: "Region",
	global: "Everyone",
};
const PERIOD_ORDER: readonly LeaderboardPeriod[] = ["daily", "weekly", "monthly", "seasonal", "all-time"];
const PERIOD_LABELS: Readonly<Record<LeaderboardPeriod, string>> = {
	daily: "Today",
	weekly: "This week",
	monthly: "This month",
	seasonal: "This term",
	"all-time": "All time",
};

/** The boards a student may open (unlisted ones are for teachers), grouped by scope then period. */
export function boardsByScope(
	catalog: Catalog,
): { scope: LeaderboardScope; label: string; boards: LeaderboardDefinition[] }[] {
	const result = new Array<{ scope: LeaderboardScope; label: string; boards: LeaderboardDefinition[] }>();
	for (const scope of SCOPE_ORDER) {
		const boards = new Array<LeaderboardDefinition>();
		for (const [, board] of catalog.leaderboards) {
			if (board.configuration.scope === scope && board.visibility !== "unlisted" && board.status !== "ended") {
				boards.push(board);
			}
		}
		if (boards.size() === 0) continue;
		boards.sort((a, b) => {
			const pa = PERIOD_ORDER.indexOf(a.configuration.period);
			const pb = PERIOD_ORDER.indexOf(b.configuration.period);
			return pa !== pb ? pa < pb : a.id < b.id;
		});
		result.push({ scope, label: SCOPE_LABELS[scope], boards });
	}
	return result;
}

/** A board's tab: its period, with the board's name when two boards of a scope share one. */
export function periodTabLabel(board: LeaderboardDefinition, siblings: readonly LeaderboardDefinition[]): string {
	const period = board.configuration.period;
	const shared = siblings.filter((other) => other.configuration.period === period).size() > 1;
	return shared ? `${PERIOD_LABELS[period]}: ${board.name}` : PERIOD_LABELS[period];
}
