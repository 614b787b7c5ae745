import { boardScope, boardStore } from "server/leaderboards/leaderboard-service";
import { withWorld } from "../helpers/world";
import { A_LESSON, joinAndLoad, servicesOf } from "../helpers/server";

/** The default public board: everyone's all-time XP. */
const PUBLIC_BOARD = "all_time_xp_global";

function onPublicBoard(world: EmulatedWorld): string[] {
	const ids = world.dataStores.orderedKeys(boardStore(PUBLIC_BOARD), boardScope("all", "global"));
	ids.sort();
	return ids;
}

export = () => {
	describe("a set_privacy event moves a student on or off the public boards", () => {
		it("going public after scoring puts them on at the next flush, with no new score", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "going-public" });
				joinAndLoad(world, server, 3401);
				servicesOf(server).pipeline.submit(3401, A_LESSON);
				Emulation.advance(61);
				expect(onPublicBoard(world).join(",")).to.equal("");
				servicesOf(server).pipeline.submit(3401, { kind: "set_privacy", show_profile: true, show_stats: true });
				Emulation.advance(61);
				expect(onPublicBoard(world).join(",")).to.equal("3401");
			}));

		it("going private takes them off at the next flush, with no new score", () =>
			withWorld((world) => {
				const server = world.startServer({ jobId: "going-private" });
				joinAndLoad(world, server, 3501);
				servicesOf(server).pipeline.submit(3501, { kind: "set_privacy", show_profile: true, show_stats: true });
				servicesOf(server).pipeline.submit(3501, A_LESSON);
				Emulation.advance(61);
				expect(onPublicBoard(world).join(",")).to.equal("3501");
				servicesOf(server).pipeline.submit(3501, { kind: "set_privacy", show_stats: false });
				Emulation.advance(61);
				expect(onPublicBoard(world).join(",")).to.equal("");
			}));
	});
};
