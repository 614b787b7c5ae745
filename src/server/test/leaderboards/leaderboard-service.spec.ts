import { getServerCatalog } from "server/catalog/server-catalog";
import { movement } from "shared/domain/leaderboards/ranking";
import { ARCHIVE_STORE, boardScope, boardStore, PERIOD_LOCKS_STORE } from "server/leaderboards/leaderboard-service";
import { withWorld } from "../helpers/world";
import { A_LESSON, idleUntil, joinAndLoad, liveProfile, periodNow, servicesOf, waitUntil } from "../helpers/server";

export = () => {
	describe("leaderboards on OrderedDataStore", () => {
		it("write each student's score to their class board once per interval, never a private one to a public board", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "class", privateServerId: "class-1" });
				const WEEK = periodNow("weekly_xp_class").key;
				joinAndLoad(world, server, 2001);
				joinAndLoad(world, server, 2002);
				const before = world.dataStores.requestCounts("class")["OrderedWrite"] ?? 0;
				for (let i = 0; i < 5; i++) {
					servicesOf(server).pipeline.submit(2001, A_LESSON);
					servicesOf(server).pipeline.submit(2002, A_LESSON);
				}
				servicesOf(server).pipeline.submit(2002, A_LESSON);
				Emulation.advance(61);
				const scope = boardScope(WEEK, "class-1");
				const stored = (userId: number) =>
					world.dataStores.peekOrdered(boardStore("weekly_xp_class"), tostring(userId), scope);
				expect(stored(2001)).to.be.ok();
				expect(stored(2002)! > stored(2001)!).to.equal(true);
				// 11 score changes, 2 students: 2 writes for this board, not 11
				const writes = (world.dataStores.requestCounts("class")["OrderedWrite"] ?? 0) - before;
				expect(writes <= 2 * 4).to.equal(true);
				expect(
					world.dataStores.orderedKeys(boardStore("all_time_xp_global"), boardScope("all", "global")).size(),
				).to.equal(0);
				const top = servicesOf(server).leaderboards.top("weekly_xp_class", WEEK, "class-1", 10);
				expect(top[0].user_id).to.equal("2002");
				expect(top.size()).to.equal(2);
				expect(servicesOf(server).leaderboards.rankOf("weekly_xp_class", WEEK, "class-1", 2001).rank).to.equal(
					2,
				);
				const outside = servicesOf(server).leaderboards.rankOf("weekly_xp_class", WEEK, "class-1", 9999);
				expect(outside.exact).to.equal(false);
				const statistics = servicesOf(server).leaderboards.statistics(
					"weekly_xp_class",
					WEEK,
					"class-1",
					Emulation.now(),
				);
				expect(statistics.total_participants).to.equal(2);
				expect(statistics.top_scorer).to.equal("2002");
				const around = servicesOf(server).leaderboards.nearbyOf("weekly_xp_class", WEEK, "class-1", 2001);
				expect(around.map((entry) => entry.user_id).join(",")).to.equal("2002,2001");
				// 2001 overtakes 2002; the next read after update_frequency shows the movement
				for (let i = 0; i < 4; i++) servicesOf(server).pipeline.submit(2001, A_LESSON);
				Emulation.advance(61);
				const moved = servicesOf(server).leaderboards.top("weekly_xp_class", WEEK, "class-1", 10);
				expect(moved[0].user_id).to.equal("2001");
				expect(movement(1, moved[0].previous_rank)).to.equal("up");
			}));

		it("know each student's country, and show a friends board with friends only", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "scopes" });
				for (const [userId, country] of [
					[2301, "FR"],
					[2302, "FR"],
					[2303, "US"],
				] as const) {
					joinAndLoad(world, server, userId, 120, country);
					// these three chose public profiles (test setup: there is no settings screen yet)
					const privacy = liveProfile(server, userId).settings.privacy;
					privacy.show_profile = true;
					privacy.show_stats = true;
					servicesOf(server).pipeline.submit(userId, A_LESSON);
				}
				world.setFriends(2301, 2303);
				Emulation.advance(61);
				expect(liveProfile(server, 2302).classroom.country).to.equal("FR");
				expect(servicesOf(server).leaderboards.top("all_time_xp_global", "all", "global", 10).size()).to.equal(
					3,
				);
				const friends = servicesOf(server).leaderboards.friendsTop(
					"all_time_xp_global",
					"all",
					server.getPlayer(2301)!,
				);
				const ids = friends.map((entry) => entry.user_id);
				ids.sort();
				expect(ids.join(",")).to.equal("2301,2303");
			}));

		it("close a daily board at 00:00 UTC exactly once, even when two servers race, and pay the prizes once", () =>
			withWorld((world) => {
				// two servers of the same class (a reserved server and the classroom, say) race for the period end
				const first = world.startServer({ jobId: "one", privateServerId: "class-9" });
				const { key: DAY, ends: MIDNIGHT } = periodNow("daily_xp_class");
				const second = world.startServer({ jobId: "two", privateServerId: "class-9" });
				joinAndLoad(world, first, 2101);
				joinAndLoad(world, second, 2102);
				// three students: a class board gives prizes only from settings.min_class_size (3) on
				joinAndLoad(world, second, 2103);
				for (let i = 0; i < 3; i++) servicesOf(first).pipeline.submit(2101, A_LESSON);
				servicesOf(second).pipeline.submit(2102, A_LESSON);
				servicesOf(second).pipeline.submit(2103, A_LESSON);
				Emulation.advance(61);
				const coinsBefore = liveProfile(first, 2101).currency.coins;
				// hours pass, with slow frames (and in steps the emulation's watchdog allows)
				idleUntil(MIDNIGHT + 5);
				expect(
					waitUntil(() => {
						const lock = world.dataStores.peek(PERIOD_LOCKS_STORE, `daily_xp_class|${DAY}|class-9`) as
							{ state: string } | undefined;
						return lock?.state === "done";
					}, 300),
				).to.equal(true);
				Emulation.advance(120);
				const archive = world.dataStores.peek(ARCHIVE_STORE, "daily_xp_class") as {
					id: string;
					winner_id: string;
				}[];
				expect(archive.size()).to.equal(1);
				expect(archive[0].winner_id).to.equal("2101");
				const winner = liveProfile(first, 2101);
				// first place: 20 coins and the milestone's title
				expect(winner.profile.titles_earned.includes("Learner of the Day")).to.equal(true);
				expect(winner.currency.coins - coinsBefore).to.equal(20);
				expect(winner.prizes_received.size()).to.equal(2);
				// a server that tries again later finds the period closed: nothing more is paid
				const board = getServerCatalog().leaderboards.get("daily_xp_class")!;
				servicesOf(second).pipeline.host.closePeriod(board, DAY, "class-9", Emulation.now());
				Emulation.advance(60);
				expect(liveProfile(first, 2101).currency.coins - coinsBefore).to.equal(20);
				expect((world.dataStores.peek(ARCHIVE_STORE, "daily_xp_class") as unknown[]).size()).to.equal(1);
			}));
	});
};
