import { getPublicCatalog } from "shared/catalog";
import { MAX_SAFE_INTEGER } from "shared/util/safe-integer";
import { buildLevelTable } from "shared/catalog/level-table";
import { levelFromXp, xpForLevel, xpToReach } from "shared/domain/progression/level-curve";
import { catalogWith, effectsOfKind, TestStudent } from "../helpers/domain";

export = () => {
	const levels = getPublicCatalog().levelXp;

	describe("the level curve", () => {
		it("needs floor(100 x 1.5^(L-1)) XP per level: 100, 150, 225, 337, 506", () => {
			expect(xpForLevel(levels, 1)).to.equal(100);
			expect(xpForLevel(levels, 2)).to.equal(150);
			expect(xpForLevel(levels, 3)).to.equal(225);
			expect(xpForLevel(levels, 4)).to.equal(337);
			expect(xpForLevel(levels, 5)).to.equal(506);
			expect(xpForLevel(levels, 10)).to.equal(math.floor(100 * math.pow(1.5, 9)));
		});

		it("reaches the levels the seed's curve gives for XP totals", () => {
			expect(levelFromXp(levels, 0).level).to.equal(1);
			expect(levelFromXp(levels, 99).level).to.equal(1);
			expect(levelFromXp(levels, 100).level).to.equal(2);
			expect(levelFromXp(levels, 249).level).to.equal(2);
			expect(levelFromXp(levels, 250).level).to.equal(3);
			expect(levelFromXp(levels, 475).level).to.equal(4);
			expect(levelFromXp(levels, 812).level).to.equal(5);
			expect(levelFromXp(levels, 1318).level).to.equal(6);
			expect(levelFromXp(levels, 10000).level).to.equal(10);
		});

		it("reports the progress inside the level consistently with the XP", () => {
			const state = levelFromXp(levels, 300);
			expect(state.level).to.equal(3);
			expect(state.current_level_xp).to.equal(50);
			expect(state.next_level_xp).to.equal(225);
			expect(state.progress_percentage).to.equal(22.22);
			expect(xpToReach(levels, state.level) + state.current_level_xp).to.equal(300);
		});

		it("makes each level from the soft cap on take soft_cap_multiplier times as long", () => {
			const curve = buildLevelTable({ ...getPublicCatalog().progression, soft_cap: 5, soft_cap_multiplier: 3 });
			expect(curve[3]).to.equal(337);
			expect(curve[4]).to.equal(506 * 3);
			expect(curve[5]).to.equal(math.floor(math.floor(100 * math.pow(1.5, 5)) * 3));
		});

		it("stops at the hard cap, where XP still counts in current_xp and total_xp", () => {
			const catalog = catalogWith({
				progression: { formula: "exponential", base_xp: 10, growth_rate: 1, soft_cap: 5, hard_cap: 5 },
			});
			const student = new TestStudent(catalog);
			student.act({ kind: "grant", xp: 1000, reason: "spec" });
			const experience = student.profile.experience;
			expect(experience.level).to.equal(5);
			expect(experience.current_xp).to.equal(1000);
			expect(experience.total_xp).to.equal(1000);
			expect(experience.level_progress.next_level_xp).to.equal(0);
			expect(experience.level_progress.progress_percentage).to.equal(100);
		});

		it("never asks more XP of a level than keeps every total below 2^53", () => {
			const ceiling = math.floor(MAX_SAFE_INTEGER / 100);
			expect(xpForLevel(levels, 67) < ceiling).to.equal(true);
			expect(xpForLevel(levels, 68)).to.equal(ceiling);
			expect(xpForLevel(levels, 99)).to.equal(ceiling);
			expect(xpToReach(levels, 100) <= MAX_SAFE_INTEGER).to.equal(true);
			for (const xp of levels) expect(xp === math.floor(xp) && xp >= 1).to.equal(true);
		});
	});

	describe("levelling up", () => {
		it("goes up several levels from one gain, with a level_up and coins for each", () => {
			const student = new TestStudent();
			const effects = student.act({ kind: "grant", xp: 812, reason: "spec" });
			const ups = effectsOfKind(effects, "level_up");
			expect(ups.size()).to.equal(4);
			expect(ups[0].from).to.equal(1);
			expect(ups[3].to).to.equal(5);
			expect(student.profile.experience.level).to.equal(5);
			expect(student.profile.currency.coins).to.equal(4 * 25);
		});

		it("holds total_xp at 2^53 - 1 and reports what did not fit", () => {
			const student = new TestStudent();
			student.profile.experience.total_xp = MAX_SAFE_INTEGER - 10;
			const effects = student.act({ kind: "grant", xp: 50, reason: "spec" });
			expect(student.profile.experience.total_xp).to.equal(MAX_SAFE_INTEGER);
			expect(effectsOfKind(effects, "xp_gained")[0].amount).to.equal(10);
			expect(effectsOfKind(effects, "xp_capped")[0].lost).to.equal(40);
		});
	});
};
