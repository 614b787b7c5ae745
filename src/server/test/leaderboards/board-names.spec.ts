import { fitName, MAX_NAME } from "server/leaderboards/board-names";

export = () => {
	describe("DataStore names of boards", () => {
		it("keeps a name that fits as it is", () => {
			expect(fitName("2026-W49@")).to.equal("2026-W49@");
			const fifty = string.rep("a", MAX_NAME);
			expect(fitName(fifty)).to.equal(fifty);
		});

		it("fits a class board's long name into 50 characters, keeping its beginning", () => {
			const name = "2026-W49@4949896f-4410-4f7e-a49b-e37f917b5df1#1";
			const long = `weekly_class_xp|${name}`;
			const fitted = fitName(long);
			expect(fitted.size()).to.equal(MAX_NAME);
			expect(fitted.sub(1, 33)).to.equal(long.sub(1, 33));
		});

		it("keeps two long names that differ only at the end apart, and gives one name the same fit every time", () => {
			const base = "weekly_class_xp|2026-W49@4949896f-4410-4f7e-a49b-e37f917b5df1";
			const seen = new Set<string>();
			for (let season = 0; season < 200; season++) seen.add(fitName(`${base}#${season}`));
			expect(seen.size()).to.equal(200);
			expect(fitName(`${base}#7`)).to.equal(fitName(`${base}#7`));
		});
	});
};
