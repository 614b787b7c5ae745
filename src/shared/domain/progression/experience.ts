import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { earn } from "shared/domain/economy/currency";
import { pushBounded, saturatingAdd, saturatingProduct } from "shared/domain/numbers";
import { HISTORY_LIMITS, PlayerProfile } from "shared/domain/profile/player-profile";
import { MAX_XP_BOOST } from "shared/domain/profile/profile-schema";
import { badgeBonuses } from "shared/domain/badges/badge-bonuses";
import { levelFromXp } from "./level-curve";

/**
 * The XP boost in force: the product of the unexpired XP multipliers, times 1 + prestige_xp_boost
 * for each prestige level, times 1 + the XP percentage bonuses of the equipped badges, at most MAX_XP_BOOST.
 */
export function activeBoost(profile: PlayerProfile, ctx: DomainContext): number {
	let boost = 1;
	for (const multiplier of profile.experience.xp_multipliers) {
		if (multiplier.expires_at === 0 || multiplier.expires_at > ctx.now)
			boost = saturatingProduct(boost, multiplier.value, MAX_XP_BOOST);
	}
	const prestige = 1 + ctx.catalog.progression.prestige_xp_boost * profile.experience.prestige.level;
	// held at MAX_XP_BOOST: a product of boosts must never reach inf (a saved inf fails every save)
	const badges = 1 + badgeBonuses(profile, ctx.catalog).xpPercent / 100;
	return saturatingProduct(saturatingProduct(boost, prestige, MAX_XP_BOOST), badges, MAX_XP_BOOST);
}

/**
 * Adds XP (already computed) to current_xp and total_xp, records it, and levels up as many times
 * as it reaches. Totals stop at 2^53 - 1 rather than lose precision; what did not fit is reported.
 */
export function gainXp(
	profile: PlayerProfile,
	amount: number,
	source: string,
	factor: { base: number; multiplier: number; boost: number },
	ctx: DomainContext,
	effects: Effect[],
) {
	if (amount <= 0) return;
	const experience = profile.experience;
	const total = saturatingAdd(experience.total_xp, amount);
	const added = total - experience.total_xp;
	experience.total_xp = total;
	experience.current_xp = saturatingAdd(experience.current_xp, added);
	effects.push({
		kind: "xp_gained",
		amount: added,
		base: factor.base,
		multiplier: factor.multiplier,
		boost: factor.boost,
		source,
	});
	if (added < amount) effects.push({ kind: "xp_capped", lost: amount - added });
	pushBounded(
		experience.xp_history,
		{ amount: added, source, timestamp: ctx.now, multiplier: factor.multiplier * factor.boost },
		HISTORY_LIMITS.xp_history,
	);
	syncLevel(profile, ctx, effects);
}

/** Sets level and level_progress from current_xp, with a level_up (and its coins) per level gained. */
export function syncLevel(profile: PlayerProfile, ctx: DomainContext, effects: Effect[]) {
	const experience = profile.experience;
	const state = levelFromXp(ctx.catalog.levelXp, experience.current_xp);
	const before = experience.level;
	experience.level = state.level;
	experience.level_progress = {
		current_level_xp: state.current_level_xp,
		next_level_xp: state.next_level_xp,
		progress_percentage: state.progress_percentage,
	};
	for (let level = before; level < state.level; level++) {
		effects.push({ kind: "level_up", from: level, to: level + 1 });
		const coins = ctx.catalog.progression.coins_per_level;
		if (coins > 0) earn(profile, "coins", coins, `level ${level + 1}`, effects);
	}
}

/**
 * Prestige: only at the hard cap and when enabled. Level and current XP start again from 1 and 0;
 * total_xp is kept; the prestige level (and with it the XP boost) goes up.
 */
export function prestige(profile: PlayerProfile, ctx: DomainContext, effects: Effect[]): string | undefined {
	const config = ctx.catalog.progression;
	if (!config.prestige_enabled) return "prestige is not enabled";
	if (profile.experience.level < config.hard_cap) {
		return `prestige needs level ${config.hard_cap}; you are level ${profile.experience.level}`;
	}
	const experience = profile.experience;
	experience.prestige.level += 1;
	experience.prestige.resets += 1;
	experience.current_xp = 0;
	experience.level = 1;
	syncLevel(profile, ctx, effects);
	effects.push({ kind: "prestige", prestige_level: experience.prestige.level });
	return undefined;
}
