import { HISTORY_LIMITS } from "shared/domain/profile/player-profile";
import { calculateXp } from "shared/domain/progression/xp-calculator";
import { BEST_PERFORMANCE, catalogWith, effectsOfKind, PLAIN_PERFORMANCE, TestStudent } from "../helpers/domain";

export = () => {
	describe("the seed's XP formula", () => {
		it("gives 120 XP for a perfect, fast, first-try activity of base 100 at streak 0", () => {
			expect(calculateXp(100, BEST_PERFORMANCE, 0, 1).amount).to.equal(120);
		});

		it("gives 132 XP at streak 10 (mean of 1.5, 1.2, 1.1 and 1.5, floored)", () => {
			expect(calculateXp(100, BEST_PERFORMANCE, 10, 1).amount).to.equal(132);
		});

		it("gives 145 XP at streak 40, the streak multiplier capped at 2.0", () => {
			expect(calculateXp(100, BEST_PERFORMANCE, 40, 1).amount).to.equal(145);
			expect(calculateXp(100, BEST_PERFORMANCE, 400, 1).amount).to.equal(145);
		});

		it("always counts the streak multiplier, alone when no performance multiplier applies", () => {
			expect(calculateXp(100, PLAIN_PERFORMANCE, 0, 1).amount).to.equal(100);
			expect(calculateXp(100, PLAIN_PERFORMANCE, 4, 1).amount).to.equal(120);
		});

		it("counts 'fast' only under half the expected time", () => {
			const atHalf = { perfect: false, time: 300, expected_time: 600, first_try: false };
			const underHalf = { perfect: false, time: 299, expected_time: 600, first_try: false };
			expect(calculateXp(100, atHalf, 0, 1).multiplier).to.equal(1);
			expect(calculateXp(100, underHalf, 0, 1).multiplier).to.be.near(1.1, 1e-9);
		});

		it("multiplies by the active boost and floors the result", () => {
			expect(calculateXp(50, BEST_PERFORMANCE, 0, 2).amount).to.equal(120);
			expect(calculateXp(33, PLAIN_PERFORMANCE, 0, 1.5).amount).to.equal(49);
		});
	});

	describe("XP from activities", () => {
		it("uses the catalog's base XP and the student's current streak", () => {
			const student = new TestStudent();
			const effects = student.activity("quiz", BEST_PERFORMANCE);
			// first study day: streak 1, multiplier (1.5 + 1.2 + 1.1 + 1.05) / 4
			const gained = effectsOfKind(effects, "xp_gained")[0];
			expect(gained.base).to.equal(80);
			expect(gained.amount).to.equal(math.floor(80 * ((1.5 + 1.2 + 1.1 + 1.05) / 4)));
			expect(student.profile.experience.total_xp).to.equal(gained.amount);
		});

		it("applies unexpired XP multipliers and the prestige boost together", () => {
			const student = new TestStudent();
			student.profile.experience.prestige.level = 2;
			student.profile.experience.xp_multipliers.push({ source: "potion", value: 2, expires_at: 0 });
			student.profile.experience.xp_multipliers.push({
				source: "old",
				value: 3,
				expires_at: student.now - 1,
			});
			const gained = effectsOfKind(student.activity("lesson"), "xp_gained")[0];
			expect(gained.boost).to.be.near(2 * 1.2, 1e-9);
			expect(gained.amount).to.equal(math.floor(50 * 1.05 * 2 * 1.2));
		});

		it("records each gain in a bounded xp_history", () => {
			// 120 reviews in a day pass the daily cap of reviews (fair play) and would earn nothing:
			// lift it, this spec is about the history's bound
			const uncapped = catalogWith({ settings: { fair_play: { daily_xp_cap: { review: 1e9 } } } });
			const student = new TestStudent(uncapped);
			for (let i = 0; i < 120; i++) student.activity("flashcards");
			const history = student.profile.experience.xp_history;
			expect(history.size()).to.equal(HISTORY_LIMITS.xp_history);
			expect(history[0].source).to.equal("flashcards");
			expect(history[0].timestamp).to.equal(student.now);
		});
	});
};
