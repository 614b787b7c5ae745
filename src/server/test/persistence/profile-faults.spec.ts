import { SESSION_TAKEN_MESSAGE } from "server/players/player-sessions";
import { withWorld } from "../helpers/world";
import { A_LESSON, joinAndLoad, liveProfile, servicesOf, stored, waitUntil } from "../helpers/server";
import { Ledger } from "../helpers/ledger";

/** Each student does a lesson every `gap` seconds, `rounds` times, through the ledger. */
function playLessons(server: EmulatedServer, ledger: Ledger, userIds: number[], rounds: number, gap = 10) {
	for (let round = 0; round < rounds; round++) {
		for (const userId of userIds) ledger.submit(server, userId, A_LESSON);
		Emulation.advance(gap);
	}
}

/** Lets the students leave and waits until every lock is released (their last save landed). */
function leaveAndSave(world: EmulatedWorld, server: EmulatedServer, userIds: number[], seconds = 300) {
	for (const userId of userIds) server.removePlayer(userId);
	const released = waitUntil(
		() => userIds.every((userId) => stored(world, userId)?.MetaData.ActiveSession === undefined),
		seconds,
	);
	if (!released) error(`a lock of ${userIds.join(", ")} was still held after ${seconds} s`);
}

export = () => {
	describe("saved profiles against the spec's own ledger", () => {
		it("30% of DataStore calls failing for a minute loses nothing", () =>
			withWorld((world) => {
				const server = world.startServer();
				const ledger = new Ledger().follow(server);
				const students = [801, 802, 803];
				for (const userId of students) joinAndLoad(world, server, userId);
				world.dataStores.failRequests({ probability: 0.3, seconds: 60 });
				playLessons(server, ledger, students, 6);
				Emulation.advance(60);
				leaveAndSave(world, server, students);
				expect(ledger.expected(801).xp > 0).to.equal(true);
				expect(ledger.compare(world, students).join("\n")).to.equal("");
			}));

		it("a server that shuts down mid-session saves everything", () =>
			withWorld((world) => {
				const server = world.startServer();
				const ledger = new Ledger().follow(server);
				joinAndLoad(world, server, 601);
				playLessons(server, ledger, [601], 3, 1);
				server.shutdown();
				expect(ledger.compare(world, [601]).join("\n")).to.equal("");
				expect(stored(world, 601)!.MetaData.ActiveSession).to.equal(undefined);
			}));

		it("a server that dies loses only what came after its last auto-save; the next server recovers the lock", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "doomed" });
				const ledger = new Ledger().follow(server);
				joinAndLoad(world, server, 701);
				playLessons(server, ledger, [701], 1, 60); // at least one auto-save after it
				ledger.submit(server, 701, A_LESSON);
				const crashAt = os.time();
				server.crash();
				const saved = stored(world, 701)!.Data.experience.total_xp;
				const loss = ledger.lossAt(701, saved, crashAt);
				// ProfileService auto-saves every 30 s: no more play than that is lost, and some was
				expect(loss.seconds <= 30).to.equal(true);
				expect(loss.xp > 0 && saved > 0).to.equal(true);
				const successor = world.startServer({ jobId: "next" });
				joinAndLoad(world, successor, 701, 3600);
				expect(liveProfile(successor, 701).experience.total_xp).to.equal(saved);
				expect(stored(world, 701)!.MetaData.ActiveSession![1]).to.equal("next");
			}));

		it("two servers hand a profile over without both writing it, and lose nothing", () =>
			withWorld((world) => {
				const first = world.startServer({ jobId: "first" });
				const second = world.startServer({ jobId: "second" });
				const ledger = new Ledger().follow(first).follow(second);
				joinAndLoad(world, first, 501);
				playLessons(first, ledger, [501], 2, 5);
				joinAndLoad(world, second, 501, 600);
				expect(
					first.kicks.some((kick) => kick.userId === 501 && kick.message === SESSION_TAKEN_MESSAGE),
				).to.equal(true);
				playLessons(second, ledger, [501], 2, 60);
				// only the second server writes from now on: the lock stays its own
				expect(stored(world, 501)!.MetaData.ActiveSession![1]).to.equal("second");
				leaveAndSave(world, second, [501]);
				expect(ledger.compare(world, [501]).join("\n")).to.equal("");
			}));

		it("a lesson for a student who leaves while loading is kept for their next visit, applied once", () =>
			withWorld((world) => {
				const server = world.startServer();
				const ledger = new Ledger().follow(server);
				world.dataStores.setLatency(3);
				server.addPlayer({ userId: 1301 });
				Emulation.advance(1);
				expect(ledger.submit(server, 1301, A_LESSON)).to.equal("queued");
				server.removePlayer(1301);
				world.dataStores.setLatency(0);
				expect(
					waitUntil(
						() =>
							stored(world, 1301) !== undefined &&
							stored(world, 1301)!.MetaData.ActiveSession === undefined,
					),
				).to.equal(true);
				Emulation.advance(60);
				expect(stored(world, 1301)!.MetaData.ActiveSession).to.equal(undefined);
				joinAndLoad(world, server, 1301);
				Emulation.advance(60);
				leaveAndSave(world, server, [1301]);
				expect(ledger.expected(1301).xp > 0).to.equal(true);
				expect(ledger.compare(world, [1301]).join("\n")).to.equal("");
			}));

		it("a grant for an offline student is applied exactly once when they join, wherever", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "teacher" });
				const ledger = new Ledger();
				const grant = { kind: "grant", coins: 50, reason: "Science fair prize" } as const;
				expect(ledger.submit(server, 901, grant)).to.equal("delivered");
				ledger.sent(901, grant);
				const other = world.startServer({ jobId: "other" });
				joinAndLoad(world, other, 901);
				expect(waitUntil(() => liveProfile(other, 901).currency.coins === 50, 120)).to.equal(true);
				leaveAndSave(world, other, [901]);
				joinAndLoad(world, server, 901);
				Emulation.advance(120);
				leaveAndSave(world, server, [901]);
				expect(ledger.compare(world, [901]).join("\n")).to.equal("");
			}));
	});

	describe("the ledger catches a lost event", () => {
		it("a pipeline that drops one event in a hundred fails the comparison", () =>
			withWorld((world) => {
				const server = world.startServer();
				const ledger = new Ledger().follow(server);
				const students = [1401, 1402, 1403];
				for (const userId of students) joinAndLoad(world, server, userId);
				servicesOf(server).pipeline.dropEveryNth(100);
				playLessons(server, ledger, students, 40, 2);
				leaveAndSave(world, server, students);
				const differences = ledger.compare(world, students);
				expect(differences.size() > 0).to.equal(true);
				expect(differences.some((line) => line.find("activities saved", 1, true)[0] !== undefined)).to.equal(
					true,
				);
			}));
	});
};
