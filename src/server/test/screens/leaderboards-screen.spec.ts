import { findText } from "../helpers/gui";
import { servicesOf } from "../helpers/server";
import { waitUntil, withWorld } from "../helpers/world";
import { clickTab, liveStudent, openScreen } from "./screen-helpers";

const ZOE = 5401;
const IAN = 5402;

export = () => {
	describe("the leaderboard screen", () => {
		it("shows the class's board with the student's own row, and another board when its tab is clicked", () =>
			withWorld((world) => {
				// a classroom is a private server: its class boards are this class's
				const server = world.startServer({ privateServerId: "class-7b", privateServerOwnerId: 9000 });
				const zoe = liveStudent(world, server, ZOE);
				liveStudent(world, server, IAN);
				const pipeline = servicesOf(server).pipeline;
				pipeline.submit(ZOE, { kind: "grant", xp: 300, reason: "spec" });
				pipeline.submit(IAN, { kind: "grant", xp: 120, reason: "spec" });
				// scores reach the board within a flush
				Emulation.advance(75);
				const ranks = openScreen(zoe, "leaderboards");
				// the class's shortest period first: today's board
				expect(
					waitUntil(() => findText(ranks, "Today's Top Learners: you are #1 with 300") !== undefined, 10),
				).to.equal(true);
				expect(findText(ranks, "▸ Today")).never.to.equal(undefined);
				expect(findText(ranks, "student5401 (you)")).never.to.equal(undefined);
				expect(findText(ranks, "student5402")).never.to.equal(undefined);
				expect(findText(ranks, "#2")).never.to.equal(undefined);

				clickTab(zoe, ranks, "This week");
				expect(
					waitUntil(() => findText(ranks, "This Week's XP: you are #1 with 300") !== undefined, 10),
				).to.equal(true);
				expect(findText(ranks, "▸ This week")).never.to.equal(undefined);

				clickTab(zoe, ranks, "Everyone");
				// the global board is public: a student who keeps their stats private is not on it
				expect(
					waitUntil(() => findText(ranks, "Hall of Fame: you are not on this board yet") !== undefined, 10),
				).to.equal(true);
			}));
	});
};
