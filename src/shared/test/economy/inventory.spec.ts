import { DEFAULT_REWARDS } from "shared/catalog/default/shop";
import { Effect } from "shared/domain/effects";
import { grant } from "shared/domain/rewards/grant";
import { catalogWith, DAY, effectsOfKind, mentions, rejection, TestStudent } from "../helpers/domain";

export = () => {
	describe("the inventory", () => {
		it("stacks a stackable item up to max_stack, then opens a new slot", () => {
			const student = new TestStudent();
			for (let i = 0; i < 7; i++) {
				student.giveCoins(150);
				expect(rejection(student.act({ kind: "purchase", reward_id: "double_xp_potion" }))).to.equal(undefined);
			}
			const items = student.profile.inventory.items;
			expect(items.size()).to.equal(2);
			expect(items[0].quantity).to.equal(5);
			expect(items[1].quantity).to.equal(2);
			expect(items[0].acquired_at).to.equal(student.now);
			expect(items[0].equipped).to.equal(false);
			expect(student.profile.inventory.used_slots).to.equal(2);
		});

		it("refuses an item when no slot is free, taking no coins", () => {
			const student = new TestStudent();
			student.profile.inventory.capacity = 1;
			student.giveCoins(2000);
			student.act({ kind: "purchase", reward_id: "golden_pencil" });
			const effects = student.act({ kind: "purchase", reward_id: "snack_pack" });
			expect(mentions(rejection(effects), "inventory full")).to.equal(true);
			expect(student.profile.currency.coins).to.equal(1000);
			expect(student.profile.inventory.used_slots).to.equal(1);
		});

		it("removes an expired item with an item_expired effect at its expiry", () => {
			const student = new TestStudent();
			student.giveCoins(300);
			student.act({ kind: "purchase", reward_id: "homework_pass" });
			expect(student.profile.inventory.items[0].expires_at).to.equal(student.now + 7 * DAY);
			student.advance(7 * DAY - 1);
			expect(effectsOfKind(student.act({ kind: "tick" }), "item_expired").size()).to.equal(0);
			student.advance(1);
			const expired = effectsOfKind(student.act({ kind: "tick" }), "item_expired");
			expect(expired.size()).to.equal(1);
			expect(expired[0].item_id).to.equal("homework_pass");
			expect(student.profile.inventory.items.size()).to.equal(0);
			expect(student.profile.inventory.used_slots).to.equal(0);
		});

		it("uses up a consumable item and applies its effect", () => {
			const student = new TestStudent();
			student.giveCoins(40);
			student.act({ kind: "purchase", reward_id: "snack_pack" });
			const effects = student.act({ kind: "use_item", item_id: "snack_pack" });
			expect(effectsOfKind(effects, "xp_gained")[0].amount).to.equal(50);
			expect(effectsOfKind(effects, "item_used").size()).to.equal(1);
			expect(student.profile.inventory.items.size()).to.equal(0);
			expect(
				mentions(rejection(student.act({ kind: "use_item", item_id: "snack_pack" })), "do not have"),
			).to.equal(true);
		});

		it("gives a power-up its uses, activates it while its multiplier lasts, and drops it when spent", () => {
			const student = new TestStudent();
			student.act({ kind: "grant", xp: 250, reason: "spec" }); // level 3, the power-up's requirement
			student.giveCoins(200);
			student.act({ kind: "purchase", reward_id: "focus_boost" });
			const powerUps = () => student.profile.inventory.power_ups;
			expect(powerUps()[0].uses_remaining).to.equal(3);
			expect(powerUps()[0].active).to.equal(false);
			student.act({ kind: "use_item", item_id: "focus_boost" });
			expect(powerUps()[0].uses_remaining).to.equal(2);
			expect(powerUps()[0].active).to.equal(true);
			expect(effectsOfKind(student.activity("lesson"), "xp_gained")[0].boost).to.equal(1.5);
			student.advance(600);
			const ended = student.act({ kind: "tick" });
			expect(effectsOfKind(ended, "multiplier_expired")[0].source).to.equal("focus_boost");
			expect(powerUps()[0].active).to.equal(false);
			for (let i = 0; i < 2; i++) {
				expect(rejection(student.act({ kind: "use_item", item_id: "focus_boost" }))).to.equal(undefined);
				student.advance(600);
			}
			student.act({ kind: "tick" });
			expect(powerUps().size()).to.equal(0);
		});

		it("keeps cosmetics by slot: avatars, frames, themes, emotes, effects", () => {
			const student = new TestStudent();
			student.giveCoins(1150);
			student.act({ kind: "grant", gems: 2, reason: "spec" });
			for (const id of ["avatar_owl", "frame_gold", "theme_space", "emote_high_five", "effect_sparkles"]) {
				expect(rejection(student.act({ kind: "purchase", reward_id: id }))).to.equal(undefined);
			}
			const cosmetics = student.profile.inventory.cosmetics;
			expect(cosmetics.avatars[0]).to.equal("avatar_owl");
			expect(cosmetics.frames[0]).to.equal("frame_gold");
			expect(cosmetics.themes[0]).to.equal("theme_space");
			expect(cosmetics.emotes[0]).to.equal("emote_high_five");
			expect(cosmetics.effects[0]).to.equal("effect_sparkles");
			expect(student.profile.inventory.used_slots).to.equal(0);
		});

		it("gives each unit of a non-stacking item its own slot", () => {
			const catalog = catalogWith({
				rewards: [...DEFAULT_REWARDS, { id: "sticker", name: "Sticker", type: "item", value: { amount: 3 } }],
			});
			const student = new TestStudent(catalog);
			const effects = new Array<Effect>();
			expect(grant(student.profile, { reward_id: "sticker" }, student.context(), "spec", effects)).to.equal(
				undefined,
			);
			expect(student.profile.inventory.items.size()).to.equal(3);
			expect(student.profile.inventory.used_slots).to.equal(3);
		});
	});
};
