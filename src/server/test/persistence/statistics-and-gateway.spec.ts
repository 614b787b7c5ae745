import { DataStoreGateway } from "server/persistence/data-store-gateway";
import { STATISTICS_KEY, STATISTICS_STORE } from "server/statistics/statistics-service";
import { GameStatistics } from "shared/domain/achievements/achievement-statistics";
import { withWorld } from "../helpers/world";
import { A_LESSON, joinAndLoad, servicesOf, waitUntil } from "../helpers/server";

function storedStatistics(world: EmulatedWorld) {
	return world.dataStores.peek(STATISTICS_STORE, STATISTICS_KEY) as GameStatistics | undefined;
}

export = () => {
	describe("global achievement statistics", () => {
		it("add up across servers in one batched UpdateAsync per server and minute", () =>
			withWorld((world) => {
				const servers = [world.startServer({ jobId: "a" }), world.startServer({ jobId: "b" })];
				servers.forEach((server, index) => {
					joinAndLoad(world, server, 1100 + index);
					for (let i = 0; i < 3; i++) servicesOf(server).pipeline.submit(1100 + index, A_LESSON);
				});
				const before = world.dataStores.requestCounts("a")["UpdateAsync"] ?? 0;
				expect(
					waitUntil(() => (storedStatistics(world)?.achievements.first_lesson?.total_earned ?? 0) === 2, 120),
				).to.equal(true);
				const entry = storedStatistics(world)!.achievements.first_lesson;
				expect(entry.unique_earners).to.equal(2);
				expect(entry.recent_earners.size()).to.equal(2);
				expect(entry.first_earned_by === "1100" || entry.first_earned_by === "1101").to.equal(true);
				// the profile auto-saves and the one statistics flush: far fewer than one write per award
				expect((world.dataStores.requestCounts("a")["UpdateAsync"] ?? 0) - before <= 4).to.equal(true);
			}));

		it("forget an erased student", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, 1200);
				servicesOf(server).pipeline.submit(1200, A_LESSON);
				servicesOf(server).statistics.flush();
				expect(storedStatistics(world)!.achievements.first_lesson.first_earned_by).to.equal("1200");
				servicesOf(server).erasure.erase(1200);
				const entry = storedStatistics(world)!.achievements.first_lesson;
				expect(entry.first_earned_by).to.equal("");
				expect(entry.recent_earners.size()).to.equal(0);
				expect(entry.total_earned).to.equal(1);
			}));
	});

	describe("the DataStore gateway", () => {
		it("waits for budget instead of failing, and retries errors until the write lands", () =>
			withWorld((world) => {
				const server = world.startServer({ runScripts: false });
				const gateway = new (server.requireModule<typeof import("server/persistence/data-store-gateway")>(
					"ServerScriptService/TS/persistence/data-store-gateway",
				).DataStoreGateway)(() => {});
				server.dataStoreBudget.drain();
				world.dataStores.failNext(3);
				let done = false;
				task.spawn(() => {
					gateway.update<number>("Counters", "visits", (old) => (old ?? 0) + 1);
					done = true;
				});
				expect(waitUntil(() => done, 300)).to.equal(true);
				expect(world.dataStores.peek("Counters", "visits")).to.equal(1);
				expect(DataStoreGateway).to.be.ok();
			}));
	});
};
