import { GameEvent } from "shared/domain/events";
import { A_LESSON, isLoaded, servicesOf, stored, waitUntil } from "../helpers/server";
import { ask } from "../helpers/remotes";
import { ChaosLedger } from "./chaos-ledger";

/** Seconds between two turns of the same student. */
const TURN = 10;
const AWARD: GameEvent = { kind: "grant", xp: 15, coins: 5, reason: "Great teamwork" };

/**
 * A class of students playing on a chaos case's servers, as students and their teacher do: a
 * lesson at every turn, a snack pack bought every third turn (once they have the coins) by the
 * student's own client through the Purchase remote, a teacher's award every fourth, each sent to
 * whichever server the student is on now; a student travelling between servers skips their turn.
 */
export class ChaosClass {
	private turn = 0;

	public constructor(
		public readonly world: EmulatedWorld,
		public readonly ledger: ChaosLedger,
		public readonly students: readonly number[],
	) {}

	/** Puts every student on `server` and waits until it holds each profile. */
	public join(server: EmulatedServer, seconds = 600) {
		for (const userId of this.students) {
			if (server.getPlayer(userId) === undefined) server.addPlayer({ userId, runScripts: false });
		}
		const loaded = waitUntil(() => this.students.every((userId) => isLoaded(server, userId)), seconds);
		if (!loaded) error(`not every profile loaded on ${server.jobId} within ${seconds} s`);
	}

	/** `seconds` of play: each student takes a turn every TURN seconds, spread over the interval. */
	public play(seconds: number, during?: (elapsed: number) => void) {
		const step = TURN / this.students.size();
		for (let elapsed = 0; elapsed < seconds; elapsed += step) {
			const userId = this.students[this.turn % this.students.size()];
			const round = math.floor(this.turn / this.students.size());
			this.turn += 1;
			const server = this.world.serverOf(userId);
			if (server !== undefined && server.alive && server.shuttingDown === undefined) {
				servicesOf(server).pipeline.submit(userId, A_LESSON);
				const client = server.clientOf(userId);
				// the remote yields for its answer: the class plays on meanwhile
				if (round % 3 === 2 && client !== undefined)
					task.spawn(() => ask(client, "Purchase", { reward_id: "snack_pack" }));
				if (round % 4 === 3) servicesOf(server).pipeline.submit(userId, AWARD);
			}
			during?.(elapsed);
			Emulation.advance(step);
		}
	}

	/** A teacher's award for a student, sent from `server` wherever the student is. */
	public award(server: EmulatedServer, userId: number) {
		servicesOf(server).pipeline.submit(userId, AWARD);
	}

	/** The students leave whichever server they are on; waits until every session lock is released (their last save landed). */
	public leave(seconds = 900) {
		for (const userId of this.students) this.world.serverOf(userId)?.removePlayer(userId);
		this.waitReleased(seconds);
	}

	public waitReleased(seconds = 900) {
		const released = waitUntil(
			() => this.students.every((userId) => stored(this.world, userId)?.MetaData.ActiveSession === undefined),
			seconds,
		);
		if (!released) error(`a session lock of the class was still held after ${seconds} s`);
	}
}
