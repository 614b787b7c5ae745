/** Winter 2026 season: 2026-11-19 00:00 UTC to 2027-01-01 00:00 UTC. */
const WINTER_FROM = 1795046400;
const WINTER_UNTIL = 1798761600;
/** Finals week 2026: 2026-12-07 00:00 UTC to 2026-12-19 00:00 UTC. */
const FINALS_FROM = 1796601600;
const FINALS_UNTIL = 1797638400;
const HOUR = 3600;

/**
 * The classroom's achievements: learning, mastery, streaks, social and exploration. Each one names
 * the metrics it watches (BUILT_IN_METRICS and catalog.metrics); omitted fields take their defaults.
 * These replicate to every client; secret ones (metadata.secret) live on the server only, in
 * server/catalog/secret-achievements.ts, so no client can read their text or requirements.
 */
export const DEFAULT_ACHIEVEMENTS = [
	// ---------------------------------------------------------------- learning
	{
		id: "first_lesson",
		name: "First Lesson",
		display: {
			title: "First Day of Class",
			description: "Complete your very first lesson.",
			flavor_text: "Every expert was once a beginner.",
			category: "learning",
			tags: ["starter"],
		},
		requirements: { type: "counter", conditions: [{ metric: "lessons_completed", value: 1 }] },
		rewards: { xp: 25, coins: 10 },
		metadata: { difficulty: "easy", rarity: "common", points: 10 },
	},
	{
		id: "lesson_regular",
		name: "Lesson Regular",
		display: {
			title: "Lesson Regular",
			description: "Complete lessons to climb from Bronze to Platinum.",
			category: "learning",
		},
		requirements: { type: "counter", conditions: [{ metric: "lessons_completed", value: 10 }] },
		rewards: { xp: 100, coins: 20 },
		progression: {
			type: "tiered",
			tiers: [
				{ tier: 1, name: "Bronze", requirement: 10, reward_multiplier: 1 },
				{ tier: 2, name: "Silver", requirement: 25, reward_multiplier: 1.5 },
				{ tier: 3, name: "Gold", requirement: 50, reward_multiplier: 2 },
				{ tier: 4, name: "Platinum", requirement: 100, reward_multiplier: 3 },
			],
		},
		metadata: { difficulty: "medium", rarity: "uncommon", points: 25 },
	},
	{
		id: "triple_lesson_day",
		name: "Triple Lesson Day",
		display: {
			title: "Hat Trick of Learning",
			description: "Complete 3 lessons in a single day.",
			category: "learning",
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "lessons_completed", value: 3 }],
			time_constraint: { type: "daily" },
		},
		rewards: { xp: 60, items: [{ item_id: "snack_pack", quantity: 1 }] },
		metadata: { difficulty: "easy", rarity: "common", points: 15 },
	},
	{
		id: "busy_week",
		name: "Busy Bee Week",
		display: {
			title: "Busy Bee",
			description: "Complete 15 activities of any kind in one week.",
			category: "learning",
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "activities_completed", value: 15 }],
			time_constraint: { type: "weekly" },
		},
		rewards: { xp: 150, coins: 30 },
		progression: {
			type: "progressive",
			show_progress: true,
			milestones: [{ percentage: 50, message: "Halfway through a busy week!", partial_reward: { coins: 10 } }],
		},
		metadata: { difficulty: "medium", rarity: "uncommon", points: 30 },
	},
	{
		id: "science_starter",
		name: "Science Starter",
		display: {
			title: "Lab Coat On",
			description: "Complete 3 science lessons.",
			category: "learning",
			tags: ["science"],
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "lessons_completed", value: 3, context: { subject: "science" } }],
		},
		rewards: { xp: 50, coins: 15 },
		metadata: { difficulty: "easy", rarity: "common", points: 15 },
	},
	{
		id: "history_buff",
		name: "History Buff",
		display: {
			title: "History Buff",
			description: "Complete 5 history lessons.",
			flavor_text: "Those who learn history get to tell the best stories.",
			category: "learning",
			tags: ["history"],
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "lessons_completed", value: 5, context: { subject: "history" } }],
		},
		rewards: { xp: 75, coins: 20 },
		metadata: { difficulty: "easy", rarity: "common", points: 20 },
	},
	{
		id: "page_turner",
		name: "Page Turner",
		display: {
			title: "Page Turner",
			description: "Complete 5 language lessons or reading assignments.",
			category: "learning",
			tags: ["language", "reading"],
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "lessons_completed", value: 5, context: { subject: "language" } }],
		},
		rewards: { xp: 75, coins: 20 },
		metadata: { difficulty: "easy", rarity: "common", points: 20 },
	},
	{
		id: "math_marathon",
		name: "Math Marathon",
		display: {
			title: "Math Marathon",
			description: "Spend 300 minutes studying math.",
			category: "learning",
			tags: ["math"],
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "study_minutes", value: 300, context: { subject: "math" } }],
		},
		rewards: { xp: 300, coins: 50, titles: ["Mathlete"] },
		progression: {
			type: "progressive",
			show_progress: true,
			milestones: [
				{ percentage: 25, message: "A quarter of the way: keep counting!", partial_reward: { coins: 5 } },
				{ percentage: 50, message: "Halfway there!", partial_reward: { coins: 10 } },
				{ percentage: 75, message: "The finish line is in sight!", partial_reward: { xp: 25 } },
			],
		},
		metadata: { difficulty: "medium", rarity: "rare", points: 50, estimated_time: 18000 },
	},
	{
		id: "learn_practice_prove",
		name: "Learn, Practice, Prove",
		display: {
			title: "Learn, Practice, Prove",
			description: "Take a lesson, then a practice set, then a quiz, in that order.",
			category: "learning",
		},
		requirements: {
			type: "sequence",
			logic: "sequence",
			conditions: [
				{ metric: "lessons_completed", value: 1 },
				{ metric: "practices_completed", value: 1 },
				{ metric: "quizzes_completed", value: 1 },
			],
		},
		rewards: { xp: 75, coins: 15 },
		metadata: { difficulty: "easy", rarity: "common", points: 15 },
	},
	{
		id: "project_pipeline",
		name: "Project Pipeline",
		display: {
			title: "From Idea to Project",
			description: "Complete 2 lessons, then a project milestone, then review with flashcards.",
			category: "learning",
			tags: ["project"],
		},
		requirements: {
			type: "sequence",
			logic: "sequence",
			conditions: [
				{ metric: "lessons_completed", value: 2 },
				{ metric: "projects_completed", value: 1 },
				{ metric: "reviews_completed", value: 1 },
			],
		},
		rewards: { xp: 150, coins: 25, unlock_content: ["project_showcase"] },
		metadata: { difficulty: "medium", rarity: "uncommon", points: 30 },
	},
	// ---------------------------------------------------------------- mastery
	{
		id: "quiz_apprentice",
		name: "Quiz Apprentice",
		display: {
			title: "Quiz Apprentice",
			description: "Complete 5 quizzes.",
			category: "mastery",
			tags: ["quiz"],
		},
		requirements: { type: "counter", conditions: [{ metric: "quizzes_completed", value: 5 }] },
		rewards: { xp: 100, coins: 20 },
		metadata: { difficulty: "easy", rarity: "common", points: 20 },
	},
	{
		id: "quiz_master",
		name: "Quiz Master",
		display: {
			title: "Quiz Master",
			description: "Complete 25 quizzes. Requires Quiz Apprentice and level 5.",
			flavor_text: "Bring on the pop quiz.",
			category: "mastery",
			tags: ["quiz"],
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "quizzes_completed", value: 25 }],
			prerequisite_achievements: ["quiz_apprentice"],
			level_requirement: 5,
		},
		rewards: { xp: 400, coins: 100, titles: ["Quiz Master"], items: [{ item_id: "homework_pass", quantity: 1 }] },
		progression: {
			type: "progressive",
			show_progress: true,
			milestones: [{ percentage: 50, message: "Halfway there!", partial_reward: { coins: 10 } }],
		},
		metadata: { difficulty: "hard", rarity: "rare", points: 75 },
	},
	{
		id: "hat_trick",
		name: "Hat Trick",
		display: {
			title: "Perfect Hat Trick",
			description: "Get 3 perfect quiz scores in a row.",
			category: "mastery",
			tags: ["quiz", "perfect"],
		},
		requirements: { type: "perfect", conditions: [{ metric: "quizzes_completed", value: 3 }] },
		rewards: { xp: 150, coins: 30, items: [{ item_id: "double_xp_potion", quantity: 1 }] },
		metadata: { difficulty: "medium", rarity: "rare", points: 40 },
	},
	{
		id: "flawless_ten",
		name: "Flawless Ten",
		display: {
			title: "Flawless",
			description: "Finish 10 activities in a row without a single mistake.",
			category: "mastery",
			tags: ["perfect"],
		},
		requirements: { type: "perfect", conditions: [{ metric: "perfect_activities", value: 10 }] },
		rewards: { xp: 500, gems: 2, titles: ["Flawless"] },
		metadata: { difficulty: "expert", rarity: "epic", points: 100 },
	},
	{
		id: "sharp_shooter",
		name: "Sharp Shooter",
		display: {
			title: "Sharp Shooter",
			description: "Score 95% or better on a hard activity.",
			category: "mastery",
		},
		requirements: {
			type: "threshold",
			conditions: [{ metric: "accuracy", value: 0.95, context: { difficulty: "hard" } }],
		},
		rewards: { xp: 120, coins: 25 },
		metadata: { difficulty: "hard", rarity: "uncommon", points: 30 },
	},
	{
		id: "hard_mode_hero",
		name: "Hard Mode Hero",
		display: {
			title: "Hard Mode Hero",
			description: "Complete 5 quizzes on hard difficulty.",
			category: "mastery",
			tags: ["quiz"],
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "quizzes_completed", value: 5, context: { difficulty: "hard" } }],
		},
		rewards: { xp: 250, coins: 50 },
		metadata: { difficulty: "hard", rarity: "rare", points: 50 },
	},
	{
		id: "speed_quizzer",
		name: "Speed Quizzer",
		display: {
			title: "Speed Quizzer",
			description: "Complete 3 quizzes within 30 minutes.",
			category: "mastery",
			tags: ["quiz", "speed"],
		},
		requirements: {
			type: "time_limit",
			conditions: [{ metric: "quizzes_completed", value: 3 }],
			time_constraint: { type: "within", duration: 30 },
		},
		rewards: { xp: 100, coins: 20 },
		metadata: { difficulty: "medium", rarity: "uncommon", points: 25 },
	},
	{
		id: "practice_sprint",
		name: "Practice Sprint",
		display: {
			title: "Math Sprint",
			description: "Complete 4 math practice sets within 20 minutes.",
			category: "mastery",
			tags: ["math", "speed"],
		},
		requirements: {
			type: "time_limit",
			conditions: [{ metric: "practices_completed", value: 4, context: { subject: "math" } }],
			time_constraint: { type: "within", duration: 20 },
		},
		rewards: { xp: 80, coins: 15 },
		metadata: { difficulty: "medium", rarity: "uncommon", points: 25 },
	},
	{
		id: "show_what_you_know",
		name: "Show What You Know",
		display: {
			title: "Show What You Know",
			description: "Ace 10 quizzes or finish 5 project milestones, whichever comes first.",
			category: "mastery",
		},
		requirements: {
			type: "counter",
			logic: "any",
			conditions: [
				{ metric: "quizzes_perfect", value: 10 },
				{ metric: "projects_completed", value: 5 },
			],
		},
		rewards: { xp: 300, coins: 60 },
		metadata: { difficulty: "hard", rarity: "rare", points: 60 },
	},
	{
		id: "math_wizard",
		name: "Math Wizard",
		display: {
			title: "Math Wizard",
			description: "Complete 10 math lessons and 10 math quizzes.",
			category: "mastery",
			tags: ["math"],
		},
		requirements: {
			type: "counter",
			logic: "all",
			conditions: [
				{ metric: "lessons_completed", value: 10, context: { subject: "math" } },
				{ metric: "quizzes_completed", value: 10, context: { subject: "math" } },
			],
		},
		rewards: { xp: 350, coins: 75, titles: ["Math Wizard"] },
		progression: {
			type: "progressive",
			show_progress: true,
			milestones: [{ percentage: 50, message: "Halfway there!", partial_reward: { coins: 10 } }],
		},
		metadata: { difficulty: "hard", rarity: "rare", points: 60 },
	},
	{
		id: "level_climber",
		name: "Level Climber",
		display: {
			title: "Level Climber",
			description: "Reach levels 5, 10, 25, 50 and 100. Starts again after each prestige.",
			category: "mastery",
		},
		requirements: { type: "threshold", conditions: [{ metric: "level", value: 5 }] },
		rewards: { xp: 50, coins: 25 },
		progression: {
			type: "tiered",
			tiers: [
				{ tier: 1, name: "Bronze", requirement: 5, reward_multiplier: 1 },
				{ tier: 2, name: "Silver", requirement: 10, reward_multiplier: 2 },
				{ tier: 3, name: "Gold", requirement: 25, reward_multiplier: 4 },
				{ tier: 4, name: "Platinum", requirement: 50, reward_multiplier: 8 },
				{ tier: 5, name: "Diamond", requirement: 100, reward_multiplier: 16 },
			],
			reset_on_prestige: true,
		},
		metadata: { difficulty: "medium", rarity: "uncommon", points: 20 },
	},
	{
		id: "fresh_start",
		name: "Fresh Start",
		display: {
			title: "Phoenix",
			description: "Prestige for the first time.",
			flavor_text: "Back to level 1, but never back to square one.",
			category: "mastery",
		},
		requirements: { type: "threshold", conditions: [{ metric: "prestige", value: 1 }] },
		rewards: { gems: 10, titles: ["Phoenix"], multipliers: [{ type: "xp", value: 2, duration: 24 * HOUR }] },
		metadata: { difficulty: "expert", rarity: "legendary", points: 250 },
	},
	{
		id: "finals_blitz",
		name: "Finals Blitz",
		display: {
			title: "Finals Week Blitz",
			description: "Complete 10 quizzes during finals week (December 7-18, 2026).",
			category: "mastery",
			tags: ["event", "quiz"],
		},
		requirements: { type: "counter", conditions: [{ metric: "quizzes_completed", value: 10 }] },
		rewards: { xp: 250, coins: 50, multipliers: [{ type: "xp", value: 1.5, duration: HOUR }] },
		progression: {
			type: "progressive",
			show_progress: true,
			milestones: [
				{ percentage: 50, message: "Halfway through your finals prep!", partial_reward: { coins: 10 } },
			],
		},
		metadata: {
			difficulty: "medium",
			rarity: "rare",
			points: 40,
			limited_time: true,
			available_from: FINALS_FROM,
			available_until: FINALS_UNTIL,
		},
	},
	// ---------------------------------------------------------------- streaks
	{
		id: "streak_starter",
		name: "Streak Starter",
		display: {
			title: "On a Roll",
			description: "Study 3 days in a row.",
			category: "streaks",
		},
		requirements: { type: "streak", conditions: [{ metric: "activities_completed", value: 3 }] },
		rewards: { xp: 60, coins: 15 },
		metadata: { difficulty: "easy", rarity: "common", points: 15 },
	},
	{
		id: "week_warrior",
		name: "Week Warrior",
		display: {
			title: "Week Warrior",
			description: "Study 7 days in a row.",
			category: "streaks",
		},
		requirements: {
			type: "streak",
			conditions: [{ metric: "activities_completed", value: 7 }],
			prerequisite_achievements: ["streak_starter"],
		},
		rewards: {
			xp: 200,
			coins: 40,
			badges: ["streak_flame"],
			multipliers: [{ type: "xp", value: 1.5, duration: HOUR }],
		},
		progression: {
			type: "progressive",
			show_progress: true,
			milestones: [{ percentage: 50, message: "Halfway to a full week!", partial_reward: { coins: 10 } }],
		},
		metadata: { difficulty: "medium", rarity: "rare", points: 50 },
	},
	{
		id: "keep_the_flame",
		name: "Keep the Flame",
		display: {
			title: "Keep the Flame",
			description: "Grow your study streak to 3, 7, 14 and 30 days.",
			category: "streaks",
		},
		requirements: { type: "threshold", conditions: [{ metric: "study_streak", value: 3 }] },
		rewards: { xp: 50, coins: 10 },
		progression: {
			type: "tiered",
			tiers: [
				{ tier: 1, name: "Spark", requirement: 3, reward_multiplier: 1 },
				{ tier: 2, name: "Flame", requirement: 7, reward_multiplier: 2 },
				{ tier: 3, name: "Blaze", requirement: 14, reward_multiplier: 4 },
				{ tier: 4, name: "Inferno", requirement: 30, reward_multiplier: 8 },
			],
		},
		metadata: { difficulty: "medium", rarity: "uncommon", points: 20 },
	},
	{
		id: "loyal_learner",
		name: "Loyal Learner",
		display: {
			title: "Loyal Learner",
			description: "Log in on 30 different days.",
			category: "streaks",
		},
		requirements: { type: "threshold", conditions: [{ metric: "login_days", value: 30 }] },
		rewards: { xp: 300, coins: 75, gems: 1 },
		progression: {
			type: "progressive",
			show_progress: true,
			milestones: [
				{ percentage: 25, message: "A week of visits down!", partial_reward: { coins: 5 } },
				{ percentage: 50, message: "Halfway there!", partial_reward: { coins: 10 } },
				{ percentage: 75, message: "Almost a month of learning!", partial_reward: { coins: 15 } },
			],
		},
		metadata: { difficulty: "medium", rarity: "rare", points: 50 },
	},
	{
		id: "early_bird",
		name: "Early Bird",
		display: {
			title: "Early Bird",
			description: "Complete 10 lessons in the morning.",
			flavor_text: "The early bird gets the XP.",
			category: "streaks",
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "lessons_completed", value: 10, context: { time_frame: "morning" } }],
		},
		rewards: { xp: 100, coins: 20, items: [{ item_id: "snack_pack", quantity: 2 }] },
		metadata: { difficulty: "easy", rarity: "uncommon", points: 25 },
	},
	{
		id: "weekend_scholar",
		name: "Weekend Scholar",
		display: {
			title: "Weekend Scholar",
			description: "Complete 5 activities on weekends.",
			category: "streaks",
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "activities_completed", value: 5, context: { time_frame: "weekend" } }],
		},
		rewards: { xp: 100, coins: 25 },
		metadata: { difficulty: "easy", rarity: "uncommon", points: 25 },
	},
	// ---------------------------------------------------------------- social
	{
		id: "helping_hand",
		name: "Helping Hand",
		display: {
			title: "Helping Hand",
			description: "Help a classmate for the first time.",
			category: "social",
		},
		requirements: { type: "counter", conditions: [{ metric: "helps_given", value: 1 }] },
		rewards: { xp: 40, coins: 10 },
		metadata: { difficulty: "easy", rarity: "common", points: 10 },
	},
	{
		id: "peer_tutor",
		name: "Peer Tutor",
		display: {
			title: "Peer Tutor",
			description: "Help classmates 20 times. Requires Helping Hand and level 8.",
			category: "social",
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "helps_given", value: 20 }],
			prerequisite_achievements: ["helping_hand"],
			level_requirement: 8,
		},
		rewards: { xp: 300, coins: 60, titles: ["Peer Tutor"] },
		progression: {
			type: "progressive",
			show_progress: true,
			milestones: [{ percentage: 50, message: "Halfway there!", partial_reward: { coins: 10 } }],
		},
		metadata: { difficulty: "medium", rarity: "rare", points: 50 },
	},
	{
		id: "class_mentor",
		name: "Class Mentor",
		display: {
			title: "Class Mentor",
			description: "Help classmates 5, 15 and 40 times.",
			category: "social",
		},
		requirements: { type: "counter", conditions: [{ metric: "helps_given", value: 5 }] },
		rewards: { xp: 80, coins: 20 },
		progression: {
			type: "tiered",
			tiers: [
				{ tier: 1, name: "Bronze", requirement: 5, reward_multiplier: 1 },
				{ tier: 2, name: "Silver", requirement: 15, reward_multiplier: 2 },
				{ tier: 3, name: "Gold", requirement: 40, reward_multiplier: 4 },
			],
		},
		metadata: { difficulty: "medium", rarity: "uncommon", points: 25 },
	},
	{
		id: "generous_spirit",
		name: "Generous Spirit",
		display: {
			title: "Generous Spirit",
			description: "Earned again every time you help classmates 10 more times.",
			category: "social",
		},
		requirements: { type: "counter", conditions: [{ metric: "helps_given", value: 10 }] },
		rewards: { coins: 30, items: [{ item_id: "snack_pack", quantity: 1 }] },
		metadata: { difficulty: "easy", rarity: "uncommon", points: 10, stackable: true },
	},
	{
		id: "spread_the_thanks",
		name: "Spread the Thanks",
		display: {
			title: "Spread the Thanks",
			description: "Give a badge to 5 different classmates.",
			category: "social",
		},
		requirements: { type: "unique", conditions: [{ metric: "badges_gifted", value: 5 }] },
		rewards: { xp: 100, coins: 25 },
		metadata: { difficulty: "easy", rarity: "uncommon", points: 25 },
	},
	{
		id: "social_butterfly",
		name: "Social Butterfly",
		display: {
			title: "Social Butterfly",
			description: "Have 10 friends in class.",
			category: "social",
		},
		requirements: { type: "threshold", conditions: [{ metric: "friends_count", value: 10 }] },
		rewards: { xp: 100, coins: 25, unlock_content: ["emote_wave"] },
		metadata: { difficulty: "easy", rarity: "uncommon", points: 20 },
	},
	{
		id: "challenge_champion",
		name: "Challenge Champion",
		display: {
			title: "Challenge Champion",
			description: "Win 5 classroom challenges.",
			category: "social",
		},
		requirements: { type: "counter", conditions: [{ metric: "challenges_won", value: 5 }] },
		rewards: { xp: 250, coins: 50, gems: 1 },
		metadata: { difficulty: "hard", rarity: "rare", points: 50 },
	},
	{
		id: "content_creator",
		name: "Content Creator",
		display: {
			title: "Content Creator",
			description: "Create 3 study resources and share 3 with the class.",
			category: "social",
		},
		requirements: {
			type: "counter",
			logic: "all",
			conditions: [
				{ metric: "content_created", value: 3 },
				{ metric: "content_shared", value: 3 },
			],
		},
		rewards: { xp: 150, coins: 30 },
		metadata: { difficulty: "medium", rarity: "uncommon", points: 30 },
	},
	// ---------------------------------------------------------------- exploration
	{
		id: "subject_sampler",
		name: "Subject Sampler",
		display: {
			title: "Well-Rounded",
			description: "Study math, science, history and language.",
			category: "exploration",
		},
		requirements: {
			type: "collection",
			conditions: [{ metric: "subjects_studied", value: ["math", "science", "history", "language"] }],
		},
		rewards: { xp: 150, coins: 30, unlock_content: ["science_lab_world"] },
		metadata: { difficulty: "easy", rarity: "uncommon", points: 30 },
	},
	{
		id: "activity_explorer",
		name: "Activity Explorer",
		display: {
			title: "Jack of All Trades",
			description: "Do a lesson, a quiz, a practice set, a review, a project and help a classmate.",
			category: "exploration",
		},
		requirements: {
			type: "collection",
			conditions: [
				{ metric: "activity_types", value: ["lesson", "quiz", "practice", "review", "project", "help"] },
			],
		},
		rewards: { xp: 200, coins: 40 },
		progression: {
			type: "progressive",
			show_progress: true,
			milestones: [{ percentage: 50, message: "Halfway there!", partial_reward: { coins: 10 } }],
		},
		metadata: { difficulty: "medium", rarity: "uncommon", points: 30 },
	},
	{
		id: "curious_mind",
		name: "Curious Mind",
		display: {
			title: "Curious Mind",
			description: "Try 6 different activities.",
			category: "exploration",
		},
		requirements: { type: "unique", conditions: [{ metric: "activities_completed", value: 6 }] },
		rewards: { xp: 120, coins: 25 },
		metadata: { difficulty: "easy", rarity: "common", points: 20 },
	},
	{
		id: "window_shopper",
		name: "Window Shopper",
		display: {
			title: "Window Shopper",
			description: "Buy 3 different things from the class shop.",
			category: "exploration",
		},
		requirements: { type: "unique", conditions: [{ metric: "purchases", value: 3 }] },
		rewards: { coins: 50 },
		metadata: { difficulty: "easy", rarity: "common", points: 15 },
	},
	{
		id: "power_up_sampler",
		name: "Power-Up Sampler",
		display: {
			title: "Power-Up Sampler",
			description: "Use a Snack Pack and a Double XP Potion.",
			category: "exploration",
		},
		requirements: {
			type: "collection",
			conditions: [{ metric: "items_used", value: ["snack_pack", "double_xp_potion"] }],
		},
		rewards: { xp: 50, coins: 20 },
		metadata: { difficulty: "easy", rarity: "common", points: 15 },
	},
	{
		id: "winter_wonder",
		name: "Winter Wonder",
		display: {
			title: "Winter Wonder",
			description: "Complete 25 activities during the winter 2026 season.",
			category: "exploration",
			tags: ["seasonal", "winter"],
		},
		requirements: { type: "counter", conditions: [{ metric: "activities_completed", value: 25 }] },
		rewards: { xp: 300, coins: 60, badges: ["snowflake_scholar"] },
		progression: {
			type: "progressive",
			show_progress: true,
			milestones: [{ percentage: 50, message: "Halfway there!", partial_reward: { coins: 10 } }],
		},
		metadata: {
			difficulty: "medium",
			rarity: "epic",
			points: 60,
			seasonal: true,
			season: "winter-2026",
			available_from: WINTER_FROM,
			available_until: WINTER_UNTIL,
		},
	},
];
