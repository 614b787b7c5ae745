import { BadgeDefinition, Catalog } from "shared/catalog/types";
import { DomainContext } from "shared/domain/context";
import { spend } from "shared/domain/economy/currency";
import { countItem, removeItem } from "shared/domain/economy/inventory";
import { Effect } from "shared/domain/effects";
import { PlayerProfile, Rarity } from "shared/domain/profile/player-profile";
import { achievementAsNamed, hasCompleted, hasEarned } from "shared/domain/profile/progress-queries";
import { badgeIndex } from "./badge-index";

export function copiesOwned(profile: PlayerProfile, badgeId: string): number {
	return profile.badges_owned[badgeId]?.quantity ?? 0;
}

/** The first requirement the player does not meet for (another copy of) the badge. */
type Unmet = "held" | "level" | "achievement" | "quest" | "items";

/**
 * Which requirement stops the player getting the badge now, or undefined when they can. No text:
 * the random badges ask this of every one of them on every activity.
 */
function unmetRequirement(profile: PlayerProfile, badge: BadgeDefinition): Unmet | undefined {
	const acquisition = badge.acquisition;
	if (copiesOwned(profile, badge.id) >= acquisition.max_quantity) return "held";
	const requirements = acquisition.requirements;
	if (profile.experience.level < requirements.level) return "level";
	if (requirements.achievement_id !== "" && !hasEarned(profile, requirements.achievement_id)) return "achievement";
	for (const questId of requirements.quests) if (!hasCompleted(profile, questId)) return "quest";
	for (const item of requirements.items_needed) if (countItem(profile, item.item_id) < item.quantity) return "items";
	return undefined;
}

/** Whether the player can get (another copy of) the badge now. */
export function canGet(profile: PlayerProfile, badge: BadgeDefinition): boolean {
	return unmetRequirement(profile, badge) === undefined;
}

/** Why the player cannot get (another copy of) the badge now, or undefined when they can. */
export function whyNot(profile: PlayerProfile, badge: BadgeDefinition, catalog: Catalog): string | undefined {
	const acquisition = badge.acquisition;
	const requirements = acquisition.requirements;
	switch (unmetRequirement(profile, badge)) {
		case undefined:
			return undefined;
		case "held":
			return acquisition.max_quantity === 1
				? `you already have ${badge.name}`
				: `you already have ${acquisition.max_quantity} ${badge.name} (the most one player can hold)`;
		case "level":
			return `${badge.name} needs level ${requirements.level}`;
		case "achievement":
			return `${badge.name} needs ${achievementAsNamed(catalog, requirements.achievement_id)}`;
		case "quest": {
			const questId = requirements.quests.find((id) => !hasCompleted(profile, id))!;
			return `${badge.name} needs the quest "${questId}" completed`;
		}
		case "items": {
			const item = requirements.items_needed.find(
				(needed) => countItem(profile, needed.item_id) < needed.quantity,
			)!;
			return `${badge.name} needs ${item.quantity} ${item.item_id}`;
		}
	}
}

/** Recomputes the profile's progress on one badge collection. */
function updateCollection(profile: PlayerProfile, catalog: Catalog, collection: string) {
	if (collection === "") return;
	const members = badgeIndex(catalog).collectionMembers.get(collection) ?? [];
	if (members.size() === 0) return;
	let owned = 0;
	for (const member of members) if (copiesOwned(profile, member.id) > 0) owned += 1;
	const progress = math.floor((owned / members.size()) * 10000) / 100;
	const entries = profile.badges.collections;
	const entry = entries.find((e) => e.collection_id === collection);
	if (entry === undefined) entries.push({ collection_id: collection, progress, completed: progress >= 100 });
	else {
		entry.progress = progress;
		entry.completed = progress >= 100;
	}
}

export interface AwardOptions {
	/** Check level, achievement and items requirements (not for gifts, evolutions and teacher grants of event badges). */
	readonly checkRequirements: boolean;
	/** Pay requirements.cost (purchases). */
	readonly pay: boolean;
}

/**
 * Gives the player one copy of a badge, all or nothing: within max_quantity, requirements met,
 * items_needed used up, the cost paid. Updates total_earned, rarity_counts (distinct badges of each
 * rarity) and the badge's collection.
 */
export function awardBadge(
	profile: PlayerProfile,
	badge: BadgeDefinition,
	source: string,
	options: AwardOptions,
	ctx: DomainContext,
	effects: Effect[],
): string | undefined {
	if (options.checkRequirements) {
		const refusal = whyNot(profile, badge, ctx.catalog);
		if (refusal !== undefined) return refusal;
	} else if (copiesOwned(profile, badge.id) >= badge.acquisition.max_quantity) {
		return `${profile.profile.display_name !== "" ? profile.profile.display_name : "the player"} already has ${badge.name}`;
	}
	const requirements = badge.acquisition.requirements;
	if (options.pay) {
		const unpaid = spend(profile, requirements.cost, badge.id, ctx.now, effects);
		if (unpaid !== undefined) return unpaid;
	}
	if (options.checkRequirements) {
		for (const item of requirements.items_needed) {
			const refused = removeItem(profile, item.item_id, item.quantity, `badge ${badge.id}`, effects);
			if (refused !== undefined) return refused;
		}
	}
	const owned = profile.badges_owned[badge.id];
	const firstCopy = owned === undefined;
	if (owned === undefined) profile.badges_owned[badge.id] = { quantity: 1, earned_at: ctx.now, source };
	else owned.quantity += 1;
	const badges = profile.badges;
	badges.total_earned += 1;
	const rarity = badge.properties.rarity as Rarity;
	if (firstCopy) badges.rarity_counts[rarity] += 1;
	updateCollection(profile, ctx.catalog, badge.info.collection);
	effects.push({ kind: "badge_awarded", badge_id: badge.id, rarity, source, first_copy: firstCopy });
	return undefined;
}

/** Takes one copy away (a trade, an evolution); the last copy is also unequipped. */
export function removeBadge(
	profile: PlayerProfile,
	badge: BadgeDefinition,
	reason: string,
	ctx: DomainContext,
	effects: Effect[],
) {
	const owned = profile.badges_owned[badge.id];
	if (owned === undefined) return;
	owned.quantity -= 1;
	if (owned.quantity <= 0) {
		delete profile.badges_owned[badge.id];
		const badges = profile.badges;
		badges.rarity_counts[badge.properties.rarity as Rarity] = math.max(
			0,
			badges.rarity_counts[badge.properties.rarity as Rarity] - 1,
		);
		const slot = badges.equipped.indexOf(badge.id);
		if (slot >= 0) {
			badges.equipped.remove(slot);
			effects.push({ kind: "badge_unequipped", badge_id: badge.id });
		}
		updateCollection(profile, ctx.catalog, badge.info.collection);
	}
	effects.push({ kind: "badge_removed", badge_id: badge.id, reason });
}
