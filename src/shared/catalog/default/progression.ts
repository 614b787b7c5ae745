/** The level curve of gamification-models.md's LevelProgression, and what levelling up gives. */
export const DEFAULT_PROGRESSION = {
	formula: "exponential",
	base_xp: 100,
	growth_rate: 1.5,
	soft_cap: 50,
	soft_cap_multiplier: 2,
	hard_cap: 100,
	prestige_enabled: true,
	prestige_xp_boost: 0.1,
	coins_per_level: 25,
};
