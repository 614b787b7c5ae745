/**
 * The secret achievements (metadata.secret): server only (ServerScriptService), never replicated,
 * so no client can read their names, descriptions, requirements or rewards before earning one.
 * A student sees an unearned one only as a count (StudentView.hidden_achievements) and an earned
 * one through the text the server puts in their view (StudentView.revealed_achievements).
 * getServerCatalog (server-catalog.ts) adds them to the replicated catalog data.
 */
export const SECRET_ACHIEVEMENTS = [
	{
		id: "helping_spree",
		name: "Helping Spree",
		display: {
			title: "Superhero on Duty",
			description: "Help classmates 3 times within 15 minutes.",
			category: "social",
		},
		requirements: {
			type: "time_limit",
			conditions: [{ metric: "helps_given", value: 3 }],
			time_constraint: { type: "within", duration: 15 },
		},
		rewards: { xp: 100, coins: 25, titles: ["Class Superhero"] },
		metadata: { difficulty: "medium", rarity: "epic", points: 40, secret: true },
	},
	{
		id: "midas_touch",
		name: "Midas Touch",
		display: {
			title: "Midas Touch",
			description: "Own one of the 30 Golden Pencils ever made.",
			category: "exploration",
		},
		requirements: { type: "collection", conditions: [{ metric: "purchases", value: ["golden_pencil"] }] },
		rewards: { gems: 3, titles: ["Golden Scholar"] },
		metadata: { difficulty: "hard", rarity: "legendary", points: 100, secret: true },
	},
	{
		id: "night_owl",
		name: "Night Owl",
		display: {
			title: "Night Owl",
			description: "Complete 3 activities late at night.",
			flavor_text: "Who-o-o is still studying?",
			category: "exploration",
		},
		requirements: {
			type: "counter",
			conditions: [{ metric: "activities_completed", value: 3, context: { time_frame: "night" } }],
		},
		rewards: { xp: 75, coins: 20, titles: ["Night Owl"] },
		metadata: { difficulty: "medium", rarity: "rare", points: 30, secret: true },
	},
];

/**
 * References from the replicated catalog's entries to secret achievements, kept here so that not
 * even a secret achievement's id is replicated: the quests whose requirements name one, added to
 * the quest's requirements.achievements when the server builds its catalog.
 */
export const SECRET_QUEST_REQUIREMENTS: Readonly<Record<string, readonly string[]>> = {
	// "The Midnight Library" is for night owls only
	hidden_midnight_scholar: ["night_owl"],
};
