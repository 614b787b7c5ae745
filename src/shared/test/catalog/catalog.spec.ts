import { buildPublicCatalog, getPublicCatalog, PUBLIC_CATALOG_DATA } from "shared/catalog";
import { DEFAULT_REWARDS } from "shared/catalog/default/shop";
import { catalogWith, errorOf, mentions } from "../helpers/domain";

export = () => {
	describe("the default catalog", () => {
		it("validates, with classroom activities, the seed's curve and a shop of every reward type", () => {
			const catalog = getPublicCatalog();
			for (const id of ["lesson", "quiz", "practice", "help_classmate", "project"]) {
				expect(catalog.activities.has(id)).to.equal(true);
			}
			expect(catalog.progression.base_xp).to.equal(100);
			expect(catalog.progression.growth_rate).to.equal(1.5);
			const types = new Set<string>();
			for (const [, reward] of catalog.rewards) types.add(reward.type);
			for (const rewardType of [
				"item",
				"currency",
				"xp",
				"title",
				"cosmetic",
				"power_up",
				"unlock",
				"multiplier",
			]) {
				expect(types.has(rewardType)).to.equal(true);
			}
		});
	});

	describe("the replicated catalog", () => {
		it("holds no secret achievement, and refuses one (they live on the server)", () => {
			for (const [, achievement] of getPublicCatalog().achievements) {
				expect(achievement.metadata.secret).to.equal(false);
			}
			const secret = {
				id: "hush",
				name: "Hush",
				requirements: { type: "counter", conditions: [{ metric: "lessons_completed", value: 1 }] },
				metadata: { secret: true },
			};
			const message = errorOf(() =>
				buildPublicCatalog({
					...PUBLIC_CATALOG_DATA,
					achievements: [...(PUBLIC_CATALOG_DATA.achievements as unknown[]), secret],
				}),
			);
			expect(mentions(message, `catalog.achievements ("hush")`)).to.equal(true);
			expect(mentions(message, "server/catalog/secret-achievements.ts")).to.equal(true);
		});
	});

	describe("a bad catalog definition", () => {
		it("names the activity and field with the wrong value", () => {
			const message = errorOf(() => catalogWith({ activities: { lesson: { base_xp: -5 } } }));
			expect(mentions(message, "catalog.activities.lesson.base_xp")).to.equal(true);
			expect(mentions(message, "-5")).to.equal(true);
		});

		it("names a misspelt field as unknown", () => {
			const message = errorOf(() => catalogWith({ activities: { lesson: { base_xpp: 5 } } }));
			expect(mentions(message, "catalog.activities.lesson.base_xpp: unknown field")).to.equal(true);
		});

		it("names the reward by index and id", () => {
			const rewards = [...DEFAULT_REWARDS, { id: "hat", name: "Hat", type: "item", value: { max_stack: -1 } }];
			const message = errorOf(() => catalogWith({ rewards }));
			expect(mentions(message, `("hat").value.max_stack`)).to.equal(true);
		});

		it("refuses an unknown reward type, a duplicate id and NaN", () => {
			expect(
				mentions(
					errorOf(() => catalogWith({ rewards: [{ id: "x", name: "X", type: "hat" }] })),
					".type",
				),
			).to.equal(true);
			const twice = [
				{ id: "x", name: "X", type: "xp" },
				{ id: "x", name: "X", type: "xp" },
			];
			expect(
				mentions(
					errorOf(() => catalogWith({ rewards: twice })),
					"defined twice",
				),
			).to.equal(true);
			const nan = { progression: { base_xp: 100, growth_rate: 0 / 0, soft_cap: 50, hard_cap: 100 } };
			expect(
				mentions(
					errorOf(() => catalogWith(nan)),
					"catalog.progression.growth_rate",
				),
			).to.equal(true);
		});

		it("refuses a reward that cannot work: a currency without its currency, a cosmetic without its slot", () => {
			const noCurrency = [{ id: "coins10", name: "Coins", type: "currency", value: { amount: 10 } }];
			expect(
				mentions(
					errorOf(() => catalogWith({ rewards: noCurrency })),
					"currency",
				),
			).to.equal(true);
			const noSlot = [{ id: "hat", name: "Hat", type: "cosmetic" }];
			expect(
				mentions(
					errorOf(() => catalogWith({ rewards: noSlot })),
					"slot",
				),
			).to.equal(true);
		});

		it("refuses a soft cap above the hard cap", () => {
			const progression = { base_xp: 100, growth_rate: 1.5, soft_cap: 120, hard_cap: 100 };
			expect(
				mentions(
					errorOf(() => catalogWith({ progression })),
					"soft_cap",
				),
			).to.equal(true);
		});
	});
};
