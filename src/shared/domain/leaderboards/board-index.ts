import { Catalog, LeaderboardDefinition } from "shared/catalog/types";
import { addTo } from "shared/util/multimap";
import { memoize } from "shared/util/memoize";

function buildWatchers(catalog: Catalog): ReadonlyMap<string, readonly LeaderboardDefinition[]> {
	const watchers = new Map<string, LeaderboardDefinition[]>();
	for (const [, board] of catalog.leaderboards) {
		if (board.status !== "active") continue;
		const configuration = board.configuration;
		if (configuration.type !== "composite") addTo(watchers, configuration.metric, board);
		for (const weight of configuration.calculation.weights) addTo(watchers, weight.metric, board);
		const tie = configuration.calculation.tie_breaker;
		if (tie !== "earliest" && tie !== "latest") addTo(watchers, tie, board);
	}
	return watchers;
}

/**
 * Active leaderboards by every metric that moves their score or tie-breaker, built once per
 * catalog (catalogs are immutable once built), so an observation touches only the boards it moves.
 */
export const boardWatchers: (catalog: Catalog) => ReadonlyMap<string, readonly LeaderboardDefinition[]> =
	memoize(buildWatchers);
