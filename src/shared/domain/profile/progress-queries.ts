import { Catalog } from "shared/catalog/types";
import { PlayerProfile } from "./player-profile";

/** What a player has done, as the requirements of achievements, badges, quests and rewards ask it. */

/** Whether the player has earned the achievement (at least its first tier). */
export function hasEarned(profile: PlayerProfile, achievementId: string): boolean {
	const state = profile.achievement_progress[achievementId];
	return state !== undefined && (state.earned_count > 0 || state.tier > 0);
}

/** Whether the player has completed the quest at least once. */
export function hasCompleted(profile: PlayerProfile, questId: string): boolean {
	return (profile.quest_history[questId]?.completions ?? 0) > 0;
}

/**
 * An achievement as a refusal names it: by id, or as "a secret achievement" while it is secret,
 * since refusals and locked reasons reach the student's screen.
 */
export function achievementAsNamed(catalog: Catalog, achievementId: string): string {
	return catalog.achievements.get(achievementId)?.metadata.secret === true
		? "a secret achievement"
		: `the achievement "${achievementId}"`;
}
