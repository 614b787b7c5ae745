import { LeaderboardDefinition } from "shared/catalog/types";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { hasEarned } from "shared/domain/profile/progress-queries";

/**
 * Whether a player may appear on a board now: its filters (level, activities, achievements, recent
 * activity) and their privacy. A player whose profile or stats are private (the default for a
 * new student) stays off public boards; class and school boards are not public.
 */
export function mayAppear(board: LeaderboardDefinition, profile: PlayerProfile, now: number): boolean {
	const filters = board.configuration.filters;
	if (profile.experience.level < filters.min_level) return false;
	if (profile.stats.activities_completed < filters.min_activities) return false;
	if (!filters.required_achievements.every((id) => hasEarned(profile, id))) return false;
	if (filters.exclude_inactive_days > 0 && now - profile.last_active > filters.exclude_inactive_days * 86400) {
		return false;
	}
	const privacy = profile.settings.privacy;
	if (board.visibility === "public" && (!privacy.show_profile || !privacy.show_stats)) return false;
	return true;
}

/** The group a scope puts the player in ("" = none: not on that board). Friends boards use the global group. */
export function scopeGroup(board: LeaderboardDefinition, profile: PlayerProfile): string {
	switch (board.configuration.scope) {
		case "global":
		case "friends":
			return "global";
		case "class":
			return profile.classroom.class_id;
		case "school":
			return profile.classroom.school_id;
		case "regional":
			return profile.classroom.country;
	}
}
