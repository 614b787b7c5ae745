import { Players } from "@rbxts/services";
import { EventPipeline } from "server/events/event-pipeline";
import { getDefaultCatalog } from "shared/catalog";
import { PlayerSessions } from "server/players/player-sessions";
import { toProfileSnapshot } from "shared/domain";
import { Remotes } from "shared/remotes";

/** Answers a student's request for their own profile, and sends it again whenever it changes. */
export function serveProfileSnapshots(sessions: PlayerSessions, pipeline: EventPipeline) {
	Remotes.Server.Get("GetProfileSnapshot").SetCallback((player) => {
		const profile = sessions.profileOf(player);
		return profile === undefined ? undefined : toProfileSnapshot(profile, getDefaultCatalog());
	});
	pipeline.onEffects((userId) => {
		const player = Players.GetPlayerByUserId(userId);
		const profile = player !== undefined ? sessions.profileOf(player) : undefined;
		if (player !== undefined && profile !== undefined) {
			Remotes.Server.Get("ProfileChanged").SendToPlayer(player, toProfileSnapshot(profile, getDefaultCatalog()));
		}
	});
	sessions.onLoaded((player, session) => {
		Remotes.Server.Get("ProfileChanged").SendToPlayer(
			player,
			toProfileSnapshot(session.data(), getDefaultCatalog()),
		);
	});
}
