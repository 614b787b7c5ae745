import { DEFAULT_REWARDS } from "shared/catalog/default/shop";
import { memoryStockLedger } from "shared/domain/context";
import { grant } from "shared/domain/rewards/grant";
import { catalogWith, mentions, rejection, TestStudent } from "../helpers/domain";

export = () => {
	describe("the shop", () => {
		it("refuses what is not for sale and what does not exist", () => {
			const student = new TestStudent();
			student.giveCoins(1000);
			expect(
				mentions(rejection(student.act({ kind: "purchase", reward_id: "xp_burst" })), "not for sale"),
			).to.equal(true);
			expect(rejection(student.act({ kind: "purchase", reward_id: "lesso" }))).to.equal('unknown reward "lesso"');
			expect(student.profile.currency.coins).to.equal(1000);
		});

		it("stops selling a time-limited reward after available_until", () => {
			const student = new TestStudent();
			student.act({ kind: "grant", tokens: 40, reason: "spec" });
			expect(rejection(student.act({ kind: "purchase", reward_id: "weekend_boost" }))).to.equal(undefined);
			student.now = 1798761601;
			expect(
				mentions(
					rejection(student.act({ kind: "purchase", reward_id: "weekend_boost" })),
					"no longer available",
				),
			).to.equal(true);
			expect(student.profile.currency.tokens).to.equal(20);
		});

		it("sells a limited reward until its copies run out, across students", () => {
			const catalog = catalogWith({
				rewards: [
					...DEFAULT_REWARDS,
					{
						id: "rare_pin",
						name: "Rare Pin",
						type: "item",
						acquisition: { purchasable: true, price: { coins: 10 }, limited: { quantity: 2 } },
					},
				],
			});
			const stock = memoryStockLedger();
			const buyers = [
				new TestStudent(catalog, stock),
				new TestStudent(catalog, stock),
				new TestStudent(catalog, stock),
			];
			const results = buyers.map((buyer) => {
				buyer.giveCoins(10);
				return rejection(buyer.act({ kind: "purchase", reward_id: "rare_pin" }));
			});
			expect(results[0]).to.equal(undefined);
			expect(results[1]).to.equal(undefined);
			expect(mentions(results[2], "sold out")).to.equal(true);
			expect(buyers[2].profile.currency.coins).to.equal(10);
		});

		it("limits purchases per player", () => {
			const student = new TestStudent();
			student.giveCoins(600);
			expect(rejection(student.act({ kind: "purchase", reward_id: "homework_pass" }))).to.equal(undefined);
			expect(
				mentions(rejection(student.act({ kind: "purchase", reward_id: "homework_pass" })), "1 time at most"),
			).to.equal(true);
			expect(student.profile.purchase_counts.homework_pass).to.equal(1);
		});

		it("enforces an item's level requirement and cooldown when used", () => {
			const student = new TestStudent();
			student.giveCoins(550);
			student.act({ kind: "purchase", reward_id: "focus_boost" });
			expect(
				mentions(rejection(student.act({ kind: "use_item", item_id: "focus_boost" })), "needs level 3"),
			).to.equal(true);
			student.act({ kind: "grant", xp: 250, reason: "spec" });
			expect(rejection(student.act({ kind: "use_item", item_id: "focus_boost" }))).to.equal(undefined);
			student.advance(599);
			expect(
				mentions(rejection(student.act({ kind: "use_item", item_id: "focus_boost" })), "again in 1 s"),
			).to.equal(true);
			student.advance(1);
			expect(rejection(student.act({ kind: "use_item", item_id: "focus_boost" }))).to.equal(undefined);
		});

		it("enforces an item's achievement requirement", () => {
			const catalog = catalogWith({
				achievements: [
					{
						id: "honor_roll",
						name: "Honor Roll",
						requirements: { type: "counter", conditions: [{ metric: "quizzes_completed", value: 1 }] },
					},
				],
				rewards: [
					...DEFAULT_REWARDS,
					{
						id: "honor_roll_pass",
						name: "Honor Roll Pass",
						type: "item",
						usage: {
							consumable: true,
							requirements: { achievements: ["honor_roll"] },
							effects: { coins: 5 },
						},
					},
				],
			});
			const student = new TestStudent(catalog);
			grant(student.profile, { reward_id: "honor_roll_pass" }, student.context(), "spec", []);
			expect(
				mentions(rejection(student.act({ kind: "use_item", item_id: "honor_roll_pass" })), '"honor_roll"'),
			).to.equal(true);
			student.activity("quiz");
			expect(rejection(student.act({ kind: "use_item", item_id: "honor_roll_pass" }))).to.equal(undefined);
		});
	});
};
