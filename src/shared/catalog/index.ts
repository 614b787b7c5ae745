import { buildCatalog, CatalogData } from "./build-catalog";
import { DEFAULT_ACHIEVEMENTS } from "./default/achievements";
import { DEFAULT_ACTIVITIES } from "./default/activities";
import { DEFAULT_BADGES } from "./default/badges";
import { DEFAULT_METRICS } from "./default/metrics";
import { DEFAULT_LEADERBOARDS } from "./default/leaderboards";
import { DEFAULT_PROGRESSION } from "./default/progression";
import { DEFAULT_QUESTS } from "./default/quests";
import { DEFAULT_REWARDS } from "./default/shop";
import { fail } from "./fields";
import { Catalog } from "./types";

/**
 * The content a classroom starts with, as every client may read it (it lives in ReplicatedStorage):
 * everything but the secret achievements, which the server adds (server/catalog/server-catalog.ts).
 * Nothing in it names a secret achievement, so it validates on its own.
 */
export const PUBLIC_CATALOG_DATA: CatalogData = {
	progression: DEFAULT_PROGRESSION,
	activities: DEFAULT_ACTIVITIES,
	metrics: DEFAULT_METRICS,
	rewards: DEFAULT_REWARDS,
	badges: DEFAULT_BADGES,
	achievements: DEFAULT_ACHIEVEMENTS,
	quests: DEFAULT_QUESTS,
	leaderboards: DEFAULT_LEADERBOARDS,
};

/**
 * Builds catalog data that replicates to clients: validated like any catalog, and refused when it
 * holds a secret achievement (those belong in server/catalog/secret-achievements.ts).
 */
export function buildPublicCatalog(data: CatalogData): Catalog {
	const catalog = buildCatalog(data);
	for (const [id, achievement] of catalog.achievements) {
		if (achievement.metadata.secret) {
			fail(
				`catalog.achievements ("${id}"): a secret achievement belongs in server/catalog/secret-achievements.ts, not in the replicated catalog`,
			);
		}
	}
	return catalog;
}

let publicCatalog: Catalog | undefined;

/**
 * The replicated part of the default catalog, validated once on first use: the text a client may
 * show and the rules that are not secret. The game's rules are the server's catalog
 * (getServerCatalog), which adds the secret achievements.
 */
export function getPublicCatalog(): Catalog {
	if (publicCatalog === undefined) publicCatalog = buildPublicCatalog(PUBLIC_CATALOG_DATA);
	return publicCatalog;
}
