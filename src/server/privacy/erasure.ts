import { Players } from "@rbxts/services";
import { PlayerProfileStore } from "server/persistence/player-profile-store";

export const ERASED_MESSAGE = "Your ClassQuest data has been erased at your request.";

/**
 * Right to erasure (Roblox forwards such requests to the experience): the player, if here, leaves
 * first so that nothing saves their profile again, then the profile is wiped. Leaderboard entries and
 * statistics that name the player are erased by their own services, registered here.
 */
export class Erasure {
	private readonly erasers = new Array<(userId: number) => void>();

	public constructor(private readonly store: PlayerProfileStore) {}

	/** Something else that holds the player's data and must forget it. */
	public register(eraser: (userId: number) => void) {
		this.erasers.push(eraser);
	}

	/** Erases everything of the user. Yields. Returns whether the profile store confirmed the wipe. */
	public erase(userId: number): boolean {
		const player = Players.GetPlayerByUserId(userId);
		if (player !== undefined) player.Kick(ERASED_MESSAGE);
		for (const eraser of this.erasers) eraser(userId);
		return this.store.erase(userId);
	}
}
