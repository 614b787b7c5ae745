import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { hasBlocked } from "shared/domain/social/blocking";
import { awardBadge } from "./badge-award";

/**
 * The giver's half of a gift to a classmate who is not on this server: only a "gift" badge (made
 * for the occasion) can go that way; a trade needs both players present. The receiver's half is
 * `receiveGift`, delivered to them.
 */
export function sendGift(
	giver: PlayerProfile,
	toUserId: string,
	badgeId: string,
	ctx: DomainContext,
	effects: Effect[],
): string | undefined {
	const badge = ctx.catalog.badges.get(badgeId);
	if (badge === undefined) return `unknown badge "${badgeId}"`;
	if (toUserId === giver.user_id) return "you cannot give a gift to yourself";
	if (hasBlocked(giver, toUserId)) return "you have blocked this classmate: unblock them to give a gift";
	if (badge.acquisition.method !== "gift") return `${badge.name} can only change hands with both of you here`;
	effects.push({ kind: "badge_gifted", badge_id: badge.id, to_user_id: toUserId, traded: false });
	return undefined;
}

/**
 * The receiver's half: one copy, within max_quantity; refused when the receiver has blocked the
 * giver (a made-for-the-occasion badge cost the giver nothing, so nothing is owed back).
 */
export function receiveGift(
	receiver: PlayerProfile,
	fromUserId: string,
	badgeId: string,
	ctx: DomainContext,
	effects: Effect[],
) {
	const badge = ctx.catalog.badges.get(badgeId);
	if (badge === undefined) return `unknown badge "${badgeId}"`;
	if (hasBlocked(receiver, fromUserId)) return "this classmate is not accepting gifts from you";
	return awardBadge(receiver, badge, "gift", { checkRequirements: false, pay: false }, ctx, effects);
}
