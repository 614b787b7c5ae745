import { PUBLIC_CATALOG_DATA } from "shared/catalog";
import { buildCatalog, CatalogData } from "shared/catalog/build-catalog";
import { fail } from "shared/catalog/fields";
import { Catalog } from "shared/catalog/types";
import { SECRET_ACHIEVEMENTS, SECRET_QUEST_REQUIREMENTS } from "./secret-achievements";

type RawQuest = { id: string; requirements?: { achievements?: readonly string[] } };

function withSecretRequirements(quests: readonly RawQuest[]): RawQuest[] {
	const known = new Set<string>();
	const result = quests.map((quest) => {
		known.add(quest.id);
		const extra = SECRET_QUEST_REQUIREMENTS[quest.id];
		if (extra === undefined) return quest;
		const requirements = quest.requirements ?? {};
		return {
			...quest,
			requirements: { ...requirements, achievements: [...(requirements.achievements ?? []), ...extra] },
		};
	});
	for (const [questId] of pairs(SECRET_QUEST_REQUIREMENTS)) {
		if (!known.has(questId as string))
			fail(`server/catalog: no quest "${questId}" to require a secret achievement`);
	}
	return result;
}

/**
 * The default catalog as the server plays it: the replicated content (shared/catalog) with the
 * secret achievements and the requirements that name them. The public data is not changed.
 */
export const SERVER_CATALOG_DATA: CatalogData = {
	...PUBLIC_CATALOG_DATA,
	achievements: [...(PUBLIC_CATALOG_DATA.achievements as readonly unknown[]), ...SECRET_ACHIEVEMENTS],
	quests: withSecretRequirements(PUBLIC_CATALOG_DATA.quests as readonly RawQuest[]),
};

let serverCatalog: Catalog | undefined;

/** The game's catalog, validated once on first use: the server's, the scenario runner's and the tools'. */
export function getServerCatalog(): Catalog {
	if (serverCatalog === undefined) serverCatalog = buildCatalog(SERVER_CATALOG_DATA);
	return serverCatalog;
}
