import { RewardDefinition } from "shared/catalog/types";
import { DomainContext } from "shared/domain/context";
import { CURRENCIES, earn } from "shared/domain/economy/currency";
import { addItem } from "shared/domain/economy/inventory";
import { Currency, Effect } from "shared/domain/effects";
import { pushBounded } from "shared/domain/numbers";
import { HISTORY_LIMITS, PlayerProfile } from "shared/domain/profile/player-profile";
import { gainXp } from "shared/domain/progression/experience";
import { awardBadge } from "shared/domain/badges/badge-award";

/**
 * What can be given: a catalog reward, and/or a bundle in the shape the Achievement, Quest and
 * Leaderboard models use for their rewards. Achievements, quests, leaderboards and teachers all
 * give through `grant`.
 */
export interface Grant {
	readonly reward_id?: string;
	/** How many of the reward (or times its amount); 1 by default. */
	readonly quantity?: number;
	readonly xp?: number;
	readonly coins?: number;
	readonly gems?: number;
	readonly tokens?: number;
	readonly items?: readonly { readonly item_id: string; readonly quantity: number }[];
	readonly badges?: readonly string[];
	readonly titles?: readonly string[];
	readonly unlock_content?: readonly string[];
	readonly multipliers?: readonly { readonly type: string; readonly value: number; readonly duration: number }[];
}

/**
 * Gives everything in `what` to the player, recording each change as an effect. Granted XP is
 * flat: performance multipliers and boosts apply to activities, not to rewards. Returns the reason
 * when something cannot be given; the caller then discards the whole grant (all or nothing).
 */
export function grant(
	profile: PlayerProfile,
	what: Grant,
	ctx: DomainContext,
	reason: string,
	effects: Effect[],
): string | undefined {
	if (what.reward_id !== undefined) {
		const reward = ctx.catalog.rewards.get(what.reward_id);
		if (reward === undefined) return `unknown reward "${what.reward_id}"`;
		const refused = grantReward(profile, reward, what.quantity ?? 1, ctx, reason, effects);
		if (refused !== undefined) return refused;
	}
	if (what.xp !== undefined && what.xp > 0) {
		gainXp(profile, what.xp, reason, { base: what.xp, multiplier: 1, boost: 1 }, ctx, effects);
	}
	for (const currency of CURRENCIES) {
		const amount = what[currency];
		if (amount !== undefined) earn(profile, currency, amount, reason, effects);
	}
	for (const item of what.items ?? []) {
		const reward = ctx.catalog.rewards.get(item.item_id);
		if (reward === undefined || reward.type !== "item") return `unknown item "${item.item_id}"`;
		const refused = grantReward(profile, reward, item.quantity, ctx, reason, effects);
		if (refused !== undefined) return refused;
	}
	for (const badgeId of what.badges ?? []) {
		const refused = grantBadge(profile, badgeId, ctx, effects);
		if (refused !== undefined) return refused;
	}
	for (const title of what.titles ?? []) grantTitle(profile, title, effects);
	for (const content of what.unlock_content ?? []) unlockContent(profile, content, effects);
	for (const multiplier of what.multipliers ?? []) {
		addMultiplier(profile, `${reason}:${multiplier.type}`, multiplier.value, multiplier.duration, ctx, effects);
	}
	return undefined;
}

/** One catalog reward, `quantity` times, by its type. */
function grantReward(
	profile: PlayerProfile,
	reward: RewardDefinition,
	quantity: number,
	ctx: DomainContext,
	reason: string,
	effects: Effect[],
): string | undefined {
	const value = reward.value;
	const amount = math.max(1, value.amount) * quantity;
	const expiresAt = value.duration > 0 ? ctx.now + value.duration : 0;
	let refused: string | undefined;
	switch (reward.type) {
		case "item":
			refused = addItem(profile, reward, amount, expiresAt, ctx.now, effects);
			break;
		case "currency":
			earn(profile, value.properties.currency as Currency, amount, reason, effects);
			break;
		case "xp":
			gainXp(profile, amount, reason, { base: amount, multiplier: 1, boost: 1 }, ctx, effects);
			break;
		case "badge":
			refused = grantBadge(profile, value.properties.badge_id ?? reward.id, ctx, effects);
			break;
		case "title":
			grantTitle(profile, value.properties.title ?? reward.name, effects);
			break;
		case "cosmetic": {
			const slot = value.properties.slot!;
			const owned = profile.inventory.cosmetics[slot];
			if (!owned.includes(reward.id)) {
				owned.push(reward.id);
				effects.push({ kind: "cosmetic_unlocked", slot, cosmetic_id: reward.id });
			}
			break;
		}
		case "power_up": {
			const uses = math.max(1, value.uses) * quantity;
			const existing = profile.inventory.power_ups.find((p) => p.power_up_id === reward.id);
			if (existing !== undefined && value.stacks) existing.uses_remaining += uses;
			else if (existing !== undefined) existing.uses_remaining = math.max(existing.uses_remaining, uses);
			else profile.inventory.power_ups.push({ power_up_id: reward.id, uses_remaining: uses, active: false });
			effects.push({ kind: "power_up_added", power_up_id: reward.id, uses });
			break;
		}
		case "unlock":
			unlockContent(profile, reward.id, effects);
			break;
		case "multiplier":
			addMultiplier(profile, reward.id, value.amount, value.duration, ctx, effects);
			break;
	}
	if (refused !== undefined) return refused;
	effects.push({ kind: "reward_granted", reward_id: reward.id, reason });
	return undefined;
}

/** A badge given by a teacher, a reward or the server: its requirements apply, its cost does not. */
function grantBadge(profile: PlayerProfile, badgeId: string, ctx: DomainContext, effects: Effect[]) {
	const badge = ctx.catalog.badges.get(badgeId);
	if (badge === undefined) return `unknown badge "${badgeId}"`;
	return awardBadge(profile, badge, "grant", { checkRequirements: true, pay: false }, ctx, effects);
}

function grantTitle(profile: PlayerProfile, title: string, effects: Effect[]) {
	const identity = profile.profile;
	if (identity.titles_earned.includes(title)) return;
	identity.titles_earned.push(title);
	if (identity.title === "") identity.title = title;
	effects.push({ kind: "title_earned", title });
}

function unlockContent(profile: PlayerProfile, contentId: string, effects: Effect[]) {
	if (profile.unlocked_content.includes(contentId)) return;
	profile.unlocked_content.push(contentId);
	effects.push({ kind: "content_unlocked", content_id: contentId });
}

/** An XP multiplier from `source` for `duration` seconds (0 = until removed); the same source refreshes. */
export function addMultiplier(
	profile: PlayerProfile,
	source: string,
	value: number,
	duration: number,
	ctx: DomainContext,
	effects: Effect[],
) {
	const expiresAt = duration > 0 ? ctx.now + duration : 0;
	const list = profile.experience.xp_multipliers;
	const existing = list.find((m) => m.source === source);
	if (existing !== undefined) {
		existing.value = value;
		existing.expires_at = expiresAt;
	} else {
		pushBounded(list, { source, value, expires_at: expiresAt }, HISTORY_LIMITS.xp_multipliers);
	}
	effects.push({ kind: "multiplier_added", source, value, expires_at: expiresAt });
}
