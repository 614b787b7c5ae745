import { Catalog } from "shared/catalog/types";
import { DomainContext } from "./context";
import { earn } from "./economy/currency";
import { expireTimed } from "./economy/inventory";
import { Effect, rejected } from "./effects";
import { GameEvent } from "./events";
import { alignToCatalog } from "./profile/align-to-catalog";
import { copyProfile } from "./profile/copy-profile";
import { pushBounded, saturatingAdd } from "./numbers";
import { runReactions } from "./reactions/run-reactions";
import { giveBundle } from "./rewards/give-bundle";
import { EngineRun } from "./achievements/engine-run";
import { abandonQuest, assignQuest, expireQuests, rateQuest } from "./quests/quest-lifecycle";
import { setShowcase } from "./achievements/showcase";
import { badgeBonuses } from "./badges/badge-bonuses";
import { equipBadge, unequipBadge } from "./badges/badge-equip";
import { receiveGift, sendGift } from "./badges/badge-delivery";
import { buyBadge } from "./badges/badge-purchase";
import { HISTORY_LIMITS, PlayerProfile } from "./profile/player-profile";
import { activeBoost, gainXp, prestige } from "./progression/experience";
import { calculateXp, wasFast } from "./progression/xp-calculator";
import { countAbandonedRun, countRushedAnswers, fairPlayXp } from "./fair-play/fair-play-xp";
import { setNotifications, setPrivacy } from "./settings/student-settings";
import { blockUser, unblockUser } from "./social/blocking";
import { grant } from "./rewards/grant";
import { revoke } from "./rewards/revoke";
import { endClassQuest, giveClassQuest } from "./quests/class-quests";
import { purchase, useItem } from "./rewards/shop";
import { checkStreak, recordActivity, recordLogin, recordStudyDay } from "./stats/study-stats";

export interface ProcessResult {
	readonly profile: PlayerProfile;
	readonly effects: Effect[];
}

/**
 * The one entry point of the game rules: applies an event to a profile and returns the new profile
 * and what happened. Time-based changes (expiries, a broken streak) always apply; the event itself
 * applies whole or, when refused, not at all, with a `rejected` effect saying why. Pure: the
 * profile passed in is not modified.
 */
export function processEvent(profile: PlayerProfile, event: GameEvent, ctx: DomainContext): ProcessResult {
	return processAs(profile, event, ctx, false);
}

/**
 * processEvent for a caller that gives the profile up (the game host, which replaces it with the
 * result): `profile` must not be read afterwards. The events students send most (activities,
 * metrics, joining, leaving, time passing) are applied to `profile` itself, with no copy; for the
 * others, once the event is accepted, the achievement progress entries the result shares with
 * `profile` are written in place instead of copied first. A refused event's result has only what
 * time did, as processEvent's has.
 */
export function processOwnedEvent(profile: PlayerProfile, event: GameEvent, ctx: DomainContext): ProcessResult {
	return processAs(profile, event, ctx, true);
}

/**
 * Events that, when refused, are refused before they write anything (see `apply`): nothing to fall
 * back on, so a profile handed over needs no copy. Copying a school year's profile costs more than
 * all the rules of a lesson together.
 */
const REFUSED_BEFORE_WRITING = new Set<GameEvent["kind"]>([
	"tick",
	"join",
	"leave",
	"activity",
	"metric",
	"activity_abandoned",
]);

/**
 * Profiles this module returned, by the catalog their progress fits. The rules create every entry
 * in the shape of its catalog definition, so a profile they made needs no aligning for that
 * catalog: aligning it again would visit every entry on every event to find nothing. Weak, so a
 * replaced profile is forgotten with it.
 */
const alignedTo = new WeakMap<PlayerProfile, Catalog>();

function processAs(profile: PlayerProfile, event: GameEvent, ctx: DomainContext, owned: boolean): ProcessResult {
	const aligned = alignedTo.get(profile) === ctx.catalog;
	const inPlace = owned && REFUSED_BEFORE_WRITING.has(event.kind);
	const updated = inPlace ? profile : copyProfile(profile);
	const effects = new Array<Effect>();
	age(updated, ctx, effects, aligned);
	if (event.kind === "tick") return finished(updated, effects, ctx);

	const eventEffects = new Array<Effect>();
	const run = new EngineRun();
	if (inPlace) run.writeInPlace();
	const refusal = apply(updated, event, ctx, eventEffects, run);
	if (refusal !== undefined) {
		effects.push(rejected(event.kind, refusal));
		// refused before writing: what time did is all there is
		if (inPlace) return finished(updated, effects, ctx);
		// the event may have half-applied before it was refused: start again from the profile given,
		// with only what time did (a refusal is rarer than a copy is cheap)
		const aged = copyProfile(profile);
		age(aged, ctx, [], aligned);
		return finished(aged, effects, ctx);
	}
	if (owned) run.writeInPlace();
	runReactions(updated, event, ctx, eventEffects, 0, run);
	updated.updated_at = ctx.now;
	for (const effect of eventEffects) effects.push(effect);
	return finished(updated, effects, ctx);
}

function finished(profile: PlayerProfile, effects: Effect[], ctx: DomainContext): ProcessResult {
	alignedTo.set(profile, ctx.catalog);
	return { profile, effects };
}

/** What time alone does: expiries and a broken streak. */
function age(profile: PlayerProfile, ctx: DomainContext, effects: Effect[], aligned: boolean) {
	// progress saved under another catalog (or damaged) is read by index: fit it first, silently
	if (!aligned) alignToCatalog(profile, ctx.catalog, []);
	expireTimed(profile, ctx.now, effects);
	checkStreak(profile, ctx.now, effects);
	expireQuests(profile, ctx.now, effects);
}

/** The event itself: returns why it is refused, if it is. The kinds in REFUSED_BEFORE_WRITING refuse before any write. */
function apply(
	profile: PlayerProfile,
	event: GameEvent,
	ctx: DomainContext,
	effects: Effect[],
	run: EngineRun,
): string | undefined {
	switch (event.kind) {
		case "join":
			recordLogin(profile, ctx.now);
			profile.profile.status = "online";
			profile.last_active = ctx.now;
			return undefined;
		case "leave":
			profile.profile.status = "offline";
			profile.last_active = ctx.now;
			return undefined;
		case "activity": {
			const activity = ctx.catalog.activities.get(event.activity);
			if (activity === undefined) return `unknown activity "${event.activity}"`;
			recordStudyDay(profile, ctx.now, effects);
			// answers faster than they can be read earn no speed bonus (fair play)
			const rushed = event.performance.rushed_answers ?? 0;
			if (rushed > 0 && wasFast(event.performance)) {
				effects.push({ kind: "speed_bonus_withheld", rushed_answers: rushed });
			}
			countRushedAnswers(profile, rushed);
			const xp = calculateXp(
				activity.base_xp,
				event.performance,
				profile.stats.study_streak.current,
				activeBoost(profile, ctx),
				rushed === 0,
			);
			const bonuses = badgeBonuses(profile, ctx.catalog);
			const computed = xp.amount + bonuses.xpFlat;
			// repeats of a question set and the daily cap of the activity's type; coins follow the XP
			const granted = fairPlayXp(profile, activity, event.set_id, computed, ctx, effects);
			gainXp(profile, granted, activity.id, xp, ctx, effects);
			const fullCoins = math.floor(activity.coins * (1 + bonuses.coinsPercent / 100)) + bonuses.coinsFlat;
			const coins = granted < computed ? math.floor((fullCoins * granted) / computed) : fullCoins;
			earn(profile, "coins", coins, activity.id, effects);
			recordActivity(profile, activity, event.performance, event.subject);
			profile.last_active = ctx.now;
			return undefined;
		}
		case "metric": {
			const metric = ctx.catalog.metrics.get(event.metric);
			if (metric === undefined) return `unknown metric "${event.metric}"`;
			if (metric.stat !== undefined) {
				const stats = profile.stats;
				stats[metric.stat] =
					metric.mode === "set" ? event.value : saturatingAdd(stats[metric.stat], event.value);
			}
			return undefined;
		}
		case "purchase":
			return purchase(profile, event.reward_id, ctx, effects);
		case "use_item":
			return useItem(profile, event.item_id, ctx, effects);
		case "prestige":
			return prestige(profile, ctx, effects);
		case "equip_badge":
			return equipBadge(profile, event.badge_id, ctx, effects);
		case "unequip_badge":
			return unequipBadge(profile, event.badge_id, ctx, effects);
		case "buy_badge":
			return buyBadge(profile, event.badge_id, ctx, effects);
		case "set_showcase":
			return setShowcase(profile, event.achievement_ids, ctx, effects);
		case "assign_quest":
			return assignQuest(profile, event.quest_id, ctx, effects, run);
		case "abandon_quest":
			return abandonQuest(profile, event.quest_id, ctx, effects);
		case "rate_quest":
			return rateQuest(profile, event.quest_id, event.rating, ctx, effects);
		case "set_notifications":
			return setNotifications(profile, event, effects);
		case "set_privacy":
			return setPrivacy(profile, event, ctx, effects);
		case "block_user":
			return blockUser(profile, event.user_id, effects);
		case "unblock_user":
			return unblockUser(profile, event.user_id, effects);
		case "activity_abandoned":
			countAbandonedRun(profile, event.set_id, ctx.now);
			return undefined;
		case "send_gift":
			return sendGift(profile, event.to_user_id, event.badge_id, ctx, effects);
		case "receive_gift":
			return receiveGift(profile, event.from_user_id, event.badge_id, ctx, effects);
		case "leaderboard_reward": {
			// a prize is given whatever part of it cannot be (a badge already owned): see giveBundle
			const prizeId = `${event.leaderboard_id}|${event.period}|${event.rank}|${event.title ?? ""}|${event.prize}`;
			if (profile.prizes_received.includes(prizeId)) return "this prize was already received";
			pushBounded(profile.prizes_received, prizeId, HISTORY_LIMITS.prizes_received);
			const reward = event.reward;
			const titles = event.title !== undefined ? [...reward.titles, event.title] : reward.titles;
			const source = `leaderboard:${event.leaderboard_id}:${event.period}:rank ${event.rank}`;
			giveBundle(profile, { ...reward, titles, unlock_content: [], multipliers: [] }, 1, source, ctx, effects);
			return undefined;
		}
		case "grant":
			return grant(
				profile,
				{
					xp: event.xp,
					coins: event.coins,
					gems: event.gems,
					tokens: event.tokens,
					badges: event.badge_id !== undefined ? [event.badge_id] : undefined,
				},
				ctx,
				event.reason,
				effects,
			);
		case "revoke":
			return revoke(
				profile,
				{ xp: event.xp, coins: event.coins, gems: event.gems, tokens: event.tokens, badge_id: event.badge_id },
				event.reason,
				ctx,
				effects,
			);
		case "class_quest":
			return giveClassQuest(profile, event.quest_id, event.deadline, ctx, effects, run);
		case "end_class_quest":
			return endClassQuest(profile, event.quest_id, ctx, effects);
	}
	return undefined;
}
