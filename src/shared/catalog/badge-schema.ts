import { t } from "@rbxts/t";
import { RARITIES } from "./achievement-schema";
import { DEFAULT_FAIR_PLAY } from "./default/fair-play";
import { field, Fields } from "./fields";

export const BADGE_METHODS = [
	"achievement",
	"purchase",
	"event",
	"gift",
	"milestone",
	"collection",
	"challenge",
	"random",
] as const;

export const BADGE_BONUS_FIELDS: Fields = {
	stat: field.oneOf(["xp", "coins"]),
	value: field.number(0, 1e6),
	type: field.oneOf(["flat", "percentage"], "percentage"),
};

export const BADGE_FIELDS: Fields = {
	id: field.id(),
	name: field.string(),
	// the Roblox badge (Creator Dashboard id) the server awards with BadgeService alongside this one
	roblox_badge_id: field.optionalPositiveWhole(),
	visual: field.object({
		image: field.string(""),
		thumbnail: field.string(""),
		animation: field.string(""),
		shine_effect: field.boolean(false),
		rarity_color: field.string(""),
		size: field.oneOf(["small", "medium", "large"], "medium"),
		style: field.string(""),
	}),
	info: field.object({
		title: field.string(""),
		description: field.string(""),
		lore: field.string(""),
		category: field.string("general"),
		collection: field.string(""),
		collection_position: field.whole(0),
		tier: field.whole(1, 1000),
		tags: field.strings(),
	}),
	acquisition: field.object({
		method: field.oneOf(BADGE_METHODS),
		requirements: field.object({
			achievement_id: field.string(""),
			level: field.whole(0, 10000),
			quests: field.strings(),
			items_needed: field.list({ item_id: field.id(), quantity: field.whole(1, 1e6) }),
			cost: field.object({ coins: field.whole(0, 1e12), gems: field.whole(0, 1e12) }),
		}),
		drop_rate: field.number(0, 1, 0),
		tradeable: field.boolean(false),
		limited: field.boolean(false),
		max_quantity: field.whole(1, 1e6),
	}),
	properties: field.object({
		rarity: field.oneOf(RARITIES, "common"),
		power: field.number(0, 1e9, 0),
		bonuses: field.list(BADGE_BONUS_FIELDS),
		set_bonus: field.object({
			required_badges: field.strings(),
			bonus: field.optionalObject(BADGE_BONUS_FIELDS),
		}),
		stacks: field.boolean(false),
		evolution: field.object({
			next_badge_id: field.string(""),
			requirements: field.object({
				level: field.whole(0, 10000),
				achievements: field.strings(),
				activities: field.whole(0, 1e9),
			}),
		}),
	}),
	statistics: field.object({
		total_awarded: field.whole(0),
		unique_owners: field.whole(0),
		equipped_count: field.whole(0),
		trade_volume: field.whole(0),
		average_value: field.number(0, math.huge, 0),
	}),
	created_at: field.whole(0),
	updated_at: field.whole(0),
};

/** The most repeat factors a catalog may list: one a run is plenty, the last repeats anyway. */
const MAX_REPEAT_FACTORS = 20;
const DAILY_CAP_MAX = 1e9;

const cap = DEFAULT_FAIR_PLAY.daily_xp_cap;

/** Fair play (types.ts FairPlaySettings), each field defaulting to DEFAULT_FAIR_PLAY. */
const FAIR_PLAY_FIELDS: Fields = {
	daily_xp_cap: field.object({
		lesson: field.whole(cap.lesson, DAILY_CAP_MAX),
		quiz: field.whole(cap.quiz, DAILY_CAP_MAX),
		practice: field.whole(cap.practice, DAILY_CAP_MAX),
		review: field.whole(cap.review, DAILY_CAP_MAX),
		help: field.whole(cap.help, DAILY_CAP_MAX),
		project: field.whole(cap.project, DAILY_CAP_MAX),
	}),
	repeat_xp_factors: {
		check: (v: unknown): v is number[] => {
			if (!t.array(t.number)(v)) return false;
			const factors = v as number[];
			if (factors.size() < 1 || factors.size() > MAX_REPEAT_FACTORS) return false;
			return factors.every((f) => f === f && f >= 0 && f <= 1);
		},
		expected: `a list of 1 to ${MAX_REPEAT_FACTORS} factors from 0 to 1`,
		fallback: [...DEFAULT_FAIR_PLAY.repeat_xp_factors],
	},
	min_seconds_per_word: field.number(0, 10, DEFAULT_FAIR_PLAY.min_seconds_per_word),
	min_seconds_per_answer: field.number(0, 600, DEFAULT_FAIR_PLAY.min_seconds_per_answer),
};

export const SETTINGS_FIELDS: Fields = {
	badge_slots: field.whole(3, 50),
	showcase_slots: field.whole(5, 50),
	max_active_quests: field.whole(5, 100),
	// a private server of one is not a class: its "Learner of the Day" won with one lesson
	min_class_size: field.whole(3, 1000),
	fair_play: field.object(FAIR_PLAY_FIELDS),
};
