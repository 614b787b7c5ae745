/** Finals week 2026: 2026-12-07 00:00 UTC to 2026-12-19 00:00 UTC. */
const FINALS_FROM = 1796601600;
const FINALS_UNTIL = 1797638400;
const MINUTE = 60;

/**
 * The classroom's quests: a tutorial chain, daily and weekly routines, a branching main storyline,
 * and side, challenge, event and hidden quests. Objectives name the metrics they watch
 * (BUILT_IN_METRICS and catalog.metrics); omitted fields take their defaults.
 */
export const DEFAULT_QUESTS = [
	// ---------------------------------------------------------------- tutorial chain
	{
		id: "tutorial_first_lesson",
		name: "Welcome to ClassQuest",
		info: {
			title: "Welcome to ClassQuest",
			description: "Complete your first lesson to start your adventure.",
			story: "The doors of Lumen Academy swing open. A small owl in a tweed vest flutters down to greet you.",
			category: "tutorial",
			difficulty: "easy",
			type: "tutorial",
			npc: {
				name: "Professor Pip",
				dialogue: [
					"Hoo! A new student! Welcome to Lumen Academy.",
					"Everything here starts with a lesson. Pick any subject you like and give it a go.",
					"Every lesson earns you XP and coins. Come back to me when you're done!",
				],
			},
		},
		objectives: [
			{
				id: "first_lesson",
				description: "Complete 1 lesson",
				type: "complete",
				target: { metric: "lessons_completed", value: 1 },
			},
		],
		requirements: { level: 0 },
		rewards: {
			guaranteed: { xp: 50, coins: 20 },
			first_completion: { titles: ["Freshman"] },
		},
		chain: { is_chain: true, chain_id: "tutorial", position: 1, next_quest: "tutorial_first_quiz" },
		priority: 100,
		tags: ["tutorial", "starter"],
	},
	{
		id: "tutorial_first_quiz",
		name: "Pop Quiz!",
		info: {
			title: "Pop Quiz!",
			description: "Take your first quiz to show what you learned.",
			story: 'Professor Pip pulls a tiny scroll from under a wing. "Lessons teach, quizzes prove. Let\'s see what stuck!"',
			category: "tutorial",
			difficulty: "easy",
			type: "tutorial",
			npc: {
				name: "Professor Pip",
				dialogue: [
					"Quizzes are worth more XP than lessons, and a perfect score earns something extra.",
					"Don't worry about mistakes. Every quiz teaches you something.",
				],
			},
		},
		objectives: [
			{
				id: "first_quiz",
				description: "Complete 1 quiz",
				type: "complete",
				target: { metric: "quizzes_completed", value: 1 },
			},
		],
		requirements: { quests_completed: ["tutorial_first_lesson"] },
		rewards: { guaranteed: { xp: 75, coins: 25 } },
		chain: { is_chain: true, chain_id: "tutorial", position: 2, next_quest: "tutorial_visit_shop" },
		priority: 99,
		tags: ["tutorial", "quiz"],
	},
	{
		id: "tutorial_visit_shop",
		name: "The Class Shop",
		info: {
			title: "The Class Shop",
			description: "Spend some of your coins in the class shop.",
			story: "Down the hall, a cheerful raccoon runs a stall piled high with snacks, potions and shiny pencils.",
			category: "tutorial",
			difficulty: "easy",
			type: "tutorial",
			npc: {
				name: "Maple the Merchant",
				dialogue: [
					"Welcome, welcome! Coins burning a hole in your pocket?",
					"A Snack Pack is a fine first buy: a quick boost of XP whenever you need it.",
				],
			},
		},
		objectives: [
			{
				id: "first_purchase",
				description: "Buy anything from the class shop",
				type: "complete",
				target: { metric: "purchases", value: 1 },
			},
		],
		requirements: { quests_completed: ["tutorial_first_quiz"] },
		rewards: { guaranteed: { xp: 50, coins: 30 } },
		chain: { is_chain: true, chain_id: "tutorial", position: 3, next_quest: "tutorial_help_classmate" },
		priority: 98,
		tags: ["tutorial", "shop"],
	},
	{
		id: "tutorial_help_classmate",
		name: "Stronger Together",
		info: {
			title: "Stronger Together",
			description: "Help a classmate with their work.",
			story: 'Professor Pip points a wing at a classmate frowning over a worksheet. "The best way to learn is to teach."',
			category: "tutorial",
			difficulty: "easy",
			type: "tutorial",
			npc: {
				name: "Professor Pip",
				dialogue: [
					"At Lumen Academy, nobody learns alone.",
					"Help a classmate and you'll both come out smarter. That's the last lesson of orientation!",
				],
			},
		},
		objectives: [
			{
				id: "first_help",
				description: "Help 1 classmate",
				type: "interact",
				target: { metric: "helps_given", value: 1 },
			},
		],
		requirements: { quests_completed: ["tutorial_visit_shop"] },
		rewards: {
			guaranteed: { xp: 100, coins: 40, unlock_quests: ["story_first_day"] },
			first_completion: {
				titles: ["Orientation Graduate"],
				items: [{ item_id: "double_xp_potion", quantity: 1 }],
			},
		},
		chain: { is_chain: true, chain_id: "tutorial", position: 4 },
		priority: 97,
		tags: ["tutorial", "social"],
	},

	// ---------------------------------------------------------------- daily
	{
		id: "daily_three_activities",
		name: "Daily Grind",
		info: {
			title: "Daily Grind",
			description: "Complete any 3 activities today.",
			story: "A little every day adds up to a lot.",
			category: "daily",
			difficulty: "easy",
			type: "daily",
		},
		objectives: [
			{
				id: "three_activities",
				description: "Complete 3 activities",
				type: "complete",
				target: { metric: "activities_completed", value: 3 },
				progress_tracking: { checkpoints: [{ value: 2, reward: { coins: 5 } }] },
			},
		],
		requirements: { time_window: { daily_reset: true } },
		rewards: {
			guaranteed: { xp: 60, coins: 20 },
			random: [{ probability: 0.1, reward: { items: [{ item_id: "snack_pack", quantity: 1 }] } }],
			repeatable: true,
			repeat_rewards: { xp: 60, coins: 20 },
		},
		tags: ["daily"],
	},
	{
		id: "daily_perfect_quiz",
		name: "Flawless Today",
		info: {
			title: "Flawless Today",
			description: "Score a perfect quiz today.",
			story: "Not a single mistake. Can you do it?",
			category: "daily",
			difficulty: "medium",
			type: "daily",
		},
		objectives: [
			{
				id: "perfect_quiz",
				description: "Get a perfect score on 1 quiz",
				type: "perfect",
				target: { metric: "quizzes_completed", value: 1 },
			},
		],
		requirements: { level: 2, time_window: { daily_reset: true } },
		rewards: {
			guaranteed: { xp: 100, coins: 25 },
			random: [{ probability: 0.05, reward: { gems: 1 } }],
			repeatable: true,
			repeat_rewards: { xp: 100, coins: 25 },
		},
		tags: ["daily", "quiz", "perfect"],
	},
	{
		id: "daily_helping_hand",
		name: "Good Deed of the Day",
		info: {
			title: "Good Deed of the Day",
			description: "Help a classmate today.",
			story: "Someone in class is stuck. A few minutes of your time could make their day.",
			category: "daily",
			difficulty: "easy",
			type: "daily",
		},
		objectives: [
			{
				id: "help_today",
				description: "Help 1 classmate",
				type: "interact",
				target: { metric: "helps_given", value: 1 },
			},
		],
		requirements: { time_window: { daily_reset: true } },
		rewards: {
			guaranteed: { xp: 50, coins: 15 },
			repeatable: true,
			repeat_rewards: { xp: 50, coins: 15 },
		},
		tags: ["daily", "social"],
	},

	// ---------------------------------------------------------------- weekly
	{
		id: "weekly_fifteen_activities",
		name: "Busy Week",
		info: {
			title: "Busy Week",
			description: "Complete 15 activities this week.",
			story: "Lessons, quizzes, practice, projects: all of it counts.",
			category: "weekly",
			difficulty: "medium",
			type: "weekly",
		},
		objectives: [
			{
				id: "fifteen_activities",
				description: "Complete 15 activities",
				type: "complete",
				target: { metric: "activities_completed", value: 15 },
				progress_tracking: {
					checkpoints: [
						{ value: 5, reward: { coins: 10 } },
						{ value: 10, reward: { coins: 15 } },
					],
				},
			},
		],
		requirements: { time_window: { weekly_reset: true } },
		rewards: {
			guaranteed: { xp: 300, coins: 100 },
			random: [{ probability: 0.25, reward: { items: [{ item_id: "double_xp_potion", quantity: 1 }] } }],
			repeatable: true,
			repeat_rewards: { xp: 300, coins: 100 },
		},
		tags: ["weekly"],
	},
	{
		id: "weekly_subject_tour",
		name: "Well-Rounded",
		info: {
			title: "Well-Rounded",
			description: "Study at least 3 different subjects this week.",
			story: "Math, science, history, language: a true scholar visits every wing of the Academy.",
			category: "weekly",
			difficulty: "easy",
			type: "weekly",
		},
		objectives: [
			{
				id: "three_subjects",
				description: "Study 3 different subjects",
				type: "collect",
				target: {
					metric: "subjects_studied",
					value: 3,
					context: { keys: ["math", "science", "history", "language"] },
				},
			},
		],
		requirements: { time_window: { weekly_reset: true } },
		rewards: {
			guaranteed: { xp: 200, coins: 60 },
			repeatable: true,
			repeat_rewards: { xp: 200, coins: 60 },
		},
		tags: ["weekly", "subjects"],
	},

	// ---------------------------------------------------------------- main storyline
	{
		id: "story_first_day",
		name: "The First Day",
		info: {
			title: "Chapter 1: The First Day",
			description: "Learn, practice, then prove it: a lesson, a practice set and a quiz, in that order.",
			story: 'Headmistress Vale gathers the new students in the Great Hall. "The Lantern of Lumen has gone dark. Only true scholars can relight it. Your journey begins today."',
			category: "story",
			difficulty: "easy",
			type: "main",
			npc: {
				name: "Headmistress Vale",
				dialogue: [
					"Every scholar of Lumen walks the same path: learn, practice, prove.",
					"Start with a lesson, sharpen it with practice, then test yourself with a quiz.",
				],
			},
		},
		objectives: [
			{
				id: "learn",
				description: "Complete a lesson",
				type: "sequence",
				target: { metric: "lessons_completed", value: 1 },
				order: 1,
			},
			{
				id: "practice",
				description: "Then complete 2 practice sets",
				type: "sequence",
				target: { metric: "practices_completed", value: 2 },
				progress_tracking: { checkpoints: [{ value: 1, reward: { coins: 5 } }] },
				order: 2,
			},
			{
				id: "prove",
				description: "Then complete a quiz",
				type: "sequence",
				target: { metric: "quizzes_completed", value: 1 },
				order: 3,
			},
		],
		requirements: { level: 1, quests_completed: ["tutorial_help_classmate"] },
		rewards: {
			guaranteed: { xp: 150, coins: 40 },
			first_completion: { titles: ["Lantern Seeker"], unlock_content: ["great_hall"] },
		},
		chain: { is_chain: true, chain_id: "storyline", position: 1, next_quest: "story_four_wings" },
		priority: 90,
		tags: ["story", "chapter_1"],
	},
	{
		id: "story_four_wings",
		name: "The Four Wings",
		info: {
			title: "Chapter 2: The Four Wings",
			description: "Study in all four wings of the Academy and reach level 3.",
			story: "The Lantern's four glass panes each belong to a wing of the Academy: Numbers, Nature, Ages and Words. Each pane glows again when a scholar studies there.",
			category: "story",
			difficulty: "easy",
			type: "main",
			npc: {
				name: "Headmistress Vale",
				dialogue: [
					"Four wings, four panes of the Lantern. Visit each one.",
					"And if you find a classmate struggling along the way... well, kindness has a light of its own.",
				],
			},
		},
		objectives: [
			{
				id: "visit_wings",
				description: "Study math, science, history and language",
				type: "collect",
				target: {
					metric: "subjects_studied",
					value: 4,
					context: { keys: ["math", "science", "history", "language"] },
				},
				progress_tracking: {
					checkpoints: [
						{ value: 2, reward: { coins: 10 } },
						{ value: 3, reward: { coins: 15 } },
					],
				},
				unlocks: ["light_the_way"],
			},
			{
				id: "grow_stronger",
				description: "Reach level 3",
				type: "reach",
				target: { metric: "level", value: 3 },
			},
			{
				id: "light_the_way",
				description: "Optional: help 2 classmates once every wing is lit",
				type: "interact",
				target: { metric: "helps_given", value: 2 },
				optional: true,
			},
		],
		requirements: { quests_completed: ["story_first_day"] },
		rewards: {
			guaranteed: { xp: 250, coins: 60, unlock_content: ["academy_map"] },
			bonus: [{ condition: "all optional", reward: { gems: 1, coins: 25 } }],
			first_completion: { titles: ["Wing Walker"] },
		},
		chain: { is_chain: true, chain_id: "storyline", position: 2, next_quest: "story_math_tower" },
		priority: 89,
		tags: ["story", "chapter_2", "subjects"],
	},
	{
		id: "story_math_tower",
		name: "The Tower of Numbers",
		info: {
			title: "Chapter 3: The Tower of Numbers",
			description: "Climb the Tower of Numbers: pass 2 math quizzes and 3 math practice sets.",
			story: "At the top of the Numbers wing stands a crooked tower whose doors only open for those who know their sums. A stern tortoise guards the stairs.",
			category: "story",
			difficulty: "medium",
			type: "main",
			npc: {
				name: "Archimedes the Tortoise",
				dialogue: [
					"Slow and steady climbs the tower... usually.",
					"Finish quickly, and I'll show you a shortcut. Take your time, and you'll learn the long way round.",
				],
			},
		},
		objectives: [
			{
				id: "math_quizzes",
				description: "Complete 2 math quizzes",
				type: "complete",
				target: { metric: "quizzes_completed", value: 2, context: { subject: "math" } },
				progress_tracking: { checkpoints: [{ value: 1, reward: { coins: 10 } }] },
				unlocks: ["tower_project"],
			},
			{
				id: "math_practice",
				description: "Complete 3 math practice sets",
				type: "complete",
				target: { metric: "practices_completed", value: 3, context: { subject: "math" } },
			},
			{
				id: "tower_project",
				description: "Optional: finish a math project milestone",
				type: "complete",
				target: { metric: "projects_completed", value: 1, context: { subject: "math" } },
				optional: true,
			},
		],
		requirements: { quests_completed: ["story_four_wings"], skills: [{ skill: "math", level: 1 }] },
		rewards: {
			guaranteed: { xp: 300, coins: 75 },
			random: [
				{ probability: 0.25, reward: { items: [{ item_id: "double_xp_potion", quantity: 1 }] } },
				{ probability: 0.05, reward: { gems: 3 } },
			],
			bonus: [
				{ condition: "all optional", reward: { xp: 100, coins: 25 } },
				{ condition: "within 60 minutes", reward: { items: [{ item_id: "snack_pack", quantity: 1 }] } },
			],
			first_completion: { unlock_content: ["math_tower"] },
		},
		chain: {
			is_chain: true,
			chain_id: "storyline",
			position: 3,
			next_quest: "story_steady_scholar",
			branch_quests: [
				{ condition: "within 60 minutes", quest_id: "story_lightning_round" },
				{ condition: "always", quest_id: "story_steady_scholar" },
			],
		},
		priority: 88,
		tags: ["story", "chapter_3", "math", "branch"],
	},
	{
		id: "story_lightning_round",
		name: "The Lightning Stair",
		info: {
			title: "Chapter 4: The Lightning Stair",
			description: "Take the shortcut: complete 5 activities within 30 minutes.",
			story: "Impressed by your speed, Archimedes reveals a hidden staircase that crackles with light. It only stays open for half an hour.",
			category: "story",
			difficulty: "hard",
			type: "main",
			npc: {
				name: "Archimedes the Tortoise",
				dialogue: [
					"Well, well. Fastest climb I've seen in a century.",
					"Eat a snack first: the Lightning Stair waits for no one. Thirty minutes, five activities. Go!",
				],
			},
		},
		objectives: [
			{
				id: "lightning_dash",
				description: "Complete 5 activities within 30 minutes",
				type: "time_limit",
				target: { metric: "activities_completed", value: 5, context: { duration: 30 } },
				progress_tracking: { checkpoints: [{ value: 3, reward: { coins: 10 } }] },
			},
		],
		requirements: {
			quests_completed: ["story_math_tower"],
			items: [{ item_id: "snack_pack", quantity: 1, consume: true }],
		},
		rewards: {
			guaranteed: { xp: 400, coins: 100 },
			bonus: [
				{
					condition: "within 20 minutes",
					reward: { gems: 2, multipliers: [{ type: "xp", value: 2, duration: 30 * MINUTE }] },
				},
			],
			first_completion: { titles: ["Lightning Scholar"] },
		},
		chain: { is_chain: true, chain_id: "storyline", position: 4, next_quest: "story_perfect_trial" },
		priority: 87,
		tags: ["story", "chapter_4", "speed", "branch_a"],
	},
	{
		id: "story_steady_scholar",
		name: "The Long Way Round",
		info: {
			title: "Chapter 4: The Long Way Round",
			description: "Review 5 flashcard sets and build a 3-day study streak.",
			story: 'Archimedes leads you down the spiral path around the tower. "The long way has the best view, and the best memory."',
			category: "story",
			difficulty: "medium",
			type: "main",
			npc: {
				name: "Archimedes the Tortoise",
				dialogue: [
					"No rush. Knowledge that's reviewed is knowledge that stays.",
					"Come back three days running, and the path will carry you to the top.",
				],
			},
		},
		objectives: [
			{
				id: "review_cards",
				description: "Complete 5 flashcard reviews",
				type: "complete",
				target: { metric: "reviews_completed", value: 5 },
				progress_tracking: { checkpoints: [{ value: 3, reward: { coins: 10 } }] },
			},
			{
				id: "steady_streak",
				description: "Reach a 3-day study streak",
				type: "reach",
				target: { metric: "study_streak", value: 3 },
			},
		],
		requirements: { quests_completed: ["story_math_tower"] },
		rewards: {
			guaranteed: { xp: 350, coins: 90 },
			random: [{ probability: 0.25, reward: { items: [{ item_id: "snack_pack", quantity: 2 }] } }],
			first_completion: { titles: ["Steady Scholar"] },
		},
		chain: { is_chain: true, chain_id: "storyline", position: 4, next_quest: "story_perfect_trial" },
		priority: 87,
		tags: ["story", "chapter_4", "streak", "branch_b"],
	},
	{
		id: "story_perfect_trial",
		name: "The Trial of the Flawless",
		info: {
			title: "Chapter 5: The Trial of the Flawless",
			description: "Score 3 perfect quizzes in a row and earn the Perfect Hat Trick achievement.",
			story: "At the summit, the Lantern's wick waits for a spark. The Headmistress explains that only a flawless mind can strike it.",
			category: "story",
			difficulty: "hard",
			type: "main",
			npc: {
				name: "Headmistress Vale",
				dialogue: [
					"You've come so far. One trial remains.",
					"Three quizzes, three perfect scores, one after another. Focus, scholar.",
				],
			},
		},
		objectives: [
			{
				id: "three_perfect",
				description: "Get 3 perfect quiz scores in a row",
				type: "perfect",
				target: { metric: "quizzes_completed", value: 3 },
				progress_tracking: { checkpoints: [{ value: 2, reward: { coins: 15 } }] },
			},
			{
				id: "earn_hat_trick",
				description: "Earn the Perfect Hat Trick achievement",
				type: "achieve",
				target: { metric: "achievements_earned", value: 1, context: { keys: ["hat_trick"] } },
			},
		],
		requirements: { level: 5, quests_completed: ["story_math_tower"] },
		rewards: {
			guaranteed: { xp: 500, coins: 120, gems: 1 },
			random: [{ probability: 0.25, reward: { items: [{ item_id: "homework_pass", quantity: 1 }] } }],
			bonus: [{ condition: "within 60 minutes", reward: { xp: 150, gems: 1 } }],
			first_completion: { titles: ["Flawless"], unlock_content: ["lantern_summit"] },
		},
		chain: { is_chain: true, chain_id: "storyline", position: 5, next_quest: "story_graduation" },
		priority: 86,
		tags: ["story", "chapter_5", "perfect"],
	},
	{
		id: "story_graduation",
		name: "Relight the Lantern",
		info: {
			title: "Chapter 6: Relight the Lantern",
			description:
				"Reach level 10, finish a project milestone and help 3 classmates to relight the Lantern of Lumen.",
			story: 'The spark is struck, but a lantern needs fuel. The Headmistress smiles: "Knowledge shared burns brightest."',
			category: "story",
			difficulty: "expert",
			type: "main",
			npc: {
				name: "Headmistress Vale",
				dialogue: [
					"The Lantern burns with what you build and what you share.",
					"Finish your project, lift up your classmates, and the whole Academy will shine.",
					"I knew you were a true scholar from the first day.",
				],
			},
		},
		objectives: [
			{
				id: "reach_ten",
				description: "Reach level 10",
				type: "reach",
				target: { metric: "level", value: 10 },
			},
			{
				id: "final_project",
				description: "Complete a project milestone",
				type: "complete",
				target: { metric: "projects_completed", value: 1 },
			},
			{
				id: "share_the_light",
				description: "Help 3 classmates",
				type: "interact",
				target: { metric: "helps_given", value: 3 },
				progress_tracking: { checkpoints: [{ value: 1, reward: { coins: 10 } }] },
			},
		],
		requirements: { level: 8, quests_completed: ["story_perfect_trial"] },
		rewards: {
			guaranteed: { xp: 1000, coins: 250, gems: 3 },
			bonus: [{ condition: "level >= 12", reward: { gems: 2 } }],
			first_completion: {
				titles: ["Keeper of the Lantern"],
				items: [{ item_id: "double_xp_potion", quantity: 2 }],
				unlock_content: ["graduation_hall"],
			},
		},
		chain: { is_chain: true, chain_id: "storyline", position: 6 },
		priority: 85,
		tags: ["story", "chapter_6", "finale"],
	},

	// ---------------------------------------------------------------- side
	{
		id: "side_science_fair",
		name: "The Class Science Fair",
		info: {
			title: "The Class Science Fair",
			description: "Finish 2 science lessons and a science project milestone, then share your results.",
			story: "Dr. Fizz is building a volcano for the science fair and needs an assistant. Safety goggles on!",
			category: "science",
			difficulty: "medium",
			type: "side",
			npc: {
				name: "Dr. Fizz",
				dialogue: [
					"Ah, perfect timing! I need someone who knows their science.",
					"Read up, build something, then show the class. Stand back when it erupts!",
				],
			},
		},
		objectives: [
			{
				id: "science_lessons",
				description: "Complete 2 science lessons",
				type: "complete",
				target: { metric: "lessons_completed", value: 2, context: { subject: "science" } },
			},
			{
				id: "science_project",
				description: "Complete a science project milestone",
				type: "complete",
				target: { metric: "projects_completed", value: 1, context: { subject: "science" } },
				unlocks: ["show_the_class"],
			},
			{
				id: "show_the_class",
				description: "Share your project with the class",
				type: "interact",
				target: { metric: "content_shared", value: 1 },
			},
		],
		requirements: { level: 3 },
		rewards: {
			guaranteed: { xp: 250, coins: 60, badges: ["volcano_visitor"] },
			first_completion: { unlock_content: ["science_lab_world"] },
		},
		priority: 50,
		tags: ["side", "science"],
	},

	// ---------------------------------------------------------------- challenge
	{
		id: "challenge_quiz_duel",
		name: "Quiz Duelist",
		info: {
			title: "Quiz Duelist",
			description: "Take part in 5 classroom challenges and win 3 of them.",
			story: 'A rival scholar slaps a challenge card on your desk. "Think you\'re quicker than me? Prove it."',
			category: "challenge",
			difficulty: "hard",
			type: "challenge",
			npc: {
				name: "Rex Riddle",
				dialogue: ["Best of five. Loser carries the books.", "Not bad... but can you do it again?"],
			},
		},
		objectives: [
			{
				id: "enter_duels",
				description: "Take part in 5 challenges",
				type: "interact",
				target: { metric: "challenges_total", value: 5 },
			},
			{
				id: "win_duels",
				description: "Win 3 challenges",
				type: "interact",
				target: { metric: "challenges_won", value: 3 },
				progress_tracking: { checkpoints: [{ value: 1, reward: { coins: 15 } }] },
			},
		],
		requirements: { level: 4 },
		rewards: {
			guaranteed: { xp: 400, coins: 100 },
			random: [{ probability: 0.25, reward: { gems: 2 } }],
			first_completion: { titles: ["Duelist"] },
		},
		priority: 40,
		tags: ["challenge", "competitive"],
	},

	// ---------------------------------------------------------------- event
	{
		id: "event_finals_week",
		name: "Finals Week",
		info: {
			title: "Finals Week",
			description: "Finals are here! Complete 10 quizzes and study every subject before December 19.",
			story: "The Academy is buzzing. Lanterns burn late in every window as students prepare for the biggest test of the year.",
			category: "event",
			difficulty: "hard",
			type: "event",
			npc: {
				name: "Headmistress Vale",
				dialogue: [
					"Finals week! Deep breaths, everyone.",
					"Review every subject, take your practice quizzes, and get some sleep.",
				],
			},
		},
		objectives: [
			{
				id: "finals_quizzes",
				description: "Complete 10 quizzes",
				type: "complete",
				target: { metric: "quizzes_completed", value: 10 },
				progress_tracking: {
					checkpoints: [
						{ value: 3, reward: { coins: 15 } },
						{ value: 6, reward: { coins: 25 } },
					],
				},
			},
			{
				id: "finals_subjects",
				description: "Study all four subjects",
				type: "collect",
				target: {
					metric: "subjects_studied",
					value: 4,
					context: { keys: ["math", "science", "history", "language"] },
				},
			},
			{
				id: "finals_unit_test",
				description: "Optional: take a unit test",
				type: "collect",
				target: { metric: "quizzes_completed", value: 1, context: { keys: ["unit_test"] } },
				optional: true,
			},
		],
		requirements: { level: 2, time_window: { available_from: FINALS_FROM, available_until: FINALS_UNTIL } },
		rewards: {
			guaranteed: { xp: 600, coins: 150, gems: 2 },
			bonus: [{ condition: "all optional", reward: { items: [{ item_id: "homework_pass", quantity: 1 }] } }],
			first_completion: { titles: ["Finals Survivor"] },
		},
		expires_at: FINALS_UNTIL,
		priority: 70,
		tags: ["event", "finals", "seasonal"],
	},

	// ---------------------------------------------------------------- hidden
	{
		id: "hidden_midnight_scholar",
		name: "The Midnight Library",
		info: {
			title: "The Midnight Library",
			description: "Complete 3 activities at night and 1 reading in the Midnight Library.",
			story: "After dark, a door that isn't there by day appears at the end of the library. Behind it, the books whisper.",
			category: "secret",
			difficulty: "hard",
			type: "hidden",
			npc: {
				name: "The Librarian",
				dialogue: [
					"Shh. Only night owls find this place.",
					"The books here remember everyone who reads them. Will they remember you?",
				],
			},
		},
		objectives: [
			{
				id: "night_study",
				description: "Complete 3 activities at night",
				type: "complete",
				target: { metric: "activities_completed", value: 3, context: { time_frame: "night" } },
			},
			{
				id: "night_reading",
				description: "Finish a reading assignment",
				type: "collect",
				target: { metric: "lessons_completed", value: 1, context: { keys: ["reading"] } },
			},
		],
		// and a secret achievement, added on the server (server/catalog/secret-achievements.ts): its id is not replicated
		requirements: { level: 5 },
		rewards: {
			guaranteed: { xp: 500, coins: 100, gems: 2 },
			random: [{ probability: 0.25, reward: { gems: 3 } }],
			first_completion: { titles: ["Midnight Scholar"], unlock_content: ["midnight_library"] },
		},
		priority: 10,
		tags: ["hidden", "secret", "night"],
	},
];
