import { catalogWith, effectsOfKind, mentions, PLAIN_PERFORMANCE, rejection, TestStudent } from "../helpers/domain";

const SMALL_CURVE = {
	formula: "exponential",
	base_xp: 100,
	growth_rate: 1.5,
	soft_cap: 3,
	soft_cap_multiplier: 1,
	hard_cap: 3,
	prestige_enabled: true,
	prestige_xp_boost: 0.1,
};

export = () => {
	describe("prestige", () => {
		it("is refused below the hard cap, changing nothing", () => {
			const student = new TestStudent(catalogWith({ progression: SMALL_CURVE }));
			student.act({ kind: "grant", xp: 100, reason: "spec" });
			const before = student.profile;
			const effects = student.act({ kind: "prestige" });
			expect(mentions(rejection(effects), "needs level 3")).to.equal(true);
			expect(student.profile.experience.prestige.level).to.equal(0);
			expect(student.profile.experience.current_xp).to.equal(before.experience.current_xp);
		});

		it("is refused when the catalog does not enable it", () => {
			const student = new TestStudent(catalogWith({ progression: { ...SMALL_CURVE, prestige_enabled: false } }));
			student.act({ kind: "grant", xp: 250, reason: "spec" });
			expect(mentions(rejection(student.act({ kind: "prestige" })), "not enabled")).to.equal(true);
		});

		it("at the hard cap resets level and current XP, keeps total_xp, counts the reset", () => {
			const student = new TestStudent(catalogWith({ progression: SMALL_CURVE }));
			student.act({ kind: "grant", xp: 300, reason: "spec" });
			expect(student.profile.experience.level).to.equal(3);
			const effects = student.act({ kind: "prestige" });
			const experience = student.profile.experience;
			expect(effectsOfKind(effects, "prestige")[0].prestige_level).to.equal(1);
			expect(experience.level).to.equal(1);
			expect(experience.current_xp).to.equal(0);
			expect(experience.total_xp).to.equal(300);
			expect(experience.prestige.level).to.equal(1);
			expect(experience.prestige.resets).to.equal(1);
			expect(experience.level_progress.current_level_xp).to.equal(0);
			expect(experience.level_progress.next_level_xp).to.equal(100);
		});

		it("boosts activity XP by prestige_xp_boost per prestige level", () => {
			const student = new TestStudent(catalogWith({ progression: SMALL_CURVE }));
			for (let round = 0; round < 2; round++) {
				student.act({ kind: "grant", xp: 250, reason: "spec" });
				student.act({ kind: "prestige" });
			}
			const gained = effectsOfKind(student.activity("lesson", PLAIN_PERFORMANCE), "xp_gained")[0];
			expect(gained.boost).to.be.near(1.2, 1e-9);
			expect(gained.amount).to.equal(math.floor(50 * 1.05 * 1.2));
		});
	});
};
