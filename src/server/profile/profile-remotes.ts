import { getDefaultCatalog } from "shared/catalog";
import { PlayerSessions } from "server/players/player-sessions";
import { toProfileSnapshot } from "shared/domain/profile/profile-snapshot";
import { Remotes } from "shared/remotes";

/** Answers a student's request for their own profile. */
export function serveProfileSnapshots(sessions: PlayerSessions) {
	Remotes.Server.Get("GetProfileSnapshot").SetCallback((player) => {
		const profile = sessions.profileOf(player);
		return profile === undefined ? undefined : toProfileSnapshot(profile, getDefaultCatalog());
	});
	sessions.onProfileLoaded((player, profile) => {
		Remotes.Server.Get("ProfileChanged").SendToPlayer(player, toProfileSnapshot(profile, getDefaultCatalog()));
	});
}
