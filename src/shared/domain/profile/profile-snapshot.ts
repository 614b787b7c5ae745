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
}

/** The client's view of a profile: a copy, so nothing the client holds aliases server state. */
export function toProfileSnapshot(profile: PlayerProfile): ProfileSnapshot {
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
	};
}
