import { REWARD_BUNDLE_FIELDS, TIME_FRAMES } from "./achievement-schema";
import { field, Fields } from "./fields";

export const QUEST_TYPES = ["main", "side", "daily", "weekly", "event", "tutorial", "challenge", "hidden"] as const;
export const OBJECTIVE_TYPES = [
	"complete",
	"collect",
	"achieve",
	"reach",
	"interact",
	"time_limit",
	"perfect",
	"sequence",
] as const;

export const QUEST_REWARD_FIELDS: Fields = {
	...REWARD_BUNDLE_FIELDS,
	achievements: field.strings(),
	unlock_quests: field.strings(),
};

const conditionText = field.string();

export const OBJECTIVE_FIELDS: Fields = {
	id: field.id(),
	description: field.string(""),
	type: field.oneOf(OBJECTIVE_TYPES),
	target: field.object({
		metric: field.id(),
		value: field.number(0, 1e15, 1),
		context: field.object({
			subject: field.string(""),
			difficulty: field.string(""),
			time_frame: field.oneOf(TIME_FRAMES, ""),
			keys: field.strings(),
			duration: field.whole(0, 525600),
		}),
	}),
	progress_tracking: field.object({
		current: field.number(0, 0, 0),
		required: field.number(0, 1e15, 0),
		show_progress: field.boolean(true),
		checkpoints: field.list({ value: field.number(0, 1e15), reward: field.object(QUEST_REWARD_FIELDS) }),
	}),
	optional: field.boolean(false),
	order: field.whole(0, 1000),
	unlocks: field.strings(),
};

export const QUEST_FIELDS: Fields = {
	id: field.id(),
	name: field.string(),
	info: field.object({
		title: field.string(""),
		description: field.string(""),
		story: field.string(""),
		category: field.string("general"),
		difficulty: field.oneOf(["easy", "medium", "hard", "expert"], "easy"),
		type: field.oneOf(QUEST_TYPES),
		icon: field.string(""),
		banner: field.string(""),
		npc: field.object({ name: field.string(""), avatar: field.string(""), dialogue: field.strings() }),
	}),
	objectives: field.list(OBJECTIVE_FIELDS),
	requirements: field.object({
		level: field.whole(0, 10000),
		quests_completed: field.strings(),
		achievements: field.strings(),
		items: field.list({ item_id: field.id(), quantity: field.whole(1, 1e6), consume: field.boolean(false) }),
		skills: field.list({ skill: field.string(), level: field.whole(undefined, 1000) }),
		time_window: field.object({
			available_from: field.whole(0),
			available_until: field.whole(0),
			daily_reset: field.boolean(false),
			weekly_reset: field.boolean(false),
		}),
	}),
	rewards: field.object({
		guaranteed: field.object(QUEST_REWARD_FIELDS),
		random: field.list({ probability: field.number(0, 1), reward: field.object(QUEST_REWARD_FIELDS) }),
		bonus: field.list({ condition: conditionText, reward: field.object(QUEST_REWARD_FIELDS) }),
		first_completion: field.object(QUEST_REWARD_FIELDS),
		repeatable: field.boolean(false),
		repeat_rewards: field.optionalObject(QUEST_REWARD_FIELDS),
	}),
	chain: field.object({
		is_chain: field.boolean(false),
		chain_id: field.string(""),
		position: field.whole(0, 1000),
		next_quest: field.string(""),
		branch_quests: field.list({ condition: conditionText, quest_id: field.string() }),
	}),
	statistics: field.object({
		attempts: field.whole(0),
		completions: field.whole(0),
		success_rate: field.number(0, 100, 0),
		average_time: field.number(0, math.huge, 0),
		abandonment_rate: field.number(0, 100, 0),
		rating: field.object({ average: field.number(0, 5, 0), count: field.whole(0) }),
	}),
	active: field.boolean(true),
	priority: field.whole(0, 1000),
	created_at: field.whole(0),
	updated_at: field.whole(0),
	expires_at: field.whole(0),
	tags: field.strings(),
};
