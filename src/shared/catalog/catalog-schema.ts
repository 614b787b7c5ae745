import { field, Fields } from "./fields";

/** The fields of each kind of catalog definition, with their defaults. */

export const PROGRESSION_FIELDS: Fields = {
	formula: field.oneOf(["exponential"], "exponential"),
	base_xp: field.whole(undefined, 1e12),
	growth_rate: field.number(1, 10),
	soft_cap: field.whole(undefined, 10000),
	soft_cap_multiplier: field.number(1, 100, 2),
	hard_cap: field.whole(undefined, 10000),
	prestige_enabled: field.boolean(false),
	prestige_xp_boost: field.number(0, 10, 0),
	coins_per_level: field.whole(0, 1e9),
};

export const ACTIVITY_TYPES = ["lesson", "quiz", "practice", "help", "project", "review"] as const;

/** An activity, keyed by its id in the catalog; only base_xp is required. */
export const ACTIVITY_FIELDS: Fields = {
	name: field.string(""),
	type: field.oneOf(ACTIVITY_TYPES, "practice"),
	base_xp: field.whole(undefined, 1e9),
	coins: field.whole(0, 1e9),
	expected_time: field.number(1, 86400, 300),
};

export const STAT_COUNTERS = [
	"friends_count",
	"helps_given",
	"helps_received",
	"challenges_won",
	"challenges_total",
	"content_created",
	"content_shared",
] as const;

export const METRIC_FIELDS: Fields = {
	stat: field.oneOf(STAT_COUNTERS, ""),
	mode: field.oneOf(["add", "set"], "add"),
};

export const REWARD_TYPES = [
	"item",
	"currency",
	"xp",
	"badge",
	"title",
	"cosmetic",
	"power_up",
	"unlock",
	"multiplier",
] as const;

export const REWARD_FIELDS: Fields = {
	id: field.id(),
	name: field.string(),
	type: field.oneOf(REWARD_TYPES),
	display: field.object({
		title: field.string(""),
		description: field.string(""),
		icon: field.string(""),
		image: field.string(""),
		rarity: field.oneOf(["common", "uncommon", "rare", "epic", "legendary"], "common"),
		preview: field.string(""),
		effects: field.object({
			particle: field.string(""),
			sound: field.string(""),
			animation: field.string(""),
		}),
	}),
	value: field.object({
		amount: field.number(0, 1e12, 1),
		duration: field.whole(0, 31536000),
		uses: field.whole(1, 1e6),
		stacks: field.boolean(false),
		max_stack: field.whole(1, 1e6),
		properties: field.object({
			currency: field.oneOf(["coins", "gems", "tokens"], ""),
			slot: field.oneOf(["avatars", "frames", "themes", "emotes", "effects"], ""),
			badge_id: field.string(""),
			title: field.string(""),
		}),
	}),
	acquisition: field.object({
		sources: field.list({
			type: field.string(),
			id: field.string(""),
			probability: field.number(0, 1, 1),
		}),
		purchasable: field.boolean(false),
		price: field.object({ coins: field.whole(0), gems: field.whole(0), tokens: field.whole(0) }),
		tradeable: field.boolean(false),
		giftable: field.boolean(false),
		limited: field.object({
			quantity: field.whole(0),
			per_player: field.whole(0),
			time_limited: field.boolean(false),
			available_until: field.whole(0),
		}),
	}),
	usage: field.object({
		consumable: field.boolean(false),
		requirements: field.object({ level: field.whole(0, 10000), achievements: field.strings() }),
		cooldown: field.whole(0, 31536000),
		context: field.object({ environments: field.strings(), activities: field.strings() }),
		effects: field.object({
			xp_multiplier: field.object({ value: field.number(0, 100, 0), duration: field.whole(0, 31536000) }),
			xp: field.whole(0, 1e12),
			coins: field.whole(0, 1e12),
		}),
	}),
	statistics: field.object({
		distributed: field.whole(0),
		used: field.whole(0),
		active: field.whole(0),
		average_hold_time: field.number(0, math.huge, 0),
		popularity: field.number(0, math.huge, 0),
	}),
	created_at: field.whole(0),
	updated_at: field.whole(0),
};
