import { BuiltInMetric, isKnownMetric, KEYED_METRICS, PERFECT_METRICS } from "./metric-names";
import { fail, readFields } from "./fields";
import { parseQuestCondition } from "./quest-condition";
import { QUEST_FIELDS } from "./quest-schema";
import { QuestDefinition } from "./types";

/** What an `achieve` objective watches: achievements, by id. */
const ACHIEVE_METRIC: BuiltInMetric = "achievements_earned";

/** Reads one quest: its objectives must fit together and its conditions parse; references are checked later. */
export function readQuest(raw: unknown, path: string, catalogMetrics: ReadonlySet<string>): QuestDefinition {
	const data = readFields(raw, QUEST_FIELDS, path) as Record<string, unknown>;
	const rewards = data.rewards as Record<string, unknown>;
	rewards.bonus = (rewards.bonus as { condition: string; reward: unknown }[]).map((bonus, index) => ({
		condition: parseQuestCondition(bonus.condition, `${path}.rewards.bonus[${index}].condition`),
		reward: bonus.reward,
	}));
	if (rewards.repeat_rewards === undefined) rewards.repeat_rewards = rewards.guaranteed;
	const chain = data.chain as Record<string, unknown>;
	chain.branch_quests = (chain.branch_quests as { condition: string; quest_id: string }[]).map((branch, index) => ({
		condition: parseQuestCondition(branch.condition, `${path}.chain.branch_quests[${index}].condition`),
		quest_id: branch.quest_id,
	}));
	const quest = data as unknown as QuestDefinition;
	if (quest.objectives.size() === 0) fail(`${path}.objectives: a quest needs at least one objective`);
	const ids = new Set<string>();
	quest.objectives.forEach((objective, index) => {
		const at = `${path}.objectives[${index}]`;
		if (ids.has(objective.id)) fail(`${at}.id: "${objective.id}" is used twice`);
		ids.add(objective.id);
		const metric = objective.target.metric;
		if (!isKnownMetric(metric, catalogMetrics)) {
			fail(`${at}.target.metric: unknown metric "${metric}"`);
		}
		if (objective.type === "perfect" && !PERFECT_METRICS.has(metric)) {
			fail(`${at}.target.metric: a perfect objective watches activities, not "${metric}"`);
		}
		if (objective.type === "collect" && !KEYED_METRICS.has(metric)) {
			fail(`${at}.target.metric: a collect objective needs a metric that names what was seen, not "${metric}"`);
		}
		if (objective.type === "achieve" && metric !== ACHIEVE_METRIC) {
			fail(`${at}.target.metric: an achieve objective watches "${ACHIEVE_METRIC}"`);
		}
		if (objective.type === "time_limit" && objective.target.context.duration === 0) {
			fail(`${at}.target.context.duration: a time_limit objective needs its minutes`);
		}
		const tracking = objective.progress_tracking as { required: number };
		if (tracking.required === 0) tracking.required = objective.target.value;
		if (tracking.required <= 0) fail(`${at}.target.value: must be above 0`);
	});
	quest.objectives.forEach((objective, index) => {
		objective.unlocks.forEach((other, position) => {
			if (!ids.has(other) || other === objective.id) {
				fail(`${path}.objectives[${index}].unlocks[${position}]: no other objective "${other}" in this quest`);
			}
		});
	});
	if (quest.objectives.every((objective) => objective.optional)) {
		fail(`${path}.objectives: at least one objective must not be optional`);
	}
	const window = quest.requirements.time_window;
	if (window.available_until > 0 && window.available_from >= window.available_until) {
		fail(`${path}.requirements.time_window.available_from: must be before available_until`);
	}
	if (quest.info.type === "event" && window.available_until === 0 && quest.expires_at === 0) {
		fail(`${path}.requirements.time_window.available_until: an event quest has a time window`);
	}
	return quest;
}
