import { DomainContext } from "shared/domain/context";
import { earn, spend } from "shared/domain/economy/currency";
import { countItem, removeItem } from "shared/domain/economy/inventory";
import { Effect } from "shared/domain/effects";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { gainXp } from "shared/domain/progression/experience";
import { achievementAsNamed, hasEarned } from "shared/domain/profile/progress-queries";
import { addMultiplier, grant } from "./grant";

/**
 * Buys a catalog reward: it must be for sale, still available (time limit, stock, the player's own
 * limit), and affordable; then the price is paid and the reward given, all or nothing.
 */
export function purchase(profile: PlayerProfile, rewardId: string, ctx: DomainContext, effects: Effect[]) {
	const reward = ctx.catalog.rewards.get(rewardId);
	if (reward === undefined) return `unknown reward "${rewardId}"`;
	const acquisition = reward.acquisition;
	if (!acquisition.purchasable) return `${reward.name} is not for sale`;
	const limited = acquisition.limited;
	if (limited.time_limited && limited.available_until > 0 && ctx.now > limited.available_until) {
		return `${reward.name} is no longer available`;
	}
	if (limited.quantity > 0 && ctx.stock.sold(reward.id) >= limited.quantity) return `${reward.name} is sold out`;
	const bought = profile.purchase_counts[reward.id] ?? 0;
	if (limited.per_player > 0 && bought >= limited.per_player) {
		return `you can buy ${reward.name} ${limited.per_player} time${limited.per_player === 1 ? "" : "s"} at most`;
	}
	const unpaid = spend(profile, acquisition.price, reward.id, ctx.now, effects);
	if (unpaid !== undefined) return unpaid;
	const refused = grant(profile, { reward_id: reward.id }, ctx, "purchase", effects);
	if (refused !== undefined) return refused;
	profile.purchase_counts[reward.id] = bought + 1;
	ctx.stock.record(reward.id, 1);
	return undefined;
}

/**
 * Uses an item or power-up the player owns: its requirements (level, achievements) and cooldown
 * must allow it; its effects apply; a consumable item is used up, a power-up loses a use.
 */
export function useItem(profile: PlayerProfile, itemId: string, ctx: DomainContext, effects: Effect[]) {
	const reward = ctx.catalog.rewards.get(itemId);
	if (reward === undefined) return `unknown item "${itemId}"`;
	const isPowerUp = reward.type === "power_up";
	const powerUp = profile.inventory.power_ups.find((p) => p.power_up_id === itemId);
	if (isPowerUp ? powerUp === undefined || powerUp.uses_remaining <= 0 : countItem(profile, itemId) === 0) {
		return `you do not have ${reward.name}`;
	}
	if (reward.type !== "item" && !isPowerUp) return `${reward.name} cannot be used`;
	const usage = reward.usage;
	if (profile.experience.level < usage.requirements.level) {
		return `${reward.name} needs level ${usage.requirements.level}`;
	}
	for (const achievementId of usage.requirements.achievements) {
		if (!hasEarned(profile, achievementId))
			return `${reward.name} needs ${achievementAsNamed(ctx.catalog, achievementId)}`;
	}
	const lastUsed = profile.last_used[itemId];
	if (lastUsed !== undefined && usage.cooldown > 0 && ctx.now < lastUsed + usage.cooldown) {
		return `${reward.name} can be used again in ${lastUsed + usage.cooldown - ctx.now} s`;
	}
	const effect = usage.effects;
	if (effect.xp_multiplier !== undefined) {
		addMultiplier(profile, itemId, effect.xp_multiplier.value, effect.xp_multiplier.duration, ctx, effects);
		if (powerUp !== undefined) powerUp.active = true;
	}
	if (effect.xp !== undefined && effect.xp > 0) {
		gainXp(profile, effect.xp, itemId, { base: effect.xp, multiplier: 1, boost: 1 }, ctx, effects);
	}
	if (effect.coins !== undefined && effect.coins > 0) earn(profile, "coins", effect.coins, itemId, effects);
	if (isPowerUp) {
		powerUp!.uses_remaining -= 1;
	} else if (usage.consumable) {
		const refused = removeItem(profile, itemId, 1, "used", effects);
		if (refused !== undefined) return refused;
	}
	profile.last_used[itemId] = ctx.now;
	effects.push({ kind: "item_used", item_id: itemId });
	return undefined;
}
