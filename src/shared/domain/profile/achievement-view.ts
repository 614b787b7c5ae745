import { Catalog } from "shared/catalog/types";
import { PlayerProfile } from "./player-profile";
import { hasEarned } from "./progress-queries";

/** One achievement as a player may see it. */
export interface AchievementView {
	readonly id: string;
	readonly title: string;
	readonly description: string;
	readonly category: string;
	readonly rarity: string;
	readonly points: number;
	readonly earned: boolean;
	/** Tiers reached, for tiered achievements. */
	readonly tier: number;
	/** 0..100, only when the achievement shows its progress. */
	readonly progress?: number;
}

/**
 * The achievements a player is shown: active ones and those they earned. A secret achievement
 * appears only once earned; until then it is only counted in `hidden`, with nothing about it.
 */
export function visibleAchievements(profile: PlayerProfile, catalog: Catalog) {
	const achievements = new Array<AchievementView>();
	let hidden = 0;
	for (const [id, achievement] of catalog.achievements) {
		const earned = hasEarned(profile, id);
		if (!earned && achievement.status !== "active") continue;
		if (!earned && achievement.metadata.secret) {
			hidden += 1;
			continue;
		}
		const state = profile.achievement_progress[id];
		achievements.push({
			id,
			title: achievement.display.title !== "" ? achievement.display.title : achievement.name,
			description: achievement.display.description,
			category: achievement.display.category,
			rarity: achievement.metadata.rarity,
			points: achievement.metadata.points,
			earned,
			tier: state?.tier ?? 0,
			progress: achievement.progression.show_progress ? (state?.progress ?? 0) : undefined,
		});
	}
	achievements.sort((a, b) => a.id < b.id);
	return { achievements, hidden };
}
