import { REWARD_STOCK_STORE } from "server/economy/reward-stock";
import { withWorld } from "../helpers/world";
import { joinAndLoad, liveProfile, servicesOf } from "../helpers/server";

export = () => {
	describe("limited rewards across servers", () => {
		it("sell the last copy once, whichever server asks first, and give back a copy a refused purchase reserved", () =>
			withWorld((world) => {
				world.dataStores.poke(REWARD_STOCK_STORE, "golden_pencil", 29);
				const servers = [world.startServer({ jobId: "s1" }), world.startServer({ jobId: "s2" })];
				servers.forEach((server, index) => {
					const userId = 2401 + index;
					joinAndLoad(world, server, userId);
					servicesOf(server).pipeline.submit(userId, { kind: "grant", coins: 1000, reason: "spec" });
				});
				const outcomes = new Array<boolean>();
				servers.forEach((server, index) => {
					servicesOf(server).pipeline.submit(2401 + index, { kind: "purchase", reward_id: "golden_pencil" });
					outcomes.push(liveProfile(server, 2401 + index).inventory.items.size() === 1);
				});
				expect(outcomes.filter((bought) => bought).size()).to.equal(1);
				expect(world.dataStores.peek(REWARD_STOCK_STORE, "golden_pencil")).to.equal(30);

				world.dataStores.poke(REWARD_STOCK_STORE, "golden_pencil", 0);
				const poor = world.startServer({ jobId: "s3" });
				joinAndLoad(world, poor, 2403);
				servicesOf(poor).pipeline.submit(2403, { kind: "purchase", reward_id: "golden_pencil" });
				expect(liveProfile(poor, 2403).inventory.items.size()).to.equal(0);
				expect(world.dataStores.peek(REWARD_STOCK_STORE, "golden_pencil")).to.equal(0);
			}));
	});
};
