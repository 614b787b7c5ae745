import { field, Fields } from "./fields";

export const LEADERBOARD_TYPES = [
	"points",
	"level",
	"achievement",
	"time",
	"accuracy",
	"streak",
	"collection",
	"composite",
] as const;
export const SCOPES = ["global", "regional", "school", "class", "friends"] as const;
export const PERIODS = ["all-time", "seasonal", "monthly", "weekly", "daily"] as const;
export const AGGREGATIONS = ["sum", "average", "max", "latest"] as const;

const REWARD: Fields = {
	xp: field.whole(0, 1e12),
	coins: field.whole(0, 1e12),
	gems: field.whole(0, 1e12),
	badges: field.strings(),
	items: field.list({ item_id: field.id(), quantity: field.whole(1, 1e6) }),
	titles: field.strings(),
};

export const LEADERBOARD_FIELDS: Fields = {
	id: field.id(),
	name: field.string(),
	configuration: field.object({
		type: field.oneOf(LEADERBOARD_TYPES),
		metric: field.string(""),
		scope: field.oneOf(SCOPES, "global"),
		period: field.oneOf(PERIODS, "all-time"),
		reset_schedule: field.object({ frequency: field.string(""), archive_previous: field.boolean(true) }),
		calculation: field.object({
			formula: field.string(""),
			weights: field.list({ metric: field.id(), weight: field.number(-1000, 1000) }),
			// absent: what the board's type implies (read-leaderboard.ts)
			aggregation: { ...field.oneOf(AGGREGATIONS), optional: true },
			tie_breaker: field.string("earliest"),
		}),
		filters: field.object({
			min_level: field.whole(0, 10000),
			min_activities: field.whole(0, 1e9),
			required_achievements: field.strings(),
			exclude_inactive_days: field.whole(0, 3650),
		}),
		size_limits: field.object({
			max_entries: field.whole(1000, 1e6),
			display_top: field.whole(10, 100),
			show_nearby: field.whole(2, 50),
		}),
	}),
	rewards: field.object({
		enabled: field.boolean(false),
		distribution: field.list({
			rank_range: field.object({ min: field.whole(0, 1e6), max: field.whole(0, 1e6) }),
			percentage_range: field.object({ min: field.number(0, 100, 0), max: field.number(0, 100, 0) }),
			rewards: field.object(REWARD),
		}),
		participation: field.object({ minimum_score: field.number(0, 1e15, 0), reward: field.object(REWARD) }),
		milestones: field.list({
			rank: field.whole(undefined, 1e6),
			reward: field.object(REWARD),
			title: field.string(""),
		}),
	}),
	seasons: field.object({
		current_season: field.object({
			id: field.string(""),
			name: field.string(""),
			started_at: field.whole(0),
			ends_at: field.whole(0),
			theme: field.string(""),
			special_rules: {
				check: (v: unknown): v is object => typeIs(v, "table"),
				expected: "an object",
				fallback: {},
			},
		}),
		previous_seasons: field.list({
			id: field.string(),
			winner_id: field.string(""),
			top_players: field.strings(),
			archived_at: field.whole(0),
		}),
	}),
	display: field.object({
		icon: field.string(""),
		banner: field.string(""),
		show_avatars: field.boolean(true),
		show_badges: field.boolean(true),
		show_stats: field.boolean(true),
		update_frequency: field.whole(30, 86400),
	}),
	status: field.oneOf(["active", "paused", "ended"], "active"),
	visibility: field.oneOf(["public", "private", "unlisted"], "public"),
	created_at: field.whole(0),
	updated_at: field.whole(0),
	tags: field.strings(),
};
