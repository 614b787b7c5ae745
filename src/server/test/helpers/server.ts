import type { RunningServer } from "server/index";
import { PLAYER_PROFILE_STORE, profileKey } from "server/persistence/player-profile-store";
import { GameEvent } from "shared/domain/events";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { getServerCatalog } from "server/catalog/server-catalog";
import { periodEnd, periodKey } from "shared/domain";
import { waitUntil } from "./world";

/** A profile as ProfileService stores it. */
export interface StoredProfile {
	Data: PlayerProfile;
	MetaData: { ActiveSession?: [number, string] };
	GlobalUpdates?: unknown;
}

/** The services of a server the emulation runs (its own copy of the server modules). */
export function servicesOf(server: EmulatedServer): RunningServer {
	const index = server.requireModule<typeof import("server/index")>("ServerScriptService/TS");
	return index.runningServer()!;
}

export function stored(world: EmulatedWorld, userId: number): StoredProfile | undefined {
	return world.dataStores.peek(PLAYER_PROFILE_STORE, profileKey(userId)) as StoredProfile | undefined;
}

/** Adds a student and waits until this server holds their profile. */
export function joinAndLoad(
	world: EmulatedWorld,
	server: EmulatedServer,
	userId: number,
	seconds = 120,
	country?: string,
	/** False for a student whose client runs no scripts: a spec that lets days pass saves a client's frames. */
	clientScripts = true,
) {
	server.addPlayer({ userId, name: `student${userId}`, country, runScripts: clientScripts });
	const loaded = waitUntil(() => isLoaded(server, userId), seconds);
	if (!loaded) error(`the profile of ${userId} did not load on ${server.jobId} within ${seconds} s`);
}

/** Whether the student is on this server with their profile held. */
export function isLoaded(server: EmulatedServer, userId: number): boolean {
	const player = server.getPlayer(userId);
	return player !== undefined && servicesOf(server).sessions.profileOf(player) !== undefined;
}

/** The profile a server holds for a student now. */
export function liveProfile(server: EmulatedServer, userId: number): PlayerProfile {
	return servicesOf(server).sessions.profileOf(server.getPlayer(userId)!)!;
}

export const A_LESSON: GameEvent = {
	kind: "activity",
	activity: "lesson",
	subject: "math",
	performance: { perfect: false, time: 600, expected_time: 900, first_try: true },
};

export { waitUntil };

/**
 * A default board's period now, and when it ends. The virtual clock goes on from spec to spec
 * (some let days pass), so a spec reads its periods from the clock instead of writing dates.
 */
export function periodNow(boardId: string): { key: string; ends: number } {
	const board = getServerCatalog().leaderboards.get(boardId)!;
	return { key: periodKey(board, Emulation.now())!, ends: periodEnd(board, Emulation.now()) };
}

/**
 * Lets idle days pass quickly: one frame every 20 s (a frame of every client and server is the
 * emulation's dearest step; timers still wake at their own time), then one a second for the last
 * minute before `time`. Slower frames would not be Roblox: ProfileService queues an auto-save per
 * 30 s of frame time, and hour-long frames pile up thousands of saves behind its write cooldown.
 */
export function idleUntil(time: number) {
	if (time - 60 > Emulation.now()) {
		Emulation.setFrameRate(1 / 20);
		// an hour at a time: the emulation's watchdog stops a run whose main thread waits over 60 s
		// of real time, and a week in one wait takes that long on a busy machine
		while (time - 60 > Emulation.now()) Emulation.advance(math.min(3600, time - 60 - Emulation.now()));
	}
	Emulation.setFrameRate(1);
	Emulation.advance(time - Emulation.now());
	Emulation.setFrameRate(60);
}
