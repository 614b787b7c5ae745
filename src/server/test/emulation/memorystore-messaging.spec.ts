import { withWorld } from "../helpers/world";

export = () => {
	describe("the emulated MemoryStoreService sorted map", () => {
		it("orders numeric sort keys, then string sort keys, then none, ties by key", () =>
			withWorld((world) => {
				const server = world.startServer({ runScripts: false });
				const map = server.game.GetService("MemoryStoreService").GetSortedMap("live");
				map.SetAsync("none", 1, 60);
				map.SetAsync("str", 2, 60, "b");
				map.SetAsync("n2", 3, 60, 20);
				map.SetAsync("n1", 4, 60, 10);
				map.SetAsync("n1b", 5, 60, 10);
				const keys = map.GetRangeAsync(Enum.SortDirection.Ascending, 10).map((item) => item.key);
				expect(keys.join(",")).to.equal("n1,n1b,n2,str,none");
				const top = map.GetRangeAsync(Enum.SortDirection.Descending, 2).map((item) => item.key);
				expect(top.join(",")).to.equal("none,str");
				const after = map.GetRangeAsync(Enum.SortDirection.Ascending, 10, { key: "n1b", sortKey: 10 });
				expect(after[0].key).to.equal("n2");
			}));

		it("expires items and shares them between servers", () =>
			withWorld((world) => {
				const a = world.startServer({ runScripts: false });
				const b = world.startServer({ runScripts: false });
				a.game.GetService("MemoryStoreService").GetSortedMap("m").SetAsync("k", "v", 30);
				const mapB = b.game.GetService("MemoryStoreService").GetSortedMap("m");
				expect(mapB.GetAsync("k")[0]).to.equal("v");
				Emulation.advance(31);
				expect(mapB.GetAsync("k")[0]).to.equal(undefined);
			}));

		it("refuses an expiration over 45 days and a range over 200 items", () =>
			withWorld((world) => {
				const map = world
					.startServer({ runScripts: false })
					.game.GetService("MemoryStoreService")
					.GetSortedMap("m");
				expect(pcall(() => map.SetAsync("k", 1, 3888001))[0]).to.equal(false);
				expect(pcall(() => map.GetRangeAsync(Enum.SortDirection.Ascending, 201))[0]).to.equal(false);
			}));
	});

	describe("the emulated MessagingService", () => {
		it("delivers a message to every subscribed server after the delivery delay", () =>
			withWorld((world) => {
				const a = world.startServer({ runScripts: false });
				const b = world.startServer({ runScripts: false });
				const received = new Array<string>();
				b.game.GetService("MessagingService").SubscribeAsync("grants", (message) => {
					received.push((message.Data as { to: string }).to);
				});
				a.game.GetService("MessagingService").PublishAsync("grants", { to: "ana" });
				expect(received.size()).to.equal(0);
				Emulation.advance(2);
				expect(received.join(",")).to.equal("ana");
			}));

		it("refuses a message over 1 kB", () =>
			withWorld((world) => {
				const a = world.startServer({ runScripts: false });
				const service = a.game.GetService("MessagingService");
				expect(pcall(() => service.PublishAsync("t", "x".rep(1100)))[0]).to.equal(false);
			}));
	});
};
