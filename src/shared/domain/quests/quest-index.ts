import { Catalog, QuestDefinition } from "shared/catalog/types";
import { addTo } from "shared/util/multimap";
import { memoize } from "shared/util/memoize";

/** One objective of one quest. */
export interface ObjectiveWatch {
	readonly quest: QuestDefinition;
	readonly objective: number;
}

function buildWatchers(catalog: Catalog): ReadonlyMap<string, readonly ObjectiveWatch[]> {
	const watchers = new Map<string, ObjectiveWatch[]>();
	for (const [, quest] of catalog.quests) {
		quest.objectives.forEach((objective, index) =>
			addTo(watchers, objective.target.metric, { quest, objective: index }),
		);
	}
	return watchers;
}

/**
 * Quest objectives by the metric they watch, built once per catalog (catalogs are immutable once
 * built), so an observation touches only the objectives that watch it.
 */
export const objectiveWatchers: (catalog: Catalog) => ReadonlyMap<string, readonly ObjectiveWatch[]> =
	memoize(buildWatchers);
