import { freshWorld } from "../helpers/world";

export = () => {
	let world: EmulatedWorld;
	let board: OrderedDataStore;
	beforeEach(() => {
		world = freshWorld();
		const server = world.startServer({ runScripts: false });
		board = server.game.GetService("DataStoreService").GetOrderedDataStore("Board");
	});
	afterEach(() => {
		world.destroy();
	});

	describe("the emulated OrderedDataStore", () => {
		it("sorts descending and ascending, pages through results and honours inclusive bounds", () => {
			for (let i = 1; i <= 7; i++) board.SetAsync(`p${i}`, i * 10);
			const pages = board.GetSortedAsync(false, 3);
			const first = pages.GetCurrentPage();
			expect(first.size()).to.equal(3);
			expect(first[0].key).to.equal("p7");
			expect(first[0].value).to.equal(70);
			expect(pages.IsFinished).to.equal(false);
			pages.AdvanceToNextPageAsync();
			expect(pages.GetCurrentPage()[0].value).to.equal(40);
			pages.AdvanceToNextPageAsync();
			expect(pages.GetCurrentPage().size()).to.equal(1);
			expect(pages.IsFinished).to.equal(true);

			const bounded = board.GetSortedAsync(true, 100, 20, 40).GetCurrentPage();
			expect(bounded.size()).to.equal(3);
			expect(bounded[0].value).to.equal(20);
			expect(bounded[2].value).to.equal(40);
		});

		it("orders equal values by key so pages never skip or repeat an entry", () => {
			for (const key of ["d", "b", "a", "c"]) board.SetAsync(key, 5);
			const pages = board.GetSortedAsync(false, 2);
			const seen = pages.GetCurrentPage().map((entry) => entry.key);
			pages.AdvanceToNextPageAsync();
			for (const entry of pages.GetCurrentPage()) seen.push(entry.key);
			expect(seen.join(",")).to.equal("a,b,c,d");
		});

		it("refuses non-integer values, bad page sizes and bad bounds", () => {
			expect(pcall(() => board.SetAsync("x", 1.5))[0]).to.equal(false);
			expect(pcall(() => board.GetSortedAsync(false, 101))[0]).to.equal(false);
			expect(pcall(() => board.GetSortedAsync(false, 0))[0]).to.equal(false);
			expect(pcall(() => board.GetSortedAsync(false, 10, 5, 1))[0]).to.equal(false);
		});

		it("increments, updates and removes scores", () => {
			expect(board.IncrementAsync("s", 7)).to.equal(7);
			board.UpdateAsync("s", (old) => (old as number) * 2);
			expect(world.dataStores.peekOrdered("Board", "s")).to.equal(14);
			board.RemoveAsync("s");
			expect(world.dataStores.peekOrdered("Board", "s")).to.equal(undefined);
		});

		it("charges ordered writes to their own, smaller budget", () => {
			for (let i = 0; i < 5; i++) board.SetAsync(`w${i}`, i);
			board.GetSortedAsync(true, 10);
			const counts = world.dataStores.requestCounts();
			expect(counts["OrderedWrite"]).to.equal(5);
			expect(counts["OrderedList"]).to.equal(1);
		});
	});
};
