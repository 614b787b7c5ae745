import { emptyStatistics, recordStatistics } from "shared/domain/achievements/achievement-statistics";
import { catalogWith, effectsOfKind, mentions, PLAIN_PERFORMANCE, rejection, TestStudent } from "../helpers/domain";
import { awarded, study } from "../helpers/achievements";

function badge(id: string, properties: Record<string, unknown> = {}, acquisition: Record<string, unknown> = {}) {
	return { id, name: id, acquisition: { method: "event", ...acquisition }, properties };
}

function give(student: TestStudent, badgeId: string) {
	return student.act({ kind: "grant", badge_id: badgeId, reason: "spec" });
}

export = () => {
	describe("badge properties", () => {
		it("counts badges by rarity and in total_earned", () => {
			const student = new TestStudent(
				catalogWith({
					badges: [badge("a", { rarity: "rare" }, { max_quantity: 3 }), badge("b", { rarity: "legendary" })],
				}),
			);
			give(student, "a");
			give(student, "a");
			give(student, "b");
			const badges = student.profile.badges;
			expect(badges.total_earned).to.equal(3);
			expect(badges.rarity_counts.rare).to.equal(1);
			expect(badges.rarity_counts.legendary).to.equal(1);
			expect(student.profile.badges_owned.a.quantity).to.equal(2);
		});

		it("equips within the configured slots, only badges owned", () => {
			const student = new TestStudent(
				catalogWith({ badges: [badge("a"), badge("b"), badge("c")], settings: { badge_slots: 2 } }),
			);
			expect(mentions(rejection(student.act({ kind: "equip_badge", badge_id: "a" })), "do not have")).to.equal(
				true,
			);
			give(student, "a");
			give(student, "b");
			give(student, "c");
			student.act({ kind: "equip_badge", badge_id: "a" });
			student.act({ kind: "equip_badge", badge_id: "b" });
			expect(mentions(rejection(student.act({ kind: "equip_badge", badge_id: "c" })), "2 badge slots")).to.equal(
				true,
			);
			student.act({ kind: "unequip_badge", badge_id: "a" });
			expect(rejection(student.act({ kind: "equip_badge", badge_id: "c" }))).to.equal(undefined);
			expect(student.profile.badges.equipped.join(",")).to.equal("b,c");
		});

		it("an equipped XP percentage bonus feeds the XP boost; flat bonuses add to each activity", () => {
			const student = new TestStudent(
				catalogWith({
					badges: [
						badge("wise", { bonuses: [{ stat: "xp", value: 20, type: "percentage" }] }),
						badge("thrifty", { bonuses: [{ stat: "coins", value: 3, type: "flat" }] }),
					],
				}),
			);
			give(student, "wise");
			give(student, "thrifty");
			const unequipped = effectsOfKind(study(student, "lesson"), "xp_gained")[0];
			expect(unequipped.boost).to.equal(1);
			student.act({ kind: "equip_badge", badge_id: "wise" });
			student.act({ kind: "equip_badge", badge_id: "thrifty" });
			const effects = study(student, "lesson");
			const gained = effectsOfKind(effects, "xp_gained")[0];
			expect(gained.boost).to.be.near(1.2, 1e-9);
			expect(gained.amount).to.equal(math.floor(50 * 1.05 * 1.2));
			const coins = effectsOfKind(effects, "currency_changed").find((e) => e.reason === "lesson")!;
			expect(coins.delta).to.equal(5 + 3);
		});

		it("a stacking badge's bonus counts each copy", () => {
			const student = new TestStudent(
				catalogWith({
					badges: [
						badge(
							"star",
							{ stacks: true, bonuses: [{ stat: "xp", value: 10, type: "percentage" }] },
							{ max_quantity: 3 },
						),
					],
				}),
			);
			for (let i = 0; i < 3; i++) give(student, "star");
			student.act({ kind: "equip_badge", badge_id: "star" });
			expect(effectsOfKind(study(student, "lesson"), "xp_gained")[0].boost).to.be.near(1.3, 1e-9);
		});

		it("a set bonus applies only while every required badge is equipped", () => {
			const student = new TestStudent(
				catalogWith({
					badges: [
						badge("left"),
						badge("right", {
							set_bonus: {
								required_badges: ["left", "right"],
								bonus: { stat: "xp", value: 50, type: "percentage" },
							},
						}),
					],
				}),
			);
			give(student, "left");
			give(student, "right");
			student.act({ kind: "equip_badge", badge_id: "right" });
			expect(effectsOfKind(study(student, "lesson"), "xp_gained")[0].boost).to.equal(1);
			student.act({ kind: "equip_badge", badge_id: "left" });
			expect(effectsOfKind(study(student, "lesson"), "xp_gained")[0].boost).to.be.near(1.5, 1e-9);
		});

		it("evolves into its next badge when the requirements are met, keeping its slot", () => {
			const student = new TestStudent(
				catalogWith({
					badges: [
						badge("seed", { evolution: { next_badge_id: "sprout", requirements: { activities: 3 } } }),
						badge("sprout", { evolution: { next_badge_id: "tree", requirements: { level: 3 } } }),
						badge("tree"),
					],
				}),
			);
			give(student, "seed");
			student.act({ kind: "equip_badge", badge_id: "seed" });
			study(student, "lesson", undefined, PLAIN_PERFORMANCE);
			expect(study(student, "lesson").some((e) => e.kind === "badge_evolved")).to.equal(false);
			const effects = study(student, "lesson");
			expect(effectsOfKind(effects, "badge_evolved")[0].to).to.equal("sprout");
			expect(student.profile.badges_owned.seed).to.equal(undefined);
			expect(student.profile.badges.equipped[0]).to.equal("sprout");
			const later = student.act({ kind: "grant", xp: 250, reason: "spec" });
			expect(awarded(later, "tree")).to.equal(true);
			expect(student.profile.badges.equipped[0]).to.equal("tree");
		});
	});

	describe("badge statistics", () => {
		it("are folded from effects: awarded, unique owners, equipped, traded", () => {
			const student = new TestStudent(catalogWith({ badges: [badge("a", {}, { max_quantity: 2 })] }));
			const statistics = emptyStatistics();
			const fold = (effects: ReturnType<TestStudent["act"]>) => {
				for (const effect of effects) recordStatistics(statistics, effect, "1", student.now);
			};
			fold(give(student, "a"));
			fold(give(student, "a"));
			fold(student.act({ kind: "equip_badge", badge_id: "a" }));
			const entry = statistics.badges.a;
			expect(entry.total_awarded).to.equal(2);
			expect(entry.unique_owners).to.equal(1);
			expect(entry.equipped_count).to.equal(1);
			expect(entry.trade_volume).to.equal(0);
		});
	});
};
