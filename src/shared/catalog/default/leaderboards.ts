/** Fall term 2026, the season of the seasonal boards. */
const FALL_2026 = {
	id: "fall-2026",
	name: "Fall Term 2026",
	started_at: 1788220800,
	ends_at: 1797638400,
	theme: "harvest",
};

/**
 * The boards a school starts with. Class and school boards are private to the group (classmates
 * see each other whatever their privacy settings); the global board is public, so only students
 * who made their profile and stats public appear on it.
 */
export const DEFAULT_LEADERBOARDS = [
	{
		id: "weekly_xp_class",
		name: "This Week's XP",
		configuration: { type: "points", scope: "class", period: "weekly", calculation: { tie_breaker: "earliest" } },
		rewards: {
			enabled: true,
			distribution: [
				{ rank_range: { min: 1, max: 1 }, rewards: { coins: 100, gems: 1 } },
				{ rank_range: { min: 2, max: 3 }, rewards: { coins: 50 } },
			],
			participation: { minimum_score: 200, reward: { coins: 10 } },
			milestones: [{ rank: 1, title: "Class Champion" }],
		},
		display: { update_frequency: 60 },
		visibility: "private",
	},
	{
		id: "daily_xp_class",
		name: "Today's Top Learners",
		configuration: { type: "points", scope: "class", period: "daily" },
		rewards: {
			enabled: true,
			distribution: [{ rank_range: { min: 1, max: 1 }, rewards: { coins: 20 } }],
			milestones: [{ rank: 1, title: "Learner of the Day" }],
		},
		display: { update_frequency: 60 },
		visibility: "private",
	},
	{
		id: "all_time_xp_global",
		name: "Hall of Fame",
		configuration: { type: "points", scope: "global", period: "all-time", size_limits: { display_top: 50 } },
		display: { update_frequency: 300 },
		visibility: "public",
	},
	{
		id: "accuracy_class",
		name: "Sharpest Minds",
		configuration: {
			type: "accuracy",
			scope: "class",
			period: "monthly",
			calculation: { tie_breaker: "earliest" },
			filters: { min_activities: 10 },
		},
		rewards: {
			enabled: true,
			distribution: [{ rank_range: { min: 1, max: 1 }, rewards: { gems: 2 } }],
		},
		visibility: "private",
	},
	{
		id: "longest_streak_school",
		name: "Longest Study Streak",
		configuration: { type: "streak", scope: "school", period: "all-time" },
		visibility: "private",
	},
	{
		id: "mastery_class",
		name: "Mastery Masters",
		configuration: {
			type: "composite",
			scope: "class",
			period: "seasonal",
			calculation: {
				formula: "lessons + 3 x perfect quizzes + 2 x helps + 5 x achievements",
				weights: [
					{ metric: "lessons_completed", weight: 1 },
					{ metric: "quizzes_perfect", weight: 3 },
					{ metric: "helps_given", weight: 2 },
					{ metric: "achievements_earned", weight: 5 },
				],
				aggregation: "sum",
				tie_breaker: "earliest",
			},
		},
		rewards: {
			enabled: true,
			distribution: [{ percentage_range: { min: 0, max: 10 }, rewards: { gems: 5, badges: [] } }],
		},
		seasons: { current_season: FALL_2026 },
		visibility: "private",
	},
];
