import { withWorld } from "../helpers/world";

export = () => {
	describe("the emulated kinds of server", () => {
		it("gives every server and client of a world the same PlaceId and GameId", () =>
			withWorld((world) => {
				const a = world.startServer({ runScripts: false });
				const b = world.startServer({ runScripts: false });
				const client = b.addPlayer({ userId: 31, runScripts: false });
				expect(a.game.PlaceId > 1000000).to.equal(true);
				expect(a.game.GameId > 1000000).to.equal(true);
				expect(a.game.PlaceId).never.to.equal(a.game.GameId);
				for (const dataModel of [b.game, client.game]) {
					expect(dataModel.PlaceId).to.equal(a.game.PlaceId);
					expect(dataModel.GameId).to.equal(a.game.GameId);
				}
				expect(world.placeId).to.equal(a.game.PlaceId);
			}));

		it("tells a public, a private and a reserved server apart by PrivateServerId and PrivateServerOwnerId", () =>
			withWorld((world) => {
				const hub = world.startServer({ runScripts: false });
				expect(hub.game.PrivateServerId).to.equal("");
				expect(hub.game.PrivateServerOwnerId).to.equal(0);
				const owned = world.startServer({
					runScripts: false,
					privateServerId: "vip-1",
					privateServerOwnerId: 42,
				});
				expect(owned.game.PrivateServerId).to.equal("vip-1");
				expect(owned.game.PrivateServerOwnerId).to.equal(42);
				const reserved = world.startServer({ runScripts: false, privateServerId: "reserved-1" });
				expect(reserved.game.PrivateServerOwnerId).to.equal(0);
				expect(() => world.startServer({ runScripts: false, privateServerOwnerId: 42 })).to.throw(
					"privateServerId",
				);
				expect(() =>
					world.startServer({ runScripts: false, privateServerId: "x", privateServerOwnerId: -1 }),
				).to.throw("user id");
			}));

		it("answers RunService:IsStudio() true only on a server started in Studio and its clients", () =>
			withWorld((world) => {
				const live = world.startServer({ runScripts: false });
				const liveClient = live.addPlayer({ userId: 32, runScripts: false });
				expect(live.game.GetService("RunService").IsStudio()).to.equal(false);
				expect(liveClient.game.GetService("RunService").IsStudio()).to.equal(false);
				const studio = world.startServer({ runScripts: false, studio: true });
				const studioClient = studio.addPlayer({ userId: 33, runScripts: false });
				expect(studio.studio).to.equal(true);
				expect(studio.game.GetService("RunService").IsStudio()).to.equal(true);
				expect(studioClient.game.GetService("RunService").IsStudio()).to.equal(true);
			}));
	});
};
