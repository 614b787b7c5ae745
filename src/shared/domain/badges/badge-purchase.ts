import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { awardBadge } from "./badge-award";

/** Buys a badge sold for coins or gems ("purchase" method): requirements met, price paid, all or nothing. */
export function buyBadge(profile: PlayerProfile, badgeId: string, ctx: DomainContext, effects: Effect[]) {
	const badge = ctx.catalog.badges.get(badgeId);
	if (badge === undefined) return `unknown badge "${badgeId}"`;
	if (badge.acquisition.method !== "purchase") return `${badge.name} is not for sale`;
	return awardBadge(profile, badge, "purchase", { checkRequirements: true, pay: true }, ctx, effects);
}
