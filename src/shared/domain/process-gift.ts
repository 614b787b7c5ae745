import { DomainContext } from "./context";
import { Effect, rejected } from "./effects";
import { GiftEvent } from "./events";
import { copyProfile } from "./profile/copy-profile";
import { ProcessResult, processEvent } from "./process-event";
import { PlayerProfile } from "./profile/player-profile";
import { runReactions } from "./reactions/run-reactions";
import { addItem, removeItem } from "./economy/inventory";
import { awardBadge, copiesOwned, removeBadge } from "./badges/badge-award";
import { hasBlocked } from "./social/blocking";

export interface GiftResult {
	readonly giver: ProcessResult;
	readonly receiver: ProcessResult;
}

/** One giftable item changes hands (the soonest-expiring copy keeps its expiry). */
function giftItem(
	giver: ProcessResult,
	receiver: ProcessResult,
	itemId: string,
	ctx: DomainContext,
	refuse: (reason: string) => GiftResult,
): GiftResult {
	const reward = ctx.catalog.rewards.get(itemId);
	if (reward === undefined || reward.type !== "item") return refuse(`unknown item "${itemId}"`);
	if (!reward.acquisition.giftable) return refuse(`${reward.name} cannot be given`);
	const nextGiver = copyProfile(giver.profile);
	const nextReceiver = copyProfile(receiver.profile);
	const giverEffects = new Array<Effect>();
	const receiverEffects = new Array<Effect>();
	const held = nextGiver.inventory.items.filter((item) => item.item_id === itemId);
	if (held.size() === 0) return refuse(`you do not have ${reward.name}`);
	const soonest = held.reduce((a, b) =>
		a.expires_at !== 0 && (b.expires_at === 0 || a.expires_at < b.expires_at) ? a : b,
	);
	const removed = removeItem(nextGiver, itemId, 1, `given to ${receiver.profile.user_id}`, giverEffects);
	if (removed !== undefined) return refuse(removed);
	const added = addItem(nextReceiver, reward, 1, soonest.expires_at, ctx.now, receiverEffects);
	if (added !== undefined) return refuse(`${receiver.profile.profile.display_name}'s inventory is full`);
	runReactions(nextGiver, undefined, ctx, giverEffects, 0);
	runReactions(nextReceiver, undefined, ctx, receiverEffects, 0);
	return {
		giver: { profile: nextGiver, effects: [...giver.effects, ...giverEffects] },
		receiver: { profile: nextReceiver, effects: [...receiver.effects, ...receiverEffects] },
	};
}

/**
 * A gift between two players present (a badge, or an item with `item_id`), all or nothing for
 * both. A "gift" badge (a thank-you) is made for the occasion: the giver needs no copy. Any other
 * badge changes hands, and only when it is tradeable and the giver owns it. The receiver's
 * max_quantity applies; nobody gifts themselves, nor someone who blocked them or whom they blocked. It is a use case like processEvent, whose tick it
 * runs for each player first, so it sits beside it, above the features.
 */
export function processGift(
	giver: PlayerProfile,
	receiver: PlayerProfile,
	event: GiftEvent,
	ctx: DomainContext,
): GiftResult {
	// time passes for both first, as for any event
	const agedGiver = processEvent(giver, { kind: "tick" }, ctx);
	const agedReceiver = processEvent(receiver, { kind: "tick" }, ctx);
	const refuse = (reason: string): GiftResult => ({
		giver: { profile: agedGiver.profile, effects: [...agedGiver.effects, rejected("gift", reason)] },
		receiver: agedReceiver,
	});
	if (giver.user_id === receiver.user_id) return refuse("you cannot give a gift to yourself");
	// blocking works both ways: no gifts from someone blocked, nor to them
	if (hasBlocked(receiver, giver.user_id)) return refuse("this classmate is not accepting gifts from you");
	if (hasBlocked(giver, receiver.user_id))
		return refuse("you have blocked this classmate: unblock them to give a gift");
	if (event.item_id !== undefined) return giftItem(agedGiver, agedReceiver, event.item_id, ctx, refuse);
	const badge = ctx.catalog.badges.get(event.badge_id ?? "");
	if (badge === undefined) return refuse(`unknown badge "${event.badge_id}"`);
	const made = badge.acquisition.method === "gift";
	if (!made && !badge.acquisition.tradeable) return refuse(`${badge.name} cannot be traded`);
	if (!made && copiesOwned(agedGiver.profile, badge.id) === 0) return refuse(`you do not have ${badge.name}`);

	const nextGiver = copyProfile(agedGiver.profile);
	const nextReceiver = copyProfile(agedReceiver.profile);
	const giverEffects = new Array<Effect>();
	const receiverEffects = new Array<Effect>();
	const refused = awardBadge(
		nextReceiver,
		badge,
		"gift",
		{ checkRequirements: false, pay: false },
		ctx,
		receiverEffects,
	);
	if (refused !== undefined) return refuse(refused);
	if (!made) removeBadge(nextGiver, badge, `given to ${receiver.user_id}`, ctx, giverEffects);
	giverEffects.push({ kind: "badge_gifted", badge_id: badge.id, to_user_id: receiver.user_id, traded: !made });
	runReactions(nextGiver, undefined, ctx, giverEffects, 0);
	runReactions(nextReceiver, undefined, ctx, receiverEffects, 0);
	nextGiver.updated_at = ctx.now;
	nextReceiver.updated_at = ctx.now;
	return {
		giver: { profile: nextGiver, effects: [...agedGiver.effects, ...giverEffects] },
		receiver: { profile: nextReceiver, effects: [...agedReceiver.effects, ...receiverEffects] },
	};
}
