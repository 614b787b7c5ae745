import ProfileService from "@rbxts/profileservice";
import { Profile } from "@rbxts/profileservice/globals";
import { createDefaultProfile, PlayerProfile } from "shared/domain/profile/player-profile";

/** The DataStore holding every student's profile. */
export const PLAYER_PROFILE_STORE = "PlayerProfiles";

/** The DataStore key of a student's profile. */
export function profileKey(userId: number): string {
	return `player_${userId}`;
}

/** A loaded, session-locked profile: this server alone may write it until it is released. */
export interface ProfileSession {
	readonly data: PlayerProfile;
	isActive(): boolean;
	release(): void;
	/** Called once when the session ends: released here, or taken over by another server. */
	onReleased(listener: () => void): void;
}

/**
 * The only module that knows about ProfileService (its author now points to ProfileStore; a move
 * stays local to this file).
 */
export class PlayerProfileStore {
	private readonly store = ProfileService.GetProfileStore<PlayerProfile>(
		PLAYER_PROFILE_STORE,
		createDefaultProfile(),
	);

	/**
	 * Loads and session-locks a student's profile, taking it over from another server under
	 * ProfileService's ForceLoad rules. Yields. Returns undefined when it cannot be loaded.
	 */
	public loadSession(userId: number): ProfileSession | undefined {
		const profile = this.store.LoadProfileAsync(profileKey(userId), "ForceLoad");
		if (profile === undefined) return undefined;
		profile.AddUserId(userId);
		return wrap(profile);
	}
}

function wrap(profile: Profile<PlayerProfile>): ProfileSession {
	return {
		data: profile.Data,
		isActive() {
			return profile.IsActive();
		},
		release() {
			profile.Release();
		},
		onReleased(listener) {
			profile.ListenToRelease(() => listener());
		},
	};
}
