import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { PlayerProfile } from "shared/domain/profile/player-profile";

/** Wears a badge the player owns, in one of the catalog's badge slots. */
export function equipBadge(profile: PlayerProfile, badgeId: string, ctx: DomainContext, effects: Effect[]) {
	const badge = ctx.catalog.badges.get(badgeId);
	if (badge === undefined) return `unknown badge "${badgeId}"`;
	if (profile.badges_owned[badgeId] === undefined) return `you do not have ${badge.name}`;
	const equipped = profile.badges.equipped;
	if (equipped.includes(badgeId)) return `${badge.name} is already equipped`;
	const slots = ctx.catalog.settings.badge_slots;
	if (equipped.size() >= slots) return `all ${slots} badge slots are in use: unequip one first`;
	equipped.push(badgeId);
	effects.push({ kind: "badge_equipped", badge_id: badgeId });
	return undefined;
}

export function unequipBadge(profile: PlayerProfile, badgeId: string, ctx: DomainContext, effects: Effect[]) {
	const badge = ctx.catalog.badges.get(badgeId);
	if (badge === undefined) return `unknown badge "${badgeId}"`;
	const slot = profile.badges.equipped.indexOf(badgeId);
	if (slot < 0) return `${badge.name} is not equipped`;
	profile.badges.equipped.remove(slot);
	effects.push({ kind: "badge_unequipped", badge_id: badgeId });
	return undefined;
}
