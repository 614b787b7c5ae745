import { SAVE_RETRY_MAX } from "server/persistence/save-watch";
import { withWorld } from "../helpers/world";
import { A_LESSON, isLoaded, liveProfile, stored, waitUntil } from "../helpers/server";
import { Ledger, Loss } from "../helpers/ledger";

const STUDENTS = 20;
/** Each student does a lesson every this many seconds. */
const LESSON_GAP = 10;
/** Virtual seconds each server plays before it crashes. */
const HALF = 300;

/**
 * 20 students earn XP for 10 virtual minutes with `errorRate` of DataStore calls failing: a
 * server crashes after 5 minutes, a new one loads every profile and plays on, and it crashes in
 * turn after 5 more. Each crash's loss per student comes from the ledger: the seconds of play (and
 * XP) after the last moment saved. Returns the worst of both crashes.
 */
function measureCrashLoss(errorRate: number, firstUserId: number): Loss {
	let worst: Loss = { seconds: 0, xp: 0 };
	// ten frames a second, as the class-load benchmark: ProfileService's cadence is in seconds, not frames
	Emulation.setFrameRate(10);
	const [ok, err] = pcall(() => play(errorRate, firstUserId, (loss) => (worst = worse(worst, loss))));
	Emulation.setFrameRate(60);
	if (!ok) throw err;
	print(`crash loss at ${errorRate * 100}% DataStore errors: worst ${worst.seconds} s, ${worst.xp} XP per student`);
	return worst;
}

/** The larger seconds and the larger XP of two losses (not necessarily the same student's). */
function worse(a: Loss, b: Loss): Loss {
	return { seconds: math.max(a.seconds, b.seconds), xp: math.max(a.xp, b.xp) };
}

/** The workload of measureCrashLoss, telling `record` each student's loss at each crash. */
function play(errorRate: number, firstUserId: number, record: (loss: Loss) => void) {
	withWorld((world) => {
		const students = new Array<number>();
		for (let i = 0; i < STUDENTS; i++) students.push(firstUserId + i);
		const ledger = new Ledger();
		const savedAtCrash = new Map<number, number>();
		world.dataStores.failRequests({ probability: errorRate, seconds: 4 * 3600 });
		for (const jobId of ["first", "second"]) {
			const server = world.startServer({ jobId });
			ledger.follow(server);
			// clients without scripts: the server is what is measured, and each client costs a frame
			for (const userId of students) server.addPlayer({ userId, runScripts: false });
			const loaded = waitUntil(() => students.every((userId) => isLoaded(server, userId)), 3600);
			if (!loaded) error(`not every profile loaded on ${jobId}`);
			for (const userId of students) {
				const profile = liveProfile(server, userId);
				const saved = savedAtCrash.get(userId);
				if (saved !== undefined && profile.experience.total_xp !== saved) {
					error(`${userId} loaded ${profile.experience.total_xp} XP on ${jobId}, the crash saved ${saved}`);
				}
				// what the last crash saved is what the next server plays on
				ledger.rebase(userId, {
					xp: profile.experience.total_xp,
					coins: profile.currency.coins,
					activities: profile.stats.activities_completed,
				});
			}
			// a lesson for one student every LESSON_GAP / STUDENTS seconds, each student in turn
			for (let step = 0; step < (HALF * STUDENTS) / LESSON_GAP; step++) {
				ledger.submit(server, students[step % STUDENTS], A_LESSON);
				Emulation.advance(LESSON_GAP / STUDENTS);
			}
			const crashAt = os.time();
			server.crash();
			for (const userId of students) {
				savedAtCrash.set(userId, stored(world, userId)!.Data.experience.total_xp);
				record(ledger.lossAt(userId, savedAtCrash.get(userId)!, crashAt));
			}
		}
	});
}

/**
 * The documented bound: ProfileService's 30 s auto-save period, plus one retry (at most
 * SAVE_RETRY_MAX seconds apart) for each save that fails in a row. `failures` is a run of failures
 * that is rare at the error rate (under 2 % per save), so the bound holds for every student here.
 */
function lossBound(failures: number): number {
	return 30 + SAVE_RETRY_MAX * failures;
}

export = () => {
	describe("a crash with DataStore errors", () => {
		// four failures in a row at 50 % is 1 in 16 attempts; six is 1 in 64
		it("at 50% errors loses at most 30 s + 6 retries (78 s) of play per student", () => {
			expect(measureCrashLoss(0.5, 3001).seconds <= lossBound(6)).to.equal(true);
		});

		// four failures in a row at 30 % is under 1 in 100 attempts
		it("at 30% errors loses at most 30 s + 4 retries (62 s) of play per student", () => {
			expect(measureCrashLoss(0.3, 3101).seconds <= lossBound(4)).to.equal(true);
		});
	});
};
