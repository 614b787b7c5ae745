import { fail } from "./fields";
import { QuestDefinition, QuestRewardBundle } from "./types";

// Objectives whose progress may be met the moment the quest is assigned: `reach` starts from where
// the player already is and `achieve` counts achievements already earned; nothing is needed at 0.
function mayBeMetAtAssignment(quest: QuestDefinition): boolean {
	return quest.objectives.every(
		(objective) =>
			objective.optional ||
			objective.type === "reach" ||
			objective.type === "achieve" ||
			objective.progress_tracking.required <= 0,
	);
}

/** Whether completing `quest` may assign it again at once: it can be taken again and done at once. */
function mayLoop(quest: QuestDefinition): boolean {
	return quest.rewards.repeatable && mayBeMetAtAssignment(quest);
}

function bundles(quest: QuestDefinition): QuestRewardBundle[] {
	const rewards = quest.rewards;
	const all = [rewards.guaranteed, rewards.first_completion, rewards.repeat_rewards];
	for (const entry of rewards.random) all.push(entry.reward);
	for (const entry of rewards.bonus) all.push(entry.reward);
	for (const objective of quest.objectives)
		for (const point of objective.progress_tracking.checkpoints) all.push(point.reward);
	return all;
}

/** The quests that completing (or progressing) `quest` assigns: its chain, branches and unlocks. */
function assignedBy(quest: QuestDefinition): string[] {
	const assigned = new Array<string>();
	if (quest.chain.next_quest !== "") assigned.push(quest.chain.next_quest);
	for (const branch of quest.chain.branch_quests) assigned.push(branch.quest_id);
	for (const bundle of bundles(quest)) for (const id of bundle.unlock_quests) assigned.push(id);
	return assigned;
}

/**
 * Refuses a cycle of quests that may each be done at assignment and taken again, linked by
 * next_quest, branch_quests or unlock_quests: completing one would assign the next forever (a
 * stack overflow in the rules). The message names the cycle, `a -> b -> a`.
 */
export function checkQuestCycles(quests: ReadonlyMap<string, QuestDefinition>) {
	// depth-first, without recursion (a long chain must not overflow the validator either):
	// 1 = on the current path, 2 = explored and on no cycle
	const state = new Map<string, 1 | 2>();
	for (const [start, quest] of quests) {
		if (state.has(start) || !mayLoop(quest)) continue;
		const path: string[] = [start];
		const pending: string[][] = [assignedBy(quest)];
		state.set(start, 1);
		while (path.size() > 0) {
			const following = pending[pending.size() - 1].pop();
			if (following === undefined) {
				state.set(path.pop()!, 2);
				pending.pop();
				continue;
			}
			const definition = quests.get(following);
			if (definition === undefined || !mayLoop(definition) || state.get(following) === 2) continue;
			if (state.get(following) === 1) {
				const cycle = [...path.filter((_, index) => index >= path.indexOf(following)), following];
				fail(
					`catalog.quests ("${following}").chain: the quests ${cycle.join(" -> ")} assign each other in a cycle, ` +
						"and each is repeatable and may be done the moment it is assigned",
				);
			}
			state.set(following, 1);
			path.push(following);
			pending.push(assignedBy(definition));
		}
	}
}
