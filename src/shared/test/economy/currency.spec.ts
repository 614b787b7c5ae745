import { HISTORY_LIMITS } from "shared/domain/profile/player-profile";
import { effectsOfKind, mentions, rejection, TestStudent } from "../helpers/domain";

export = () => {
	describe("currency", () => {
		it("adds earnings to the balance and to lifetime_earned", () => {
			const student = new TestStudent();
			student.act({ kind: "grant", coins: 30, gems: 2, tokens: 5, reason: "spec" });
			student.activity("lesson");
			const wallet = student.profile.currency;
			expect(wallet.coins).to.equal(35);
			expect(wallet.gems).to.equal(2);
			expect(wallet.tokens).to.equal(5);
			expect(wallet.lifetime_earned.coins).to.equal(35);
		});

		it("pays a purchase in full and records it in spending_history", () => {
			const student = new TestStudent();
			student.giveCoins(500);
			const effects = student.act({ kind: "purchase", reward_id: "snack_pack" });
			expect(rejection(effects)).to.equal(undefined);
			const wallet = student.profile.currency;
			expect(wallet.coins).to.equal(460);
			expect(wallet.lifetime_earned.coins).to.equal(500);
			expect(wallet.spending_history.size()).to.equal(1);
			const entry = wallet.spending_history[0];
			expect(entry.type).to.equal("coins");
			expect(entry.amount).to.equal(40);
			expect(entry.item).to.equal("snack_pack");
			expect(entry.timestamp).to.equal(student.now);
			const change = effectsOfKind(effects, "currency_changed")[0];
			expect(change.delta).to.equal(-40);
			expect(change.balance).to.equal(460);
		});

		it("refuses a purchase it cannot pay, and the balance never goes negative", () => {
			const student = new TestStudent();
			student.giveCoins(39);
			const effects = student.act({ kind: "purchase", reward_id: "snack_pack" });
			expect(mentions(rejection(effects), "not enough coins: costs 40, you have 39")).to.equal(true);
			expect(student.profile.currency.coins).to.equal(39);
			expect(student.profile.inventory.items.size()).to.equal(0);
			expect(student.profile.currency.spending_history.size()).to.equal(0);
		});

		it("keeps spending_history bounded", () => {
			const student = new TestStudent();
			student.giveCoins(40 * (HISTORY_LIMITS.spending_history + 5));
			for (let i = 0; i < HISTORY_LIMITS.spending_history + 5; i++) {
				student.act({ kind: "purchase", reward_id: "snack_pack" });
				student.act({ kind: "use_item", item_id: "snack_pack" });
			}
			expect(student.profile.currency.spending_history.size()).to.equal(HISTORY_LIMITS.spending_history);
			expect(student.profile.currency.coins >= 0).to.equal(true);
		});
	});
};
