import { BadgeDefinition, Catalog } from "shared/catalog/types";

/** A collection of badges: the badges in its order, and how many the student owns. */
export interface BadgeCollection {
	readonly name: string;
	readonly badges: readonly BadgeDefinition[];
	readonly owned: number;
}

function byPosition(a: BadgeDefinition, b: BadgeDefinition): boolean {
	return a.info.collection_position < b.info.collection_position;
}

/** The catalog's badge collections, named, with the student's count in each. */
export function badgeCollections(catalog: Catalog, owned: Readonly<Record<string, number>>): BadgeCollection[] {
	const groups = new Map<string, BadgeDefinition[]>();
	for (const [, badge] of catalog.badges) {
		if (badge.info.collection === "") continue;
		const list = groups.get(badge.info.collection) ?? [];
		list.push(badge);
		groups.set(badge.info.collection, list);
	}
	const result = new Array<BadgeCollection>();
	for (const [name, badges] of groups) {
		badges.sort(byPosition);
		result.push({ name, badges, owned: badges.filter((badge) => (owned[badge.id] ?? 0) > 0).size() });
	}
	result.sort((a, b) => a.name < b.name);
	return result;
}

/** A set bonus's progress: how many of its badges are equipped, of how many. */
export function setBonusProgress(badge: BadgeDefinition, equipped: readonly string[]) {
	const required = badge.properties.set_bonus.required_badges;
	return { equipped: required.filter((id) => equipped.includes(id)).size(), required: required.size() };
}

/** "+10% XP", "+2 coins": what a bonus gives. */
export function bonusText(bonus: { stat: string; value: number; type: string }): string {
	return bonus.type === "percentage" ? `+${bonus.value}% ${bonus.stat.upper()}` : `+${bonus.value} ${bonus.stat}`;
}
