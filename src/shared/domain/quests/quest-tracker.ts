import { QuestDefinition, QuestObjective } from "shared/catalog/types";
import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { saturatingSum } from "shared/domain/numbers";
import { QuestProgress } from "shared/domain/profile/player-profile";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { inTimeFrame } from "shared/domain/achievements/condition-tracking";
import { EngineRun } from "shared/domain/achievements/engine-run";
import { Observation } from "shared/domain/observations/observation";
import { objectiveWatchers } from "./quest-index";
import { checkQuestCompletion, giveQuestBundle, updateQuestPercentage } from "./quest-lifecycle";

/**
 * An objective counts only when it is not done, not locked by an objective that `unlocks` it and
 * is not done yet, and (for sequence objectives) every sequence objective of a lower `order` is done.
 */
function isActive(quest: QuestDefinition, state: QuestProgress, index: number): boolean {
	const objective = quest.objectives[index];
	if (state.objectives[index].done) return false;
	for (let other = 0; other < quest.objectives.size(); other++) {
		const before = quest.objectives[other];
		if (before.unlocks.includes(objective.id) && !state.objectives[other].done) return false;
		if (
			objective.type === "sequence" &&
			before.type === "sequence" &&
			before.order < objective.order &&
			!state.objectives[other].done
		) {
			return false;
		}
	}
	return true;
}

function matches(objective: QuestObjective, observation: Observation, now: number): boolean {
	const context = objective.target.context;
	if (context.subject !== "" && context.subject !== observation.subject) return false;
	if (context.difficulty !== "" && context.difficulty !== observation.difficulty) return false;
	if (!inTimeFrame(context.time_frame, now)) return false;
	if ((objective.type === "collect" || objective.type === "achieve") && context.keys.size() > 0) {
		return observation.key !== undefined && context.keys.includes(observation.key);
	}
	return true;
}

/** Applies one observation to one objective's progress, by the objective's type. */
function apply(objective: QuestObjective, progress: QuestProgress["objectives"][number], observation: Observation) {
	switch (objective.type) {
		case "complete":
		case "interact":
		case "time_limit":
		case "sequence":
		case "achieve":
			progress.current = saturatingSum(progress.current, math.max(0, observation.value));
			break;
		case "collect":
			if (observation.key !== undefined && !progress.seen.includes(observation.key)) {
				progress.seen.push(observation.key);
				progress.current = progress.seen.size();
			}
			break;
		case "reach":
			progress.current = observation.value;
			break;
		case "perfect":
			if (observation.perfect === true) progress.current += 1;
			else if (observation.perfect === false) progress.current = 0;
			break;
	}
}

/** Applies an observation to the objectives of the player's active quests that watch its metric. */
export function trackQuests(
	profile: PlayerProfile,
	observation: Observation,
	ctx: DomainContext,
	effects: Effect[],
	run: EngineRun,
) {
	const watchers = objectiveWatchers(ctx.catalog).get(observation.metric);
	if (watchers === undefined) return;
	for (const watch of watchers) {
		const quest = watch.quest;
		const state = profile.quest_progress[quest.id];
		if (state === undefined || run.newQuests.has(quest.id) || !isActive(quest, state, watch.objective)) continue;
		const objective = quest.objectives[watch.objective];
		if (!matches(objective, observation, ctx.now)) continue;
		const progress = state.objectives[watch.objective];
		const before = progress.current;
		apply(objective, progress, observation);
		if (progress.current === before) continue;
		const tracking = objective.progress_tracking;
		const checkpoints = tracking.checkpoints;
		while (
			progress.checkpoints < checkpoints.size() &&
			progress.current >= checkpoints[progress.checkpoints].value
		) {
			const checkpoint = checkpoints[progress.checkpoints];
			progress.checkpoints += 1;
			effects.push({
				kind: "quest_checkpoint",
				quest_id: quest.id,
				objective_id: objective.id,
				value: checkpoint.value,
			});
			giveQuestBundle(profile, checkpoint.reward, `quest:${quest.id}`, ctx, effects, run);
		}
		progress.done = progress.current >= tracking.required;
		effects.push({
			kind: "quest_progress",
			quest_id: quest.id,
			objective_id: objective.id,
			current: math.min(progress.current, tracking.required),
			required: tracking.required,
		});
		updateQuestPercentage(profile, quest);
		checkQuestCompletion(profile, quest, ctx, effects, run);
	}
}
