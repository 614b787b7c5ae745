import { ARCHIVE_STORE, PERIOD_LOCKS_STORE } from "server/leaderboards/leaderboard-service";
import { withWorld } from "../helpers/world";
import { A_LESSON, idleUntil, joinAndLoad, liveProfile, periodNow, servicesOf, waitUntil } from "../helpers/server";

export = () => {
	describe("a class board needs a class", () => {
		it("gives no daily prize to a class of one and the daily prize to a class of three", () =>
			withWorld((world) => {
				// a student alone in a private server they own, and a real (if small) class
				const solo = world.startServer({ jobId: "solo", privateServerId: "class-solo" });
				const trio = world.startServer({ jobId: "trio", privateServerId: "class-trio" });
				const { key: DAY, ends: MIDNIGHT } = periodNow("daily_xp_class");
				joinAndLoad(world, solo, 5001);
				for (const userId of [5101, 5102, 5103]) joinAndLoad(world, trio, userId);
				servicesOf(solo).pipeline.submit(5001, A_LESSON);
				for (let i = 0; i < 3; i++) servicesOf(trio).pipeline.submit(5101, A_LESSON);
				servicesOf(trio).pipeline.submit(5102, A_LESSON);
				servicesOf(trio).pipeline.submit(5103, A_LESSON);
				Emulation.advance(61);
				const coinsBefore = (server: EmulatedServer, userId: number) =>
					liveProfile(server, userId).currency.coins;
				const soloCoins = coinsBefore(solo, 5001);
				const trioCoins = coinsBefore(trio, 5101);
				idleUntil(MIDNIGHT + 5);
				const closed = (group: string) =>
					(
						world.dataStores.peek(PERIOD_LOCKS_STORE, `daily_xp_class|${DAY}|${group}`) as
							{ state: string } | undefined
					)?.state === "done";
				expect(waitUntil(() => closed("class-solo") && closed("class-trio"), 300)).to.equal(true);
				Emulation.advance(60);
				const archive = (world.dataStores.peek(ARCHIVE_STORE, "daily_xp_class") ?? []) as {
					id: string;
					winner_id: string;
				}[];
				// the class of one: closed, but no winner archived and nothing paid
				const alone = liveProfile(solo, 5001);
				expect(archive.some((record) => record.id === `${DAY}@class-solo`)).to.equal(false);
				expect(alone.profile.titles_earned.includes("Learner of the Day")).to.equal(false);
				expect(alone.currency.coins).to.equal(soloCoins);
				expect(alone.prizes_received.size()).to.equal(0);
				// the class of three: its top learner is archived and gets 20 coins and the title
				const winner = liveProfile(trio, 5101);
				expect(
					archive.some((record) => record.id === `${DAY}@class-trio` && record.winner_id === "5101"),
				).to.equal(true);
				expect(winner.profile.titles_earned.includes("Learner of the Day")).to.equal(true);
				expect(winner.currency.coins - trioCoins).to.equal(20);
			}));
	});
};
