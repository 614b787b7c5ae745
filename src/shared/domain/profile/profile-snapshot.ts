import { Catalog } from "shared/catalog/types";
import { AchievementView, visibleAchievements } from "./achievement-view";
import { PlayerProfile } from "./player-profile";

/** What a student's client is shown of their own profile. */
export interface ProfileSnapshot {
	readonly user_id: string;
	readonly display_name: string;
	readonly title: string;
	readonly level: number;
	readonly current_xp: number;
	readonly total_xp: number;
	readonly level_progress: PlayerProfile["experience"]["level_progress"];
	readonly coins: number;
	readonly gems: number;
	readonly tokens: number;
	readonly study_streak: number;
	readonly achievements: AchievementView[];
	/** Secret achievements not yet earned: only their number is shown. */
	readonly hidden_achievements: number;
	readonly achievement_points: number;
	readonly showcase: string[];
	readonly badges_owned: { badge_id: string; quantity: number }[];
	readonly badges_equipped: string[];
}

/** The client's view of a profile: a copy, so nothing the client holds aliases server state. */
export function toProfileSnapshot(profile: PlayerProfile, catalog: Catalog): ProfileSnapshot {
	const { achievements, hidden } = visibleAchievements(profile, catalog);
	const badgesOwned = new Array<{ badge_id: string; quantity: number }>();
	for (const [badgeId, owned] of pairs(profile.badges_owned)) {
		badgesOwned.push({ badge_id: badgeId as string, quantity: owned.quantity });
	}
	badgesOwned.sort((a, b) => a.badge_id < b.badge_id);
	return {
		user_id: profile.user_id,
		display_name: profile.profile.display_name,
		title: profile.profile.title,
		level: profile.experience.level,
		current_xp: profile.experience.current_xp,
		total_xp: profile.experience.total_xp,
		level_progress: { ...profile.experience.level_progress },
		coins: profile.currency.coins,
		gems: profile.currency.gems,
		tokens: profile.currency.tokens,
		study_streak: profile.stats.study_streak.current,
		achievements,
		hidden_achievements: hidden,
		achievement_points: profile.achievements.total_points,
		showcase: [...profile.achievements.showcase],
		badges_owned: badgesOwned,
		badges_equipped: [...profile.badges.equipped],
	};
}
