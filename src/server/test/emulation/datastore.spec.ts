import { freshWorld } from "../helpers/world";

/** Calls `fn` and returns its error message, or undefined when it did not fail. */
function errorOf(fn: () => void): string | undefined {
	const [ok, err] = pcall(fn);
	return ok ? undefined : tostring(err);
}

export = () => {
	let world: EmulatedWorld;
	let server: EmulatedServer;
	let store: DataStore;
	beforeEach(() => {
		world = freshWorld();
		server = world.startServer({ runScripts: false });
		store = server.game.GetService("DataStoreService").GetDataStore("Emulation");
	});
	afterEach(() => {
		world.destroy();
	});

	describe("the emulated DataStore", () => {
		it("stores values as JSON copies and returns them with key info", () => {
			const value = { xp: 10, tags: ["a", "b"] };
			const version = store.SetAsync("k", value, [42]);
			value.xp = 99;
			const [read, info] = store.GetAsync<{ xp: number; tags: string[] }>("k");
			expect(read!.xp).to.equal(10);
			expect(read!.tags[1]).to.equal("b");
			expect(info!.Version).to.equal(version);
			expect(info!.GetUserIds()[0]).to.equal(42);
			expect(info!.CreatedTime).to.equal(math.floor(Emulation.now() * 1000));
		});

		it("shares one backend between the servers of a world", () => {
			const other = world.startServer({ runScripts: false });
			store.SetAsync("shared", 5);
			const otherStore = other.game.GetService("DataStoreService").GetDataStore("Emulation");
			expect(otherStore.GetAsync<number>("shared")[0]).to.equal(5);
			expect(world.dataStores.peek("Emulation", "shared")).to.equal(5);
		});

		it("cancels an UpdateAsync whose transform returns nil, without charging the write", () => {
			store.SetAsync("u", 1);
			const writes = server.budget("StandardWrite");
			// eslint-disable-next-line roblox-ts/no-user-defined-lua-tuple -- UpdateAsync's transform returns a tuple
			const [result] = store.UpdateAsync("u", () => $tuple(undefined));
			expect(result).to.equal(undefined);
			expect(store.GetAsync("u")[0]).to.equal(1);
			expect(server.budget("StandardWrite")).to.equal(writes);
		});

		it("increments integers and removes keys, returning the old value", () => {
			expect(store.IncrementAsync("n", 3)[0]).to.equal(3);
			expect(store.IncrementAsync("n")[0]).to.equal(4);
			const [old] = store.RemoveAsync("n");
			expect(old).to.equal(4);
			expect(world.dataStores.peek("Emulation", "n")).to.equal(undefined);
		});

		it("refuses keys over 50 characters, empty keys, values over 4 MB and unstorable values", () => {
			expect(errorOf(() => store.SetAsync("x".rep(51), 1))!.find("102:")[0]).to.equal(1);
			expect(errorOf(() => store.SetAsync("", 1))!.find("101:")[0]).to.equal(1);
			expect(errorOf(() => store.SetAsync("big", "x".rep(4194304)))!.find("105:")[0]).to.equal(1);
			expect(errorOf(() => store.SetAsync("fn", [() => 1]))!.find("104:")[0]).to.equal(1);
			expect(errorOf(() => store.SetAsync("nan", 0 / 0))!.find("104:")[0]).to.equal(1);
			expect(errorOf(() => store.SetAsync("ok", "x".rep(4194302)))).to.equal(undefined);
		});

		it("refuses a store name over 50 characters", () => {
			const service = server.game.GetService("DataStoreService");
			expect(errorOf(() => service.GetDataStore("s".rep(51))) !== undefined).to.equal(true);
		});

		it("queues requests when the budget is spent and drops the 31st queued one with 302", () => {
			server.dataStoreBudget.drain("StandardWrite");
			let finished = 0;
			const errors = new Array<string>();
			for (let i = 0; i < 31; i++) {
				task.spawn(() => {
					const [ok, err] = pcall(() => store.SetAsync(`q${i}`, i));
					if (ok) finished += 1;
					else errors.push(tostring(err));
				});
			}
			expect(server.dataStoreBudget.queueLengths().Set).to.equal(30);
			expect(errors.size()).to.equal(1);
			expect(errors[0]).to.equal("302: SetAsync request dropped. Request was throttled but queue was full.");
			// 60 writes a minute for an empty server (60 + 40 x 0): 30 queued requests drain in about 30 s
			Emulation.advance(20);
			expect(finished > 10 && finished < 30).to.equal(true);
			Emulation.advance(15);
			expect(finished).to.equal(30);
		});

		it("reports Roblox's 2026 per-server budgets, growing with players", () => {
			const service = server.game.GetService("DataStoreService");
			expect(service.GetRequestBudgetForRequestType(Enum.DataStoreRequestType.GetAsync)).to.equal(60);
			expect(service.GetRequestBudgetForRequestType(Enum.DataStoreRequestType.SetIncrementSortedAsync)).to.equal(
				30,
			);
			expect(service.GetRequestBudgetForRequestType(Enum.DataStoreRequestType.GetSortedAsync)).to.equal(5);
			for (let i = 1; i <= 10; i++) server.addPlayer({ userId: i, runScripts: false });
			Emulation.advance(60);
			// a minute at 60 + 40 x 10 per minute refills to 60 + 460, capped at three minutes' worth
			expect(service.GetRequestBudgetForRequestType(Enum.DataStoreRequestType.GetAsync)).to.equal(520);
			Emulation.advance(600);
			expect(service.GetRequestBudgetForRequestType(Enum.DataStoreRequestType.GetAsync)).to.equal(3 * 460);
			expect(service.GetRequestBudgetForRequestType(Enum.DataStoreRequestType.SetIncrementSortedAsync)).to.equal(
				3 * 80,
			);
		});

		it("counts every request by method and by budget category", () => {
			store.SetAsync("c", 1);
			// eslint-disable-next-line roblox-ts/no-user-defined-lua-tuple -- UpdateAsync's transform returns a tuple
			store.UpdateAsync("c", (old) => $tuple((old as number) + 1));
			store.GetAsync("c");
			const counts = server.requestCounts();
			expect(counts["SetAsync"]).to.equal(1);
			expect(counts["UpdateAsync"]).to.equal(1);
			expect(counts["StandardWrite"]).to.equal(2);
			expect(counts["StandardRead"]).to.equal(1);
			// the read right after a write is served from the 4 s cache and costs nothing
			expect(counts["GetAsync (cached)"]).to.equal(1);
		});

		it("fails injected requests and can fail a write that still landed", () => {
			world.dataStores.failNext(1, { code: 503 });
			expect(errorOf(() => store.SetAsync("f", 1))!.find("503:")[0]).to.equal(1);
			expect(world.dataStores.peek("Emulation", "f")).to.equal(undefined);
			world.dataStores.failNext(1, { landed: true });
			expect(errorOf(() => store.SetAsync("f", 2))!.find("502:")[0]).to.equal(1);
			expect(world.dataStores.peek("Emulation", "f")).to.equal(2);
		});

		it("fails a share of requests for a while, then recovers", () => {
			world.dataStores.failRequests({ probability: 0.5, seconds: 60 });
			let failures = 0;
			for (let i = 0; i < 40; i++) {
				if (errorOf(() => store.SetAsync(`r${i}`, i)) !== undefined) failures += 1;
			}
			expect(failures > 5 && failures < 35).to.equal(true);
			Emulation.advance(61);
			expect(errorOf(() => store.SetAsync("after", 1))).to.equal(undefined);
		});

		it("takes the injected latency in virtual time", () => {
			world.dataStores.setLatency(2);
			const started = Emulation.now();
			store.SetAsync("slow", 1);
			expect(Emulation.now() - started >= 2).to.equal(true);
		});

		it("holds writes to one key to 4 MB a minute", () => {
			const megabyte = "x".rep(1024 * 1024 - 2);
			const started = Emulation.now();
			for (let i = 0; i < 5; i++) store.SetAsync("hot", megabyte);
			expect(world.dataStores.keyThrottled).to.equal(1);
			expect(Emulation.now() - started >= 59).to.equal(true);
		});
	});
};
