import { BadgeDefinition } from "shared/catalog/types";
import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { hasEarned } from "shared/domain/profile/progress-queries";
import { awardBadge, canGet, copiesOwned, removeBadge } from "./badge-award";
import { badgeIndex } from "./badge-index";

/** Awards the badge when the player qualifies now; automatic awards never fail an event. */
function awardIfEligible(
	profile: PlayerProfile,
	badge: BadgeDefinition,
	source: string,
	ctx: DomainContext,
	effects: Effect[],
) {
	if (canGet(profile, badge)) {
		awardBadge(profile, badge, source, { checkRequirements: true, pay: false }, ctx, effects);
	}
}

/** "achievement" and "milestone" badges of an achievement just earned. */
export function onAchievementEarned(
	profile: PlayerProfile,
	achievementId: string,
	ctx: DomainContext,
	effects: Effect[],
) {
	for (const badge of badgeIndex(ctx.catalog).badgesByAchievement.get(achievementId) ?? []) {
		awardIfEligible(profile, badge, badge.acquisition.method, ctx, effects);
	}
}

/** "milestone" badges of the level reached. */
export function onLevelReached(profile: PlayerProfile, level: number, ctx: DomainContext, effects: Effect[]) {
	for (const badge of badgeIndex(ctx.catalog).levelBadges) {
		if (badge.acquisition.requirements.level > level) break;
		awardIfEligible(profile, badge, "milestone", ctx, effects);
	}
}

/** A "collection" badge once the player owns every badge of its collection. */
export function onBadgeAwarded(profile: PlayerProfile, badgeId: string, ctx: DomainContext, effects: Effect[]) {
	const badge = ctx.catalog.badges.get(badgeId);
	if (badge === undefined || badge.info.collection === "") return;
	const index = badgeIndex(ctx.catalog);
	const collection = badge.info.collection;
	const members = index.collectionMembers.get(collection) ?? [];
	if (!members.every((member) => copiesOwned(profile, member.id) > 0)) return;
	for (const reward of index.collectionBadges.get(collection) ?? []) {
		awardIfEligible(profile, reward, "collection", ctx, effects);
	}
}

/** "random" badges: each completed activity rolls each badge's drop_rate (seeded RNG). */
export function onActivityCompleted(profile: PlayerProfile, ctx: DomainContext, effects: Effect[]) {
	for (const badge of badgeIndex(ctx.catalog).randomBadges) {
		if (!canGet(profile, badge)) continue;
		if (ctx.rng.chance(badge.acquisition.drop_rate)) {
			awardBadge(profile, badge, "random", { checkRequirements: true, pay: false }, ctx, effects);
		}
	}
}

/** "challenge" badges: a won challenge (a challenges_won metric) earns each one the player qualifies for. */
export function onChallengeWon(profile: PlayerProfile, ctx: DomainContext, effects: Effect[]) {
	for (const badge of badgeIndex(ctx.catalog).challengeBadges)
		awardIfEligible(profile, badge, "challenge", ctx, effects);
}

function evolutionReady(
	profile: PlayerProfile,
	badge: BadgeDefinition,
	ctx: DomainContext,
): BadgeDefinition | undefined {
	const evolution = badge.properties.evolution;
	if (evolution.next_badge_id === "") return undefined;
	const nextBadge = ctx.catalog.badges.get(evolution.next_badge_id)!;
	const requirements = evolution.requirements;
	if (profile.experience.level < requirements.level) return undefined;
	if (profile.stats.activities_completed < requirements.activities) return undefined;
	if (!requirements.achievements.every((id) => hasEarned(profile, id))) return undefined;
	if (copiesOwned(profile, nextBadge.id) >= nextBadge.acquisition.max_quantity) return undefined;
	return nextBadge;
}

/**
 * Evolving badges: an owned badge whose evolution requirements are met becomes its next badge
 * (taking its slot when it was equipped). Returns whether anything evolved.
 */
export function evolveBadges(profile: PlayerProfile, ctx: DomainContext, effects: Effect[]): boolean {
	let evolved = false;
	// the owned ones as the pass starts, in id order: a badge evolved into evolves on the next pass
	const owned = badgeIndex(ctx.catalog).evolvingBadges.filter(
		(badge) => profile.badges_owned[badge.id] !== undefined,
	);
	for (const badge of owned) {
		const id = badge.id;
		const nextBadge = evolutionReady(profile, badge, ctx);
		if (nextBadge === undefined) continue;
		const slot = profile.badges.equipped.indexOf(id);
		removeBadge(profile, badge, `evolved into ${nextBadge.id}`, ctx, effects);
		awardBadge(profile, nextBadge, "evolution", { checkRequirements: false, pay: false }, ctx, effects);
		if (slot >= 0 && !profile.badges.equipped.includes(id) && !profile.badges.equipped.includes(nextBadge.id)) {
			profile.badges.equipped.insert(math.min(slot, profile.badges.equipped.size()), nextBadge.id);
			effects.push({ kind: "badge_equipped", badge_id: nextBadge.id });
		}
		effects.push({ kind: "badge_evolved", from: id, to: nextBadge.id });
		evolved = true;
	}
	return evolved;
}
