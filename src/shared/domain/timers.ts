import { utcDay } from "./numbers";
import { PlayerProfile } from "./profile/player-profile";

/**
 * The next moment after `after` at which time alone changes the profile: an item or XP multiplier
 * expires, a study streak breaks (the start of the second UTC day without an activity), or an
 * active quest reaches its deadline (its end, a time limit, a daily or weekly reset).
 */
export function nextDueTime(profile: PlayerProfile, after: number): number | undefined {
	let due: number | undefined;
	const consider = (time: number) => {
		if (time > after && (due === undefined || time < due)) due = time;
	};
	for (const item of profile.inventory.items) if (item.expires_at > 0) consider(item.expires_at);
	for (const multiplier of profile.experience.xp_multipliers) {
		if (multiplier.expires_at > 0) consider(multiplier.expires_at);
	}
	for (const quest of profile.quests.active) if (quest.expires_at > 0) consider(quest.expires_at);
	const streak = profile.stats.study_streak;
	if (streak.current > 0 && streak.last_active > 0) consider((utcDay(streak.last_active) + 2) * 86400);
	return due;
}
