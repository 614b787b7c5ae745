import { SESSION_TAKEN_MESSAGE } from "server/players/player-sessions";
import { withWorld } from "../helpers/world";
import { A_LESSON, joinAndLoad, liveProfile, periodNow, servicesOf, stored, waitUntil } from "../helpers/server";

export = () => {
	describe("profile sessions across servers", () => {
		it("hands a profile from one server to another without both writing it, and loses nothing", () =>
			withWorld((world) => {
				const first = world.startServer({ jobId: "first" });
				joinAndLoad(world, first, 501);
				servicesOf(first).pipeline.submit(501, A_LESSON);
				const xp = liveProfile(first, 501).experience.total_xp;
				expect(xp > 0).to.equal(true);
				const second = world.startServer({ jobId: "second" });
				joinAndLoad(world, second, 501, 600);
				expect(liveProfile(second, 501).experience.total_xp).to.equal(xp);
				expect(
					first.kicks.some((kick) => kick.userId === 501 && kick.message === SESSION_TAKEN_MESSAGE),
				).to.equal(true);
				servicesOf(second).pipeline.submit(501, A_LESSON);
				Emulation.advance(120);
				// only the second server writes from now on: the lock stays its own and the data its own
				expect(stored(world, 501)!.MetaData.ActiveSession![1]).to.equal("second");
				expect(stored(world, 501)!.Data.experience.total_xp).to.equal(
					liveProfile(second, 501).experience.total_xp,
				);
			}));

		it("a server that shuts down mid-session saves every XP", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, 601);
				for (let i = 0; i < 3; i++) servicesOf(server).pipeline.submit(601, A_LESSON);
				const xp = liveProfile(server, 601).experience.total_xp;
				server.shutdown();
				expect(stored(world, 601)!.Data.experience.total_xp).to.equal(xp);
				expect(stored(world, 601)!.MetaData.ActiveSession).to.equal(undefined);
			}));

		it("a server that dies loses at most what came after the last auto-save; the next server recovers the lock", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "doomed" });
				joinAndLoad(world, server, 701);
				servicesOf(server).pipeline.submit(701, A_LESSON);
				const saved = liveProfile(server, 701).experience.total_xp;
				Emulation.advance(60); // at least one auto-save
				servicesOf(server).pipeline.submit(701, A_LESSON);
				server.crash();
				expect(stored(world, 701)!.Data.experience.total_xp).to.equal(saved);
				const successor = world.startServer({ jobId: "next" });
				joinAndLoad(world, successor, 701, 3600);
				expect(liveProfile(successor, 701).experience.total_xp).to.equal(saved);
				expect(stored(world, 701)!.MetaData.ActiveSession![1]).to.equal("next");
			}));

		it("30% of DataStore calls failing for a minute loses nothing", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, 801);
				world.dataStores.failRequests({ probability: 0.3, seconds: 60 });
				for (let i = 0; i < 6; i++) {
					servicesOf(server).pipeline.submit(801, A_LESSON);
					Emulation.advance(10);
				}
				const xp = liveProfile(server, 801).experience.total_xp;
				Emulation.advance(60);
				server.removePlayer(801);
				expect(waitUntil(() => stored(world, 801)!.MetaData.ActiveSession === undefined, 300)).to.equal(true);
				expect(stored(world, 801)!.Data.experience.total_xp).to.equal(xp);
			}));

		it("a repaired profile is saved repaired; a profile from a newer schema is not touched and the student is told", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, 851);
				server.removePlayer(851);
				expect(waitUntil(() => stored(world, 851)!.MetaData.ActiveSession === undefined)).to.equal(true);
				const damaged = stored(world, 851)!;
				(damaged.Data.currency as unknown as { coins: unknown }).coins = "lots";
				world.dataStores.poke("PlayerProfiles", "player_851", damaged);
				joinAndLoad(world, server, 851);
				expect(liveProfile(server, 851).currency.coins).to.equal(0);
				server.removePlayer(851);
				expect(waitUntil(() => stored(world, 851)!.MetaData.ActiveSession === undefined)).to.equal(true);
				const future = stored(world, 851)!;
				future.Data.schema_version = 99;
				world.dataStores.poke("PlayerProfiles", "player_851", future);
				server.addPlayer({ userId: 851 });
				expect(waitUntil(() => server.kicks.some((kick) => kick.userId === 851))).to.equal(true);
				expect(waitUntil(() => stored(world, 851)!.MetaData.ActiveSession === undefined)).to.equal(true);
				expect(stored(world, 851)!.Data.schema_version).to.equal(99);
			}));
	});

	describe("leaving while the profile loads", () => {
		it("leaves no lock held", () =>
			withWorld((world) => {
				const server = world.startServer();
				world.dataStores.setLatency(3);
				server.addPlayer({ userId: 1301 });
				Emulation.advance(1);
				server.removePlayer(1301);
				world.dataStores.setLatency(0);
				expect(
					waitUntil(
						() =>
							stored(world, 1301)?.MetaData.ActiveSession === undefined &&
							stored(world, 1301) !== undefined,
					),
				).to.equal(true);
				Emulation.advance(60);
				expect(stored(world, 1301)!.MetaData.ActiveSession).to.equal(undefined);
			}));
	});

	describe("delivery to players elsewhere", () => {
		it("a grant for an offline student is applied exactly once when they join, wherever", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "teacher" });
				expect(
					servicesOf(server).pipeline.submit(901, { kind: "grant", coins: 50, reason: "Science fair prize" }),
				).to.equal("delivered");
				const other = world.startServer({ jobId: "other" });
				joinAndLoad(world, other, 901);
				expect(waitUntil(() => liveProfile(other, 901).currency.coins === 50, 120)).to.equal(true);
				other.removePlayer(901);
				expect(waitUntil(() => stored(world, 901)!.MetaData.ActiveSession === undefined)).to.equal(true);
				joinAndLoad(world, server, 901);
				Emulation.advance(120);
				expect(liveProfile(server, 901).currency.coins).to.equal(50);
			}));

		it("a thank-you badge sent to an offline classmate is received exactly once when they join", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "giver" });
				joinAndLoad(world, server, 921);
				expect(servicesOf(server).pipeline.gift(921, 922, "thank_you")).to.equal(undefined);
				expect(servicesOf(server).pipeline.gift(921, 921, "thank_you")).to.equal(
					"you cannot give a gift to yourself",
				);
				const other = world.startServer({ jobId: "receiver" });
				joinAndLoad(world, other, 922);
				expect(waitUntil(() => liveProfile(other, 922).badges_owned.thank_you !== undefined, 120)).to.equal(
					true,
				);
				other.removePlayer(922);
				expect(waitUntil(() => stored(world, 922)!.MetaData.ActiveSession === undefined)).to.equal(true);
				joinAndLoad(world, other, 922);
				Emulation.advance(120);
				expect(liveProfile(other, 922).badges_owned.thank_you.quantity).to.equal(1);
			}));

		it("an event for a student whose profile is still loading waits for it", () =>
			withWorld((world) => {
				const server = world.startServer();
				world.dataStores.setLatency(5);
				server.addPlayer({ userId: 951 });
				Emulation.advance(1);
				expect(servicesOf(server).pipeline.submit(951, A_LESSON)).to.equal("queued");
				world.dataStores.setLatency(0);
				expect(
					waitUntil(() => {
						const player = server.getPlayer(951);
						const profile =
							player !== undefined ? servicesOf(server).sessions.profileOf(player) : undefined;
						return profile !== undefined && profile.stats.lessons_completed === 1;
					}),
				).to.equal(true);
			}));
	});

	describe("right to erasure", () => {
		it("leaves nothing of the student behind", () =>
			withWorld((world) => {
				const server = world.startServer({ privateServerId: "class-e" });
				joinAndLoad(world, server, 991);
				servicesOf(server).pipeline.submit(991, A_LESSON);
				Emulation.advance(61); // the class boards are written
				const week = periodNow("weekly_xp_class").key;
				const day = periodNow("daily_xp_class").key;
				const boards = world.dataStores.orderedKeys("lb_weekly_xp_class", `${week}@class-e`);
				expect(boards.includes("991")).to.equal(true);
				expect(servicesOf(server).erasure.erase(991)).to.equal(true);
				Emulation.advance(60);
				expect(stored(world, 991)).to.equal(undefined);
				for (const board of ["lb_weekly_xp_class", "lb_daily_xp_class"]) {
					for (const scope of [`${week}@class-e`, `${day}@class-e`]) {
						expect(world.dataStores.orderedKeys(board, scope).includes("991")).to.equal(false);
					}
				}
				expect(world.dataStores.peek("LeaderboardMemberships", "991")).to.equal(undefined);
			}));
	});
};
