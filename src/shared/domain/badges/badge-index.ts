import { BadgeDefinition, Catalog } from "shared/catalog/types";
import { addTo } from "shared/util/multimap";
import { memoize } from "shared/util/memoize";

/** Lookups built once per catalog, so a trigger touches only the badges it can award. */
export interface BadgeIndex {
	/** Badges given by earning an achievement ("achievement" and "milestone" methods), by its id. */
	readonly badgesByAchievement: ReadonlyMap<string, readonly BadgeDefinition[]>;
	/** "milestone" badges with a level requirement, lowest level first. */
	readonly levelBadges: readonly BadgeDefinition[];
	/** "collection" badges by the collection they complete. */
	readonly collectionBadges: ReadonlyMap<string, readonly BadgeDefinition[]>;
	/** The badges that make up each collection (every badge naming it, except the collection badges). */
	readonly collectionMembers: ReadonlyMap<string, readonly BadgeDefinition[]>;
	readonly randomBadges: readonly BadgeDefinition[];
	readonly challengeBadges: readonly BadgeDefinition[];
	/** Badges with a next badge to evolve into, by id (the order evolutions happen in). */
	readonly evolvingBadges: readonly BadgeDefinition[];
}

function buildIndex(catalog: Catalog): BadgeIndex {
	const badgesByAchievement = new Map<string, BadgeDefinition[]>();
	const levelBadges = new Array<BadgeDefinition>();
	const collectionBadges = new Map<string, BadgeDefinition[]>();
	const collectionMembers = new Map<string, BadgeDefinition[]>();
	const randomBadges = new Array<BadgeDefinition>();
	const challengeBadges = new Array<BadgeDefinition>();
	const evolvingBadges = new Array<BadgeDefinition>();
	for (const [, badge] of catalog.badges) {
		const acquisition = badge.acquisition;
		const method = acquisition.method;
		const achievementId = acquisition.requirements.achievement_id;
		if ((method === "achievement" || method === "milestone") && achievementId !== "") {
			addTo(badgesByAchievement, achievementId, badge);
		}
		if (method === "milestone" && acquisition.requirements.level > 0) levelBadges.push(badge);
		if (method === "collection") addTo(collectionBadges, badge.info.collection, badge);
		else if (badge.info.collection !== "") addTo(collectionMembers, badge.info.collection, badge);
		if (method === "random") randomBadges.push(badge);
		if (method === "challenge") challengeBadges.push(badge);
		if (badge.properties.evolution.next_badge_id !== "") evolvingBadges.push(badge);
	}
	evolvingBadges.sort((a, b) => a.id < b.id);
	levelBadges.sort((a, b) => a.acquisition.requirements.level < b.acquisition.requirements.level);
	return {
		badgesByAchievement,
		levelBadges,
		collectionBadges,
		collectionMembers,
		randomBadges,
		challengeBadges,
		evolvingBadges,
	};
}

/** The badge index of a catalog, built on first use (catalogs are immutable once built). */
export const badgeIndex: (catalog: Catalog) => BadgeIndex = memoize(buildIndex);
