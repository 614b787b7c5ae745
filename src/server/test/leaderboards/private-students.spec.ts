import { boardScope, boardStore } from "server/leaderboards/leaderboard-service";
import { withWorld } from "../helpers/world";
import { A_LESSON, joinAndLoad, liveProfile, servicesOf } from "../helpers/server";

/** The default public board: everyone's all-time XP. */
const PUBLIC_BOARD = "all_time_xp_global";

function onPublicBoard(world: EmulatedWorld): string[] {
	const ids = world.dataStores.orderedKeys(boardStore(PUBLIC_BOARD), boardScope("all", "global"));
	ids.sort();
	return ids;
}

/** A student who chose a public profile (there is no settings remote yet, so the spec sets it). */
function makePublic(server: EmulatedServer, userId: number) {
	const privacy = liveProfile(server, userId).settings.privacy;
	privacy.show_profile = true;
	privacy.show_stats = true;
}

/** A private student and a public one join and earn XP, so both have a public-board score pending. */
function bothScore(world: EmulatedWorld, server: EmulatedServer, privateId: number, publicId: number) {
	joinAndLoad(world, server, privateId);
	joinAndLoad(world, server, publicId);
	makePublic(server, publicId);
	servicesOf(server).pipeline.submit(privateId, A_LESSON);
	servicesOf(server).pipeline.submit(publicId, A_LESSON);
}

export = () => {
	describe("a private student never reaches a public board", () => {
		it("when they leave before the leaderboard flush", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "hub" });
				bothScore(world, server, 3001, 3002);
				// both leave at once, well within the 60 s flush interval
				server.removePlayer(3001);
				server.removePlayer(3002);
				Emulation.advance(180);
				expect(onPublicBoard(world).join(",")).to.equal("3002");
			}));

		it("when their profile is taken over by another server before the flush", () =>
			withWorld((world) => {
				const first = world.startServer({ jobId: "first" });
				bothScore(world, first, 3101, 3102);
				// both rejoin elsewhere: the first server loses their profiles before it flushes
				const second = world.startServer({ jobId: "second" });
				joinAndLoad(world, second, 3101, 600);
				joinAndLoad(world, second, 3102, 600);
				Emulation.advance(180);
				expect(onPublicBoard(world).join(",")).to.equal("3102");
			}));

		it("when the server shuts down before the flush", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "closing" });
				bothScore(world, server, 3201, 3202);
				server.shutdown();
				expect(onPublicBoard(world).join(",")).to.equal("3202");
			}));

		it("when they turn private after scoring, the next flush takes them off", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "change" });
				joinAndLoad(world, server, 3301);
				makePublic(server, 3301);
				servicesOf(server).pipeline.submit(3301, A_LESSON);
				Emulation.advance(61);
				expect(onPublicBoard(world).join(",")).to.equal("3301");
				const privacy = liveProfile(server, 3301).settings.privacy;
				privacy.show_profile = false;
				servicesOf(server).pipeline.submit(3301, A_LESSON);
				server.removePlayer(3301);
				Emulation.advance(120);
				expect(onPublicBoard(world).join(",")).to.equal("");
			}));
	});
};
