import { buildCatalog, CatalogData } from "./build-catalog";
import { DEFAULT_ACHIEVEMENTS } from "./default/achievements";
import { DEFAULT_ACTIVITIES } from "./default/activities";
import { DEFAULT_BADGES } from "./default/badges";
import { DEFAULT_METRICS } from "./default/metrics";
import { DEFAULT_LEADERBOARDS } from "./default/leaderboards";
import { DEFAULT_PROGRESSION } from "./default/progression";
import { DEFAULT_QUESTS } from "./default/quests";
import { DEFAULT_REWARDS } from "./default/shop";
import { Catalog } from "./types";

/** The content a classroom starts with. */
export const DEFAULT_CATALOG_DATA: CatalogData = {
	progression: DEFAULT_PROGRESSION,
	activities: DEFAULT_ACTIVITIES,
	metrics: DEFAULT_METRICS,
	rewards: DEFAULT_REWARDS,
	badges: DEFAULT_BADGES,
	achievements: DEFAULT_ACHIEVEMENTS,
	quests: DEFAULT_QUESTS,
	leaderboards: DEFAULT_LEADERBOARDS,
};

let defaultCatalog: Catalog | undefined;

/** The default catalog, validated once on first use. */
export function getDefaultCatalog(): Catalog {
	if (defaultCatalog === undefined) defaultCatalog = buildCatalog(DEFAULT_CATALOG_DATA);
	return defaultCatalog;
}
