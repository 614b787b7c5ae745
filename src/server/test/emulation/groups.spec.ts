import { withWorld } from "../helpers/world";

const GROUP = 4410021;

export = () => {
	describe("the emulated Roblox groups", () => {
		it("answers a user's rank and membership on every server, yielding like a web call", () =>
			withWorld((world) => {
				world.setGroupRank(21, GROUP, 255);
				world.setGroupRank(22, GROUP, 40);
				const a = world.startServer({ runScripts: false });
				const b = world.startServer({ runScripts: false });
				a.addPlayer({ userId: 21, runScripts: false });
				b.addPlayer({ userId: 22, runScripts: false });
				a.addPlayer({ userId: 23, runScripts: false });
				const started = Emulation.now();
				expect(a.getPlayer(21)!.GetRankInGroup(GROUP)).to.equal(255);
				expect(Emulation.now() > started).to.equal(true);
				expect(b.getPlayer(22)!.GetRankInGroup(GROUP)).to.equal(40);
				expect(b.getPlayer(22)!.IsInGroup(GROUP)).to.equal(true);
				expect(a.getPlayer(23)!.GetRankInGroup(GROUP)).to.equal(0);
				expect(a.getPlayer(23)!.IsInGroup(GROUP)).to.equal(false);
				expect(a.getPlayer(21)!.GetRankInGroup(GROUP + 1)).to.equal(0);
			}));

		it("keeps a player's first answer for the session, per peer, and a rejoin asks again", () =>
			withWorld((world) => {
				world.setGroupRank(24, GROUP, 10);
				const server = world.startServer({ runScripts: false });
				const client = server.addPlayer({ userId: 24, runScripts: false });
				expect(server.getPlayer(24)!.GetRankInGroup(GROUP)).to.equal(10);
				const calls = world.groups.calls;
				world.setGroupRank(24, GROUP, 0);
				expect(server.getPlayer(24)!.GetRankInGroup(GROUP)).to.equal(10);
				expect(world.groups.calls).to.equal(calls);
				// the client has its own cache, so it sees the change
				expect(client.player.GetRankInGroup(GROUP)).to.equal(0);
				server.removePlayer(24);
				server.addPlayer({ userId: 24, runScripts: false });
				expect(server.getPlayer(24)!.IsInGroup(GROUP)).to.equal(false);
			}));

		it("fails injected calls with an error and caches nothing from them", () =>
			withWorld((world) => {
				world.setGroupRank(25, GROUP, 200);
				const server = world.startServer({ runScripts: false });
				server.addPlayer({ userId: 25, runScripts: false });
				const player = server.getPlayer(25)!;
				world.failGroupCalls(2);
				expect(() => player.GetRankInGroup(GROUP)).to.throw("HTTP 500");
				expect(() => player.IsInGroup(GROUP)).to.throw("HTTP 500");
				expect(player.GetRankInGroup(GROUP)).to.equal(200);
			}));

		it("refuses a rank outside 0 to 255 and a group id that is not one", () =>
			withWorld((world) => {
				expect(() => world.setGroupRank(26, GROUP, 256)).to.throw("0 (not a member) to 255");
				const server = world.startServer({ runScripts: false });
				server.addPlayer({ userId: 26, runScripts: false });
				expect(() => server.getPlayer(26)!.GetRankInGroup(-3)).to.throw("groupId");
			}));
	});
};
