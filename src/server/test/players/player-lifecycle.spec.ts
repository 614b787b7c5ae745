import { withWorld } from "../helpers/world";
import { A_LESSON, joinAndLoad, liveProfile, servicesOf, stored, waitUntil } from "../helpers/server";

export = () => {
	describe("the player lifecycle", () => {
		it("gives a student who rejoins this server while their last visit is released their profile", () =>
			withWorld((world) => {
				// a classroom: the leave flush writes the class boards, so it yields on the DataStore
				const server = world.startServer({ jobId: "rejoin", privateServerId: "class-r" });
				joinAndLoad(world, server, 5001);
				servicesOf(server).pipeline.submit(5001, A_LESSON);
				const xp = liveProfile(server, 5001).experience.total_xp;
				// slow DataStores: the leave hooks (the leaderboard flush) are still writing when they come back
				world.dataStores.setLatency(3);
				server.removePlayer(5001);
				joinAndLoad(world, server, 5001, 300);
				world.dataStores.setLatency(0);
				expect(liveProfile(server, 5001).experience.total_xp).to.equal(xp);
				expect(server.kicks.some((kick) => kick.userId === 5001)).to.equal(false);
			}));

		it("delivers an event submitted for a student who left while their profile loaded", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "gone" });
				world.dataStores.setLatency(5);
				server.addPlayer({ userId: 5101, name: "student5101" });
				Emulation.advance(1);
				expect(servicesOf(server).sessions.isLoading(5101)).to.equal(true);
				server.removePlayer(5101);
				// a teacher's grant after they left, while the load they started is still under way
				servicesOf(server).pipeline.submit(5101, { kind: "grant", coins: 7, reason: "spec: came back later" });
				Emulation.advance(60);
				world.dataStores.setLatency(0);
				// they come back on another server: what was queued on this one must have been delivered
				const other = world.startServer({ jobId: "elsewhere" });
				joinAndLoad(world, other, 5101, 300);
				expect(waitUntil(() => liveProfile(other, 5101).currency.coins === 7, 120)).to.equal(true);
				other.removePlayer(5101);
				Emulation.advance(30);
				expect(stored(world, 5101)!.Data.currency.coins).to.equal(7);
			}));
	});
};
