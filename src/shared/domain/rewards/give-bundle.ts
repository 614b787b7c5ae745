import { RewardBundle } from "shared/catalog/types";
import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { grant } from "./grant";
import { awardBadge, copiesOwned } from "shared/domain/badges/badge-award";

/**
 * Gives a reward bundle (an achievement's or a milestone's rewards, `multiplier` times the amounts;
 * a quest's; a leaderboard prize). What earned it is earned whatever happens here: a part that
 * cannot be given (a full inventory) is reported as `reward_withheld`, and a reward badge the
 * player already holds is simply not repeated.
 */
export function giveBundle(
	profile: PlayerProfile,
	bundle: RewardBundle,
	multiplier: number,
	source: string,
	ctx: DomainContext,
	effects: Effect[],
) {
	const scale = (amount: number) => math.floor(amount * multiplier);
	const refusal = grant(
		profile,
		{
			xp: scale(bundle.xp),
			coins: scale(bundle.coins),
			gems: scale(bundle.gems),
			titles: bundle.titles,
			unlock_content: bundle.unlock_content,
			multipliers: bundle.multipliers,
		},
		ctx,
		source,
		effects,
	);
	if (refusal !== undefined) effects.push({ kind: "reward_withheld", source, reason: refusal });
	for (const item of bundle.items) {
		const quantity = math.max(1, scale(item.quantity));
		const refused = grant(profile, { items: [{ item_id: item.item_id, quantity }] }, ctx, source, effects);
		if (refused !== undefined) effects.push({ kind: "reward_withheld", source, reason: refused });
	}
	for (const badgeId of bundle.badges) {
		const badge = ctx.catalog.badges.get(badgeId)!;
		if (copiesOwned(profile, badgeId) >= badge.acquisition.max_quantity) continue;
		const refused = awardBadge(
			profile,
			badge,
			"achievement",
			{ checkRequirements: false, pay: false },
			ctx,
			effects,
		);
		if (refused !== undefined) effects.push({ kind: "reward_withheld", source, reason: refused });
	}
}
