import { Effect } from "shared/domain/effects";
import { MAX_BLOCKED_USERS, PlayerProfile } from "shared/domain/profile/player-profile";

/** Whether `profile`'s student has blocked `userId`. */
export function hasBlocked(profile: PlayerProfile, userId: string): boolean {
	return profile.social.blocked.includes(userId);
}

/** Blocks a classmate: a refusal when it is the student themselves, already blocked, or one too many. */
export function blockUser(profile: PlayerProfile, userId: string, effects: Effect[]): string | undefined {
	if (userId === profile.user_id) return "you cannot block yourself";
	if (hasBlocked(profile, userId)) return "you have already blocked this classmate";
	if (profile.social.blocked.size() >= MAX_BLOCKED_USERS) {
		return `you can block at most ${MAX_BLOCKED_USERS} classmates: unblock someone first`;
	}
	profile.social.blocked.push(userId);
	effects.push({ kind: "user_blocked", user_id: userId });
	return undefined;
}

/** Unblocks a classmate: a refusal when they were not blocked. */
export function unblockUser(profile: PlayerProfile, userId: string, effects: Effect[]): string | undefined {
	const index = profile.social.blocked.indexOf(userId);
	if (index === -1) return "you have not blocked this classmate";
	profile.social.blocked.remove(index);
	effects.push({ kind: "user_unblocked", user_id: userId });
	return undefined;
}
