import { checkQuestCycles } from "./check-quest-cycles";
import { isBuiltInMetric, KEYED_METRICS, PERFECT_METRICS } from "./metric-names";
import { fail } from "./fields";
import {
	AchievementDefinition,
	BadgeDefinition,
	Catalog,
	LeaderboardDefinition,
	LeaderboardReward,
	QuestDefinition,
	QuestRewardBundle,
	RewardBundle,
} from "./types";

/** The sections whose ids other sections give. */
type Sections = Pick<Catalog, "metrics" | "rewards" | "badges" | "achievements" | "quests" | "leaderboards">;

function sorted(names: ReadonlySet<string>): string {
	const list = new Array<string>();
	for (const name of names) list.push(name);
	list.sort();
	return list.join(", ");
}

function checkBundle(bundle: RewardBundle, path: string, sections: Sections) {
	bundle.items.forEach((item, index) => {
		const reward = sections.rewards.get(item.item_id);
		if (reward === undefined || reward.type !== "item") {
			fail(`${path}.items[${index}].item_id: no item "${item.item_id}" in catalog.rewards`);
		}
	});
	bundle.badges.forEach((badgeId, index) => {
		if (!sections.badges.has(badgeId)) fail(`${path}.badges[${index}]: no badge "${badgeId}" in catalog.badges`);
	});
}

/** No achievement may (through others) be its own prerequisite. */
function checkChains(achievements: ReadonlyMap<string, AchievementDefinition>) {
	const state = new Map<string, "visiting" | "done">();
	const visit = (id: string, trail: string[]) => {
		if (state.get(id) === "done") return;
		if (state.get(id) === "visiting")
			fail(`catalog.achievements ("${id}"): prerequisites loop: ${trail.join(" -> ")}`);
		state.set(id, "visiting");
		for (const other of achievements.get(id)!.requirements.prerequisite_achievements)
			visit(other, [...trail, other]);
		state.set(id, "done");
	};
	for (const [id] of achievements) visit(id, [id]);
}

function checkQuestBundle(bundle: QuestRewardBundle, path: string, sections: Sections) {
	checkBundle(bundle, path, sections);
	bundle.achievements.forEach((other, index) => {
		if (!sections.achievements.has(other)) fail(`${path}.achievements[${index}]: no achievement "${other}"`);
	});
	bundle.unlock_quests.forEach((other, index) => {
		if (!sections.quests.has(other)) fail(`${path}.unlock_quests[${index}]: no quest "${other}"`);
	});
}

function checkQuest(id: string, quest: QuestDefinition, sections: Sections) {
	const path = `catalog.quests ("${id}")`;
	const requirements = quest.requirements;
	requirements.quests_completed.forEach((other, index) => {
		if (!sections.quests.has(other)) fail(`${path}.requirements.quests_completed[${index}]: no quest "${other}"`);
	});
	requirements.achievements.forEach((other, index) => {
		if (!sections.achievements.has(other))
			fail(`${path}.requirements.achievements[${index}]: no achievement "${other}"`);
	});
	requirements.items.forEach((item, index) => {
		if (sections.rewards.get(item.item_id)?.type !== "item") {
			fail(`${path}.requirements.items[${index}].item_id: no item "${item.item_id}"`);
		}
	});
	const rewards = quest.rewards;
	checkQuestBundle(rewards.guaranteed, `${path}.rewards.guaranteed`, sections);
	checkQuestBundle(rewards.first_completion, `${path}.rewards.first_completion`, sections);
	checkQuestBundle(rewards.repeat_rewards, `${path}.rewards.repeat_rewards`, sections);
	rewards.random.forEach((entry, index) =>
		checkQuestBundle(entry.reward, `${path}.rewards.random[${index}].reward`, sections),
	);
	rewards.bonus.forEach((entry, index) =>
		checkQuestBundle(entry.reward, `${path}.rewards.bonus[${index}].reward`, sections),
	);
	quest.objectives.forEach((objective, index) =>
		objective.progress_tracking.checkpoints.forEach((checkpoint, position) =>
			checkQuestBundle(
				checkpoint.reward,
				`${path}.objectives[${index}].progress_tracking.checkpoints[${position}].reward`,
				sections,
			),
		),
	);
	const chain = quest.chain;
	if (chain.next_quest !== "" && !sections.quests.has(chain.next_quest)) {
		fail(`${path}.chain.next_quest: no quest "${chain.next_quest}"`);
	}
	chain.branch_quests.forEach((branch, index) => {
		if (!sections.quests.has(branch.quest_id))
			fail(`${path}.chain.branch_quests[${index}].quest_id: no quest "${branch.quest_id}"`);
	});
}

function checkLeaderboardReward(reward: LeaderboardReward, path: string, sections: Sections) {
	checkBundle({ ...reward, unlock_content: [], multipliers: [] }, path, sections);
}

function checkLeaderboard(id: string, board: LeaderboardDefinition, sections: Sections) {
	const path = `catalog.leaderboards ("${id}")`;
	board.configuration.filters.required_achievements.forEach((other, index) => {
		if (!sections.achievements.has(other)) {
			fail(`${path}.configuration.filters.required_achievements[${index}]: no achievement "${other}"`);
		}
	});
	const rewards = board.rewards;
	rewards.distribution.forEach((tier, index) =>
		checkLeaderboardReward(tier.rewards, `${path}.rewards.distribution[${index}].rewards`, sections),
	);
	checkLeaderboardReward(rewards.participation.reward, `${path}.rewards.participation.reward`, sections);
	rewards.milestones.forEach((milestone, index) =>
		checkLeaderboardReward(milestone.reward, `${path}.rewards.milestones[${index}].reward`, sections),
	);
}

/** Evolutions lead somewhere new: a badge never evolves (through others) back into itself. */
function checkEvolutions(badges: ReadonlyMap<string, BadgeDefinition>) {
	for (const [id] of badges) {
		const trail = [id];
		let current = badges.get(id)!.properties.evolution.next_badge_id;
		while (current !== "") {
			trail.push(current);
			if (current === id)
				fail(`catalog.badges ("${id}").properties.evolution: evolves back into itself: ${trail.join(" -> ")}`);
			if (trail.size() > badges.size() + 1) break;
			current = badges.get(current)?.properties.evolution.next_badge_id ?? "";
		}
	}
}

/** Checks every id one definition gives for another: a typo fails the load, naming where it is. */
export function checkReferences(sections: Sections) {
	for (const [id, achievement] of sections.achievements) {
		const path = `catalog.achievements ("${id}")`;
		achievement.requirements.conditions.forEach((condition, index) => {
			const at = `${path}.requirements.conditions[${index}].metric`;
			if (!isBuiltInMetric(condition.metric) && !sections.metrics.has(condition.metric)) {
				fail(`${at}: unknown metric "${condition.metric}"`);
			}
			const requirementType = achievement.requirements.type;
			if (requirementType === "perfect" && !PERFECT_METRICS.has(condition.metric)) {
				fail(
					`${at}: a perfect requirement watches activities (${sorted(PERFECT_METRICS)}), not "${condition.metric}"`,
				);
			}
			if (
				(requirementType === "unique" || requirementType === "collection") &&
				!KEYED_METRICS.has(condition.metric)
			) {
				fail(
					`${at}: a ${requirementType} requirement needs a metric that names what was seen (${sorted(KEYED_METRICS)})`,
				);
			}
		});
		achievement.requirements.prerequisite_achievements.forEach((other, index) => {
			if (!sections.achievements.has(other)) {
				fail(`${path}.requirements.prerequisite_achievements[${index}]: no achievement "${other}"`);
			}
		});
		checkBundle(achievement.rewards, `${path}.rewards`, sections);
		achievement.progression.milestones.forEach((milestone, index) =>
			checkBundle(milestone.partial_reward, `${path}.progression.milestones[${index}].partial_reward`, sections),
		);
	}
	checkChains(sections.achievements);
	for (const [id, badge] of sections.badges) {
		const path = `catalog.badges ("${id}")`;
		const requirements = badge.acquisition.requirements;
		if (requirements.achievement_id !== "" && !sections.achievements.has(requirements.achievement_id)) {
			fail(`${path}.acquisition.requirements.achievement_id: no achievement "${requirements.achievement_id}"`);
		}
		requirements.quests.forEach((questId, index) => {
			if (!sections.quests.has(questId))
				fail(`${path}.acquisition.requirements.quests[${index}]: no quest "${questId}"`);
		});
		requirements.items_needed.forEach((item, index) => {
			if (sections.rewards.get(item.item_id)?.type !== "item") {
				fail(`${path}.acquisition.requirements.items_needed[${index}].item_id: no item "${item.item_id}"`);
			}
		});
		badge.properties.set_bonus.required_badges.forEach((other, index) => {
			if (!sections.badges.has(other))
				fail(`${path}.properties.set_bonus.required_badges[${index}]: no badge "${other}"`);
		});
		const evolution = badge.properties.evolution;
		if (evolution.next_badge_id !== "") {
			if (!sections.badges.has(evolution.next_badge_id) || evolution.next_badge_id === id) {
				fail(`${path}.properties.evolution.next_badge_id: no other badge "${evolution.next_badge_id}"`);
			}
			evolution.requirements.achievements.forEach((other, index) => {
				if (!sections.achievements.has(other)) {
					fail(`${path}.properties.evolution.requirements.achievements[${index}]: no achievement "${other}"`);
				}
			});
		}
	}
	checkEvolutions(sections.badges);
	for (const [id, quest] of sections.quests) checkQuest(id, quest, sections);
	checkQuestCycles(sections.quests);
	for (const [id, board] of sections.leaderboards) checkLeaderboard(id, board, sections);
	for (const [id, reward] of sections.rewards) {
		reward.usage.requirements.achievements.forEach((other, index) => {
			if (!sections.achievements.has(other)) {
				fail(`catalog.rewards ("${id}").usage.requirements.achievements[${index}]: no achievement "${other}"`);
			}
		});
	}
}
