const COMMON = "#9E9E9E";
const UNCOMMON = "#4CAF50";
const RARE = "#2196F3";
const EPIC = "#9C27B0";
const LEGENDARY = "#FF9800";

/**
 * The classroom's badges: one for each way of getting a badge, the Science Explorers collection,
 * and the evolving Bookworm. Omitted fields take their defaults.
 */
export const DEFAULT_BADGES = [
	// ---------------------------------------------------------------- from achievements
	{
		id: "first_steps",
		name: "First Steps",
		visual: { rarity_color: COMMON, size: "small" },
		info: {
			title: "First Steps",
			description: "Completed a first lesson.",
			lore: "A journey of a thousand lessons begins with one.",
			category: "learning",
		},
		acquisition: { method: "achievement", requirements: { achievement_id: "first_lesson" } },
		properties: { rarity: "common" },
	},
	{
		id: "kind_heart",
		name: "Kind Heart",
		visual: { rarity_color: COMMON },
		info: {
			title: "Kind Heart",
			description: "Helped a classmate for the first time.",
			lore: "Knowledge grows when it is shared.",
			category: "social",
		},
		acquisition: { method: "achievement", requirements: { achievement_id: "helping_hand" } },
		properties: { rarity: "common", bonuses: [{ stat: "coins", value: 1, type: "flat" }] },
	},
	{
		id: "quiz_crown",
		name: "Quiz Crown",
		visual: { rarity_color: RARE, shine_effect: true },
		info: {
			title: "Quiz Crown",
			description: "Became a Quiz Master.",
			lore: "Worn by those who have faced 25 quizzes and lived to tell the tale.",
			category: "mastery",
		},
		acquisition: { method: "achievement", requirements: { achievement_id: "quiz_master" } },
		properties: { rarity: "rare", bonuses: [{ stat: "xp", value: 5, type: "percentage" }] },
	},
	// ---------------------------------------------------------------- rewarded by achievements, or granted by the teacher
	{
		id: "streak_flame",
		name: "Streak Flame",
		visual: { rarity_color: EPIC, animation: "flicker", shine_effect: true },
		info: {
			title: "Streak Flame",
			description: "Studied 7 days in a row (Week Warrior).",
			lore: "A flame that burns as long as you keep showing up.",
			category: "streaks",
		},
		acquisition: { method: "event" },
		properties: { rarity: "epic", bonuses: [{ stat: "xp", value: 5, type: "percentage" }] },
	},
	{
		id: "snowflake_scholar",
		name: "Snowflake Scholar",
		visual: { rarity_color: EPIC, animation: "snowfall" },
		info: {
			title: "Snowflake Scholar",
			description: "Earned Winter Wonder in the winter 2026 season.",
			lore: "No two snowflakes are alike, and neither are two scholars.",
			category: "seasonal",
			tags: ["winter-2026"],
		},
		acquisition: { method: "event", limited: true },
		properties: { rarity: "epic", bonuses: [{ stat: "coins", value: 2, type: "flat" }] },
	},
	// ---------------------------------------------------------------- shop
	{
		id: "pencil_pusher",
		name: "Pencil Pusher",
		visual: { rarity_color: COMMON },
		info: {
			title: "Pencil Pusher",
			description: "A sharp little badge from the class shop.",
			lore: "Always sharpened, never chewed.",
			category: "shop",
		},
		acquisition: { method: "purchase", requirements: { cost: { coins: 200 } }, tradeable: true },
		properties: { rarity: "common", bonuses: [{ stat: "coins", value: 2, type: "flat" }] },
	},
	{
		id: "gold_star",
		name: "Gold Star",
		visual: { rarity_color: UNCOMMON, shine_effect: true },
		info: {
			title: "Gold Star",
			description: "The classic gold star, for students level 3 and up.",
			lore: "The oldest reward in the classroom, still shining.",
			category: "shop",
		},
		acquisition: { method: "purchase", requirements: { level: 3, cost: { coins: 500 } }, tradeable: true },
		properties: { rarity: "uncommon", bonuses: [{ stat: "xp", value: 3, type: "percentage" }] },
	},
	// ---------------------------------------------------------------- from classmates
	{
		id: "thank_you",
		name: "Thank You!",
		visual: { rarity_color: COMMON, size: "small" },
		info: {
			title: "Thank You!",
			description: "A thank-you from a classmate you helped. Collect up to 5.",
			lore: "Two small words that make a big difference.",
			category: "social",
		},
		acquisition: { method: "gift", max_quantity: 5 },
		properties: { rarity: "common", stacks: true, bonuses: [{ stat: "coins", value: 1, type: "flat" }] },
	},
	// ---------------------------------------------------------------- levels
	{
		id: "rising_scholar",
		name: "Rising Scholar",
		visual: { rarity_color: UNCOMMON },
		info: {
			title: "Rising Scholar",
			description: "Reached level 5.",
			lore: "The climb has only begun.",
			category: "progression",
		},
		acquisition: { method: "milestone", requirements: { level: 5 } },
		properties: { rarity: "uncommon" },
	},
	{
		id: "honor_roll",
		name: "Honor Roll",
		visual: { rarity_color: RARE },
		info: {
			title: "Honor Roll",
			description: "Reached level 10.",
			lore: "Your name is on the board for all to see.",
			category: "progression",
		},
		acquisition: { method: "milestone", requirements: { level: 10 } },
		properties: { rarity: "rare", bonuses: [{ stat: "xp", value: 5, type: "percentage" }] },
	},
	{
		id: "deans_list",
		name: "Dean's List",
		visual: { rarity_color: EPIC, shine_effect: true },
		info: {
			title: "Dean's List",
			description: "Reached level 20.",
			lore: "Only the most dedicated students make the list.",
			category: "progression",
		},
		acquisition: { method: "milestone", requirements: { level: 20 } },
		properties: { rarity: "epic", bonuses: [{ stat: "xp", value: 10, type: "percentage" }] },
	},
	{
		id: "valedictorian",
		name: "Valedictorian",
		visual: { rarity_color: LEGENDARY, shine_effect: true, size: "large", animation: "glow" },
		info: {
			title: "Valedictorian",
			description: "Reached level 50.",
			lore: "The one who gives the speech at graduation.",
			category: "progression",
		},
		acquisition: { method: "milestone", requirements: { level: 50 } },
		properties: {
			rarity: "legendary",
			bonuses: [
				{ stat: "xp", value: 15, type: "percentage" },
				{ stat: "coins", value: 10, type: "percentage" },
			],
		},
	},
	// ---------------------------------------------------------------- challenges
	{
		id: "challenge_victor",
		name: "Challenge Victor",
		visual: { rarity_color: UNCOMMON },
		info: {
			title: "Challenge Victor",
			description: "Won a classroom challenge.",
			lore: "A friendly rivalry, fairly won.",
			category: "social",
		},
		acquisition: { method: "challenge" },
		properties: { rarity: "uncommon", bonuses: [{ stat: "coins", value: 2, type: "flat" }] },
	},
	{
		id: "arena_legend",
		name: "Arena Legend",
		visual: { rarity_color: RARE, shine_effect: true },
		info: {
			title: "Arena Legend",
			description: "Won a classroom challenge at level 15 or above.",
			lore: "Veterans of the quiz arena wear it with pride.",
			category: "social",
		},
		acquisition: { method: "challenge", requirements: { level: 15 } },
		properties: { rarity: "rare", bonuses: [{ stat: "xp", value: 5, type: "percentage" }] },
	},
	// ---------------------------------------------------------------- lucky drops
	{
		id: "lucky_clover",
		name: "Lucky Clover",
		visual: { rarity_color: RARE, animation: "sparkle" },
		info: {
			title: "Lucky Clover",
			description: "Found by chance after an activity (2% per activity).",
			lore: "Four leaves, one lucky student.",
			category: "luck",
		},
		acquisition: { method: "random", drop_rate: 0.005, tradeable: true },
		properties: { rarity: "rare", bonuses: [{ stat: "coins", value: 5, type: "percentage" }] },
	},
	{
		id: "golden_apple",
		name: "Golden Apple",
		visual: { rarity_color: LEGENDARY, shine_effect: true, animation: "glow" },
		info: {
			title: "Golden Apple",
			description: "A one-in-two-hundred find after an activity.",
			lore: "The teacher's favorite gift, cast in gold.",
			category: "luck",
		},
		acquisition: { method: "random", drop_rate: 0.001, tradeable: true },
		properties: { rarity: "legendary", bonuses: [{ stat: "xp", value: 10, type: "percentage" }] },
	},
	// ---------------------------------------------------------------- the Science Explorers collection
	{
		id: "lab_rookie",
		name: "Lab Rookie",
		visual: { rarity_color: COMMON },
		info: {
			title: "Lab Rookie",
			description: "Completed 3 science lessons (Science Starter).",
			lore: "Goggles on, hypothesis ready.",
			category: "science",
			collection: "science_explorers",
			collection_position: 1,
		},
		acquisition: { method: "achievement", requirements: { achievement_id: "science_starter" } },
		properties: { rarity: "common" },
	},
	{
		id: "star_gazer",
		name: "Star Gazer",
		visual: { rarity_color: UNCOMMON },
		info: {
			title: "Star Gazer",
			description: "Reached level 8.",
			lore: "Look up: every star is a question waiting for an answer.",
			category: "science",
			collection: "science_explorers",
			collection_position: 2,
		},
		acquisition: { method: "milestone", requirements: { level: 8 } },
		properties: { rarity: "uncommon" },
	},
	{
		id: "fossil_finder",
		name: "Fossil Finder",
		visual: { rarity_color: RARE },
		info: {
			title: "Fossil Finder",
			description: "Dug up by chance after an activity (3% per activity).",
			lore: "Some discoveries wait millions of years for the right student.",
			category: "science",
			collection: "science_explorers",
			collection_position: 3,
		},
		acquisition: { method: "random", drop_rate: 0.03 },
		properties: { rarity: "rare" },
	},
	{
		id: "volcano_visitor",
		name: "Volcano Visitor",
		visual: { rarity_color: EPIC, animation: "eruption" },
		info: {
			title: "Volcano Visitor",
			description: "Took part in the class science fair.",
			lore: "Baking soda, vinegar, and a lot of excitement.",
			category: "science",
			collection: "science_explorers",
			collection_position: 4,
		},
		acquisition: { method: "event", limited: true },
		properties: { rarity: "epic" },
	},
	{
		id: "master_scientist",
		name: "Master Scientist",
		visual: { rarity_color: LEGENDARY, shine_effect: true, size: "large", animation: "glow" },
		info: {
			title: "Master Scientist",
			description: "Collected every Science Explorers badge. Wear it with all four for +10% XP.",
			lore: "From the lab to the stars, from fossils to volcanoes: a true explorer.",
			category: "science",
			collection: "science_explorers",
		},
		acquisition: { method: "collection" },
		properties: {
			rarity: "legendary",
			set_bonus: {
				required_badges: ["lab_rookie", "star_gazer", "fossil_finder", "volcano_visitor"],
				bonus: { stat: "xp", value: 10, type: "percentage" },
			},
		},
	},
	// ---------------------------------------------------------------- the evolving Bookworm
	{
		id: "bookworm_1",
		name: "Bookworm",
		visual: { rarity_color: COMMON },
		info: {
			title: "Bookworm",
			description: "Read 5 language lessons. Grows at level 8 with 40 activities done.",
			lore: "A little worm with a big appetite for books.",
			category: "learning",
			tier: 1,
		},
		acquisition: { method: "achievement", requirements: { achievement_id: "page_turner" } },
		properties: {
			rarity: "common",
			bonuses: [{ stat: "xp", value: 2, type: "percentage" }],
			evolution: { next_badge_id: "bookworm_2", requirements: { level: 8, activities: 40 } },
		},
	},
	{
		id: "bookworm_2",
		name: "Bookworm Scholar",
		visual: { rarity_color: RARE },
		info: {
			title: "Bookworm Scholar",
			description: "Your Bookworm grew up. Grows again at level 15 with Lesson Regular.",
			lore: "It wears tiny glasses now.",
			category: "learning",
			tier: 2,
		},
		acquisition: { method: "event" },
		properties: {
			rarity: "rare",
			bonuses: [{ stat: "xp", value: 5, type: "percentage" }],
			evolution: { next_badge_id: "bookworm_3", requirements: { level: 15, achievements: ["lesson_regular"] } },
		},
	},
	{
		id: "bookworm_3",
		name: "Bookworm Sage",
		visual: { rarity_color: LEGENDARY, shine_effect: true, animation: "glow" },
		info: {
			title: "Bookworm Sage",
			description: "Your Bookworm reached its final form.",
			lore: "It has read every book in the library, twice.",
			category: "learning",
			tier: 3,
		},
		acquisition: { method: "event" },
		properties: {
			rarity: "legendary",
			bonuses: [
				{ stat: "xp", value: 10, type: "percentage" },
				{ stat: "coins", value: 3, type: "flat" },
			],
		},
	},
];
