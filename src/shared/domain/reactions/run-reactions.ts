import { AchievementDefinition, StatCounter } from "shared/catalog/types";
import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { GameEvent } from "shared/domain/events";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import {
	evolveBadges,
	onAchievementEarned,
	onActivityCompleted,
	onBadgeAwarded,
	onChallengeWon,
	onLevelReached,
} from "shared/domain/badges/badge-triggers";
import { achievementIndex, plansFor } from "shared/domain/achievements/achievement-index";
import { EngineRun } from "shared/domain/achievements/engine-run";
import { checkCompletion, resetForPrestige, trackObservation } from "shared/domain/achievements/achievement-tracker";
import { trackLeaderboards } from "shared/domain/leaderboards/scores";
import { trackQuests } from "shared/domain/quests/quest-tracker";
import { observeEffect, observeEvent, observeTotals } from "shared/domain/observations/observe";
import { Observation } from "shared/domain/observations/observation";

const EMPTY: readonly AchievementDefinition[] = [];

/** The catalog metric a won challenge reports (named after the profile counter it moves): it triggers "challenge" badges. */
const CHALLENGES_WON: StatCounter = "challenges_won";

/**
 * The benchmark's baseline: every achievement's plan, its metric checked first, then the same
 * per-achievement code as the index's watchers get. It differs from the index only in the scan.
 */
function trackNaively(
	profile: PlayerProfile,
	observation: Observation,
	ctx: DomainContext,
	effects: Effect[],
	run: EngineRun,
) {
	const counters = ctx.counters;
	for (const plan of achievementIndex(ctx.catalog).plans) {
		if (plan.metric !== observation.metric) continue;
		if (counters !== undefined) counters.visits += 1;
		trackObservation(profile, plan, observation, ctx, effects, run);
	}
}

/**
 * The reaction hub: runs achievements, badges, quests and leaderboards over what an event did: the
 * event's own observations, then every effect in order from `firstEffect` (including the effects
 * this produces: an achievement's XP may level the player up, which may earn another achievement).
 * Chains, level gates, badge triggers and evolutions all happen here, in the same event. It has its
 * own folder above those four features because it drives all of them and none of them needs it.
 */
export function runReactions(
	profile: PlayerProfile,
	event: GameEvent | undefined,
	ctx: DomainContext,
	effects: Effect[],
	firstEffect: number,
	run: EngineRun = new EngineRun(),
) {
	const index = achievementIndex(ctx.catalog);
	const naive = ctx.achievementScan === "naive";
	const counters = ctx.counters;
	const track = (observation: Observation) => {
		if (naive) trackNaively(profile, observation, ctx, effects, run);
		else {
			const watchers = plansFor(index, observation.metric, observation.subject);
			if (counters !== undefined) counters.visits += watchers.size();
			for (const plan of watchers) trackObservation(profile, plan, observation, ctx, effects, run);
		}
		trackQuests(profile, observation, ctx, effects, run);
		trackLeaderboards(profile, observation, ctx, effects);
	};
	if (event !== undefined) {
		for (const observation of observeEvent(event, profile, ctx.catalog)) track(observation);
		if (event.kind === "activity") onActivityCompleted(profile, ctx, effects);
		if (event.kind === "metric" && event.metric === CHALLENGES_WON && event.value > 0) {
			onChallengeWon(profile, ctx, effects);
		}
	}
	let cursor = firstEffect;
	for (;;) {
		while (cursor < effects.size()) {
			const effect = effects[cursor];
			cursor += 1;
			switch (effect.kind) {
				case "level_up":
					for (const achievement of index.levelGated)
						checkCompletion(profile, achievement, ctx, effects, run);
					onLevelReached(profile, effect.to, ctx, effects);
					break;
				case "achievement_earned":
					for (const dependent of index.dependents.get(effect.achievement_id) ?? EMPTY) {
						checkCompletion(profile, dependent, ctx, effects, run);
					}
					onAchievementEarned(profile, effect.achievement_id, ctx, effects);
					break;
				case "badge_awarded":
					onBadgeAwarded(profile, effect.badge_id, ctx, effects);
					break;
				case "prestige":
					resetForPrestige(profile, ctx, effects);
					break;
			}
			const observation = observeEffect(effect);
			if (observation !== undefined) track(observation);
			const total = observeTotals(effect, profile);
			if (total !== undefined) track(total);
		}
		if (!evolveBadges(profile, ctx, effects)) break;
	}
}
