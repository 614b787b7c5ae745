import { withWorld } from "../helpers/world";
import { A_LESSON, joinAndLoad, liveProfile, periodNow, servicesOf, stored, waitUntil } from "../helpers/server";

export = () => {
	describe("profile sessions across servers", () => {
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

	describe("delivery to players elsewhere", () => {
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
