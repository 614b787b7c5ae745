import { BuiltInMetric } from "shared/catalog/metric-names";
import { DomainContext } from "shared/domain/context";
import { CURRENCIES } from "shared/domain/economy/currency";
import { Currency, Effect } from "shared/domain/effects";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { syncLevel } from "shared/domain/progression/experience";
import { copiesOwned, removeBadge } from "shared/domain/badges/badge-award";
import { restateOnBoards, withdrawFromBoards } from "shared/domain/leaderboards/withdraw";

/** What a teacher takes back: what a grant can give (rewards/grant.ts), in the same fields. */
export interface Revocation {
	readonly xp?: number;
	readonly coins?: number;
	readonly gems?: number;
	readonly tokens?: number;
	readonly badge_id?: string;
}

// The board metrics a revoke brings back in line (metric-names.ts says what each observation means).
const XP_EARNED: BuiltInMetric = "xp_earned";
const TOTAL_XP: BuiltInMetric = "total_xp";
const LEVEL: BuiltInMetric = "level";
const COINS_EARNED: BuiltInMetric = "coins_earned";
const BADGES_EARNED: BuiltInMetric = "badges_earned";

/**
 * XP taken off total_xp, never below 0, and off current_xp (the XP since the last prestige) as far
 * as it goes: a prestige is never undone. The level is recomputed by the level curve, so it may go
 * down; the coins of the level-ups once reached are not taken back (they were paid for reaching
 * it), nor are achievements, badges or quest progress the XP helped to earn.
 */
function takeXp(profile: PlayerProfile, amount: number, ctx: DomainContext, effects: Effect[]): number {
	const experience = profile.experience;
	const taken = math.min(amount, experience.total_xp);
	if (taken <= 0) return 0;
	experience.total_xp -= taken;
	experience.current_xp = math.max(0, experience.current_xp - taken);
	// with less XP, syncLevel only lowers the level and its progress: level_up (and its coins) is for levels gained
	syncLevel(profile, ctx, effects);
	return taken;
}

/**
 * A currency taken from the balance, never below 0: what is there when it is less than asked (the
 * rest may have been spent). lifetime_earned goes down by the same, so it still says what the
 * student was given to keep; spending_history is not written (nothing was bought).
 */
function takeCurrency(profile: PlayerProfile, currency: Currency, amount: number): number {
	const wallet = profile.currency;
	const taken = math.min(amount, wallet[currency]);
	if (taken <= 0) return 0;
	wallet[currency] -= taken;
	wallet.lifetime_earned[currency] = math.max(0, wallet.lifetime_earned[currency] - taken);
	return taken;
}

/**
 * Takes back one copy of a badge: the last copy leaves the collection, its slot among the equipped
 * badges (and with it its bonuses) and its collection's progress (removeBadge), and total_earned
 * goes down by one, since a badge taken back was not earned. The achievement showcase holds
 * achievements, not badges, so it does not change.
 */
function takeBadge(profile: PlayerProfile, badgeId: string, reason: string, ctx: DomainContext, effects: Effect[]) {
	const badge = ctx.catalog.badges.get(badgeId)!;
	if (copiesOwned(profile, badgeId) === 0) return false;
	removeBadge(profile, badge, reason, ctx, effects);
	profile.badges.total_earned = math.max(0, profile.badges.total_earned - 1);
	return true;
}

/**
 * A teacher takes back XP, currencies and/or a badge, with a reason. Only what the student has is
 * taken: asking for more than there is (or for a badge they do not hold) is not a refusal, and the
 * `revoked` effect says what was actually taken (0, or "" for the badge, when nothing was). The
 * student's counters on the current period of each leaderboard follow (XP earned this week and
 * this season, coins earned, badges earned, total XP and level). Returns a refusal only for a
 * badge the catalog does not have.
 */
export function revoke(
	profile: PlayerProfile,
	what: Revocation,
	reason: string,
	ctx: DomainContext,
	effects: Effect[],
): string | undefined {
	if (what.badge_id !== undefined && !ctx.catalog.badges.has(what.badge_id)) {
		return `unknown badge "${what.badge_id}"`;
	}
	const levelFrom = profile.experience.level;
	const xp = takeXp(profile, what.xp ?? 0, ctx, effects);
	const taken: Record<Currency, number> = { coins: 0, gems: 0, tokens: 0 };
	for (const currency of CURRENCIES) taken[currency] = takeCurrency(profile, currency, what[currency] ?? 0);
	const badgeTaken =
		what.badge_id !== undefined && takeBadge(profile, what.badge_id, reason, ctx, effects) ? what.badge_id : "";
	const levelTo = profile.experience.level;
	effects.push({
		kind: "revoked",
		xp,
		coins: taken.coins,
		gems: taken.gems,
		tokens: taken.tokens,
		badge_id: badgeTaken,
		reason,
		level_from: levelFrom,
		level_to: levelTo,
	});
	if (xp > 0) {
		withdrawFromBoards(profile, XP_EARNED, xp, ctx, effects);
		restateOnBoards(profile, TOTAL_XP, profile.experience.total_xp, ctx, effects);
	}
	if (levelTo !== levelFrom) restateOnBoards(profile, LEVEL, levelTo, ctx, effects);
	withdrawFromBoards(profile, COINS_EARNED, taken.coins, ctx, effects);
	if (badgeTaken !== "") withdrawFromBoards(profile, BADGES_EARNED, 1, ctx, effects);
	return undefined;
}
