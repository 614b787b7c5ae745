/**
 * One or more well-formed examples of every kind of event, as a client, a scenario or the server
 * would send them against the default catalog, and the event each must read as.
 */
export interface WellFormed {
	readonly what: string;
	readonly raw: Record<string, unknown>;
	/** The event read; the raw payload itself when absent. */
	readonly event?: Record<string, unknown>;
}

const PERFORMANCE = {
	perfect: true,
	time: 100,
	expected_time: 300,
	first_try: true,
	accuracy: 0.9,
	rushed_answers: 2,
};
const PRIZE = {
	xp: 100,
	coins: 50,
	gems: 1,
	badges: ["gold_star"],
	items: [{ item_id: "snack_pack", quantity: 2 }],
	titles: ["Week champion"],
};

export const WELL_FORMED: readonly WellFormed[] = [
	{ what: "join", raw: { kind: "join" } },
	{ what: "leave", raw: { kind: "leave" } },
	{ what: "prestige", raw: { kind: "prestige" } },
	{ what: "tick", raw: { kind: "tick" } },
	{
		what: "activity with everything",
		raw: {
			kind: "activity",
			activity: "lesson",
			subject: "math",
			difficulty: "easy",
			set_id: "fractions-1",
			performance: PERFORMANCE,
		},
	},
	{
		what: "activity without a performance (the lesson's expected time, 900 s)",
		raw: { kind: "activity", activity: "lesson" },
		event: {
			kind: "activity",
			activity: "lesson",
			performance: { perfect: false, time: 900, expected_time: 900, first_try: false },
		},
	},
	{
		what: "activity with part of a performance",
		raw: { kind: "activity", activity: "quiz", subject: "", performance: { time: 30, accuracy: 0 } },
		event: {
			kind: "activity",
			activity: "quiz",
			subject: "",
			performance: { perfect: false, time: 30, expected_time: 600, first_try: false, accuracy: 0 },
		},
	},
	{ what: "metric", raw: { kind: "metric", metric: "helps_given", value: 3 } },
	{ what: "metric of 0", raw: { kind: "metric", metric: "helps_given", value: 0 } },
	{ what: "purchase", raw: { kind: "purchase", reward_id: "snack_pack" } },
	{ what: "use_item", raw: { kind: "use_item", item_id: "double_xp_potion" } },
	{ what: "grant of coins", raw: { kind: "grant", coins: 20, reason: "helped tidy up" } },
	{
		what: "grant of everything",
		raw: { kind: "grant", xp: 1e12, coins: 1, gems: 2, tokens: 3, badge_id: "gold_star", reason: "science fair" },
	},
	{ what: "grant of a badge", raw: { kind: "grant", badge_id: "gold_star", reason: "r" } },
	{ what: "revoke of XP", raw: { kind: "revoke", xp: 150, reason: "awarded twice by mistake" } },
	{
		what: "revoke of everything",
		raw: { kind: "revoke", xp: 1e12, coins: 1, gems: 2, tokens: 3, badge_id: "gold_star", reason: "r" },
	},
	{
		what: "class_quest",
		raw: { kind: "class_quest", quest_id: "tutorial_first_lesson", deadline: 1788336000 },
	},
	{ what: "end_class_quest", raw: { kind: "end_class_quest", quest_id: "tutorial_first_lesson" } },
	{ what: "equip_badge", raw: { kind: "equip_badge", badge_id: "first_steps" } },
	{ what: "unequip_badge", raw: { kind: "unequip_badge", badge_id: "first_steps" } },
	{ what: "buy_badge", raw: { kind: "buy_badge", badge_id: "golden_apple" } },
	{ what: "set_showcase", raw: { kind: "set_showcase", achievement_ids: ["first_lesson", "lesson_regular"] } },
	{ what: "set_showcase emptied", raw: { kind: "set_showcase", achievement_ids: [] } },
	{ what: "assign_quest", raw: { kind: "assign_quest", quest_id: "tutorial_first_lesson" } },
	{ what: "abandon_quest", raw: { kind: "abandon_quest", quest_id: "tutorial_first_lesson" } },
	{ what: "rate_quest", raw: { kind: "rate_quest", quest_id: "tutorial_first_lesson", rating: 5 } },
	{ what: "gift of a badge", raw: { kind: "gift", to_user_id: "2", badge_id: "thank_you" } },
	{ what: "gift of an item", raw: { kind: "gift", to_user_id: "2", item_id: "snack_pack" } },
	{ what: "set_notifications", raw: { kind: "set_notifications", level_up: false, challenges: true } },
	{
		what: "set_privacy",
		raw: { kind: "set_privacy", show_profile: true, show_stats: true, allow_challenges: false },
	},
	{ what: "block_user", raw: { kind: "block_user", user_id: "2" } },
	{ what: "activity_abandoned", raw: { kind: "activity_abandoned", set_id: "math-add-sub-1" } },
	{ what: "unblock_user", raw: { kind: "unblock_user", user_id: "2" } },
	{ what: "send_gift", raw: { kind: "send_gift", to_user_id: "2", badge_id: "thank_you" } },
	{ what: "receive_gift", raw: { kind: "receive_gift", from_user_id: "1", badge_id: "thank_you" } },
	{
		what: "leaderboard_reward",
		raw: {
			kind: "leaderboard_reward",
			leaderboard_id: "weekly_xp_class",
			period: "2026-W36",
			rank: 1,
			reward: PRIZE,
			title: "Champion",
			prize: "tier",
		},
	},
	{
		what: "leaderboard_reward without a title",
		raw: {
			kind: "leaderboard_reward",
			leaderboard_id: "weekly_xp_class",
			period: "2026-W36",
			rank: 3,
			reward: { xp: 0, coins: 0, gems: 0, badges: [], items: [], titles: [] },
			prize: "participation",
		},
	},
];
