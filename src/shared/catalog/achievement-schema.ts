import { t } from "@rbxts/t";
import { field, Fields } from "./fields";

export const RARITIES = ["common", "uncommon", "rare", "epic", "legendary"] as const;
export const REQUIREMENT_TYPES = [
	"counter",
	"threshold",
	"collection",
	"sequence",
	"time_limit",
	"perfect",
	"streak",
	"unique",
] as const;
export const OPERATORS = [">=", ">", "==", "!=", "<=", "<"] as const;
export const TIME_FRAMES = ["", "morning", "afternoon", "evening", "night", "weekday", "weekend"] as const;

/** The Achievement model's `rewards`, also used by milestones' `partial_reward`. */
export const REWARD_BUNDLE_FIELDS: Fields = {
	xp: field.whole(0, 1e12),
	coins: field.whole(0, 1e12),
	gems: field.whole(0, 1e12),
	items: field.list({ item_id: field.id(), quantity: field.whole(1, 1e6) }),
	badges: field.strings(),
	titles: field.strings(),
	unlock_content: field.strings(),
	multipliers: field.list({
		type: field.string("xp"),
		value: field.number(1, 100),
		duration: field.whole(undefined, 31536000),
	}),
};

const conditionValue = t.union(
	(v: unknown): v is number => typeIs(v, "number") && v === v && v !== math.huge && v !== -math.huge,
	t.array(t.string),
);

export const CONDITION_FIELDS: Fields = {
	metric: field.id(),
	operator: field.oneOf(OPERATORS, ">="),
	value: { check: conditionValue, expected: "a number, or a list of strings for a collection" },
	context: field.object({
		subject: field.string(""),
		difficulty: field.string(""),
		time_frame: field.oneOf(TIME_FRAMES, ""),
	}),
};

export const ACHIEVEMENT_FIELDS: Fields = {
	id: field.id(),
	name: field.string(),
	slug: field.string(""),
	display: field.object({
		title: field.string(""),
		description: field.string(""),
		icon: field.object({ locked: field.string(""), unlocked: field.string(""), animated: field.string("") }),
		banner: field.string(""),
		flavor_text: field.string(""),
		category: field.string("general"),
		tags: field.strings(),
	}),
	requirements: field.object({
		type: field.oneOf(REQUIREMENT_TYPES),
		conditions: field.list(CONDITION_FIELDS),
		logic: field.oneOf(["all", "any", "sequence"], "all"),
		prerequisite_achievements: field.strings(),
		level_requirement: field.whole(0, 10000),
		time_constraint: field.object({
			type: field.oneOf(["", "within", "daily", "weekly"], ""),
			duration: field.whole(0, 525600),
		}),
	}),
	rewards: field.object(REWARD_BUNDLE_FIELDS),
	progression: field.object({
		type: field.oneOf(["instant", "progressive", "tiered"], "instant"),
		tiers: field.list({
			tier: field.whole(undefined, 1000),
			name: field.string(""),
			requirement: field.number(0, 1e15),
			reward_multiplier: field.number(0, 1000, 1),
		}),
		milestones: field.list({
			percentage: field.number(1, 99),
			message: field.string(""),
			partial_reward: field.object(REWARD_BUNDLE_FIELDS),
		}),
		show_progress: field.boolean(true),
		reset_on_prestige: field.boolean(false),
	}),
	metadata: field.object({
		difficulty: field.oneOf(["easy", "medium", "hard", "expert"], "easy"),
		rarity: field.oneOf(RARITIES, "common"),
		points: field.whole(0, 1e6),
		estimated_time: field.number(0, 1e6, 0),
		completion_rate: field.number(0, 100, 0),
		secret: field.boolean(false),
		seasonal: field.boolean(false),
		season: field.string(""),
		limited_time: field.boolean(false),
		available_from: field.whole(0),
		available_until: field.whole(0),
		stackable: field.boolean(false),
		platform_exclusive: field.string(""),
	}),
	statistics: field.object({
		total_earned: field.whole(0),
		unique_earners: field.whole(0),
		average_time: field.number(0, math.huge, 0),
		first_earned_by: field.string(""),
		first_earned_at: field.whole(0),
		recent_earners: field.list({ user_id: field.string(), earned_at: field.whole(0) }),
	}),
	status: field.oneOf(["active", "retired", "upcoming"], "active"),
	created_at: field.whole(0),
	updated_at: field.whole(0),
	created_by: field.string(""),
};
