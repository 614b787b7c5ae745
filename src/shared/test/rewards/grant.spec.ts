import { DEFAULT_REWARDS } from "shared/catalog/default/shop";
import { Effect } from "shared/domain/effects";
import { grant, Grant } from "shared/domain/rewards/grant";
import { catalogWith, effectsOfKind, mentions, TestStudent } from "../helpers/domain";

function give(student: TestStudent, what: Grant) {
	const effects = new Array<Effect>();
	const refused = grant(student.profile, what, student.context(), "spec", effects);
	return { refused, effects };
}

export = () => {
	describe("grant, for every reward type", () => {
		it("item: adds it to the inventory", () => {
			const student = new TestStudent();
			const { refused, effects } = give(student, { reward_id: "snack_pack", quantity: 3 });
			expect(refused).to.equal(undefined);
			expect(student.profile.inventory.items[0].quantity).to.equal(3);
			expect(effectsOfKind(effects, "reward_granted")[0].reward_id).to.equal("snack_pack");
		});

		it("currency: adds its amount of its currency", () => {
			const student = new TestStudent();
			give(student, { reward_id: "study_tokens", quantity: 2 });
			expect(student.profile.currency.tokens).to.equal(20);
			expect(student.profile.currency.lifetime_earned.tokens).to.equal(20);
		});

		it("xp: flat XP, without performance multipliers or boosts", () => {
			const student = new TestStudent();
			student.profile.experience.xp_multipliers.push({ source: "potion", value: 2, expires_at: 0 });
			const { effects } = give(student, { reward_id: "xp_burst" });
			expect(effectsOfKind(effects, "xp_gained")[0].amount).to.equal(250);
			expect(student.profile.experience.level).to.equal(3);
		});

		it("title: earned once; the first one becomes the shown title", () => {
			const student = new TestStudent();
			give(student, { reward_id: "title_bookworm" });
			const again = give(student, { titles: ["Bookworm", "Helper"] });
			expect(student.profile.profile.titles_earned.size()).to.equal(2);
			expect(student.profile.profile.title).to.equal("Bookworm");
			expect(effectsOfKind(again.effects, "title_earned").size()).to.equal(1);
		});

		it("cosmetic: unlocked into its slot once", () => {
			const student = new TestStudent();
			give(student, { reward_id: "theme_space" });
			give(student, { reward_id: "theme_space" });
			expect(student.profile.inventory.cosmetics.themes.size()).to.equal(1);
		});

		it("power_up: adds uses, stacking only when the reward stacks", () => {
			const student = new TestStudent();
			give(student, { reward_id: "focus_boost" });
			give(student, { reward_id: "focus_boost" });
			expect(student.profile.inventory.power_ups.size()).to.equal(1);
			expect(student.profile.inventory.power_ups[0].uses_remaining).to.equal(3);
		});

		it("unlock: records the content as unlocked", () => {
			const student = new TestStudent();
			const { effects } = give(student, { reward_id: "science_lab_world" });
			expect(student.profile.unlocked_content[0]).to.equal("science_lab_world");
			expect(effectsOfKind(effects, "content_unlocked").size()).to.equal(1);
		});

		it("multiplier: an XP multiplier for the reward's duration", () => {
			const student = new TestStudent();
			give(student, { reward_id: "weekend_boost" });
			const multiplier = student.profile.experience.xp_multipliers[0];
			expect(multiplier.value).to.equal(1.5);
			expect(multiplier.expires_at).to.equal(student.now + 2 * 86400);
		});

		it("badge: awards the badge the reward names; an unknown badge is refused by name", () => {
			const catalog = catalogWith({
				rewards: [...DEFAULT_REWARDS, { id: "badge_star", name: "Star", type: "badge" }],
				badges: [{ id: "badge_star", name: "Star", acquisition: { method: "event" } }],
			});
			const student = new TestStudent(catalog);
			expect(give(student, { reward_id: "badge_star" }).refused).to.equal(undefined);
			expect(student.profile.badges_owned.badge_star.quantity).to.equal(1);
			expect(mentions(give(student, { reward_id: "badge_star" }).refused, "already have")).to.equal(true);
			expect(mentions(give(student, { badges: ["nope"] }).refused, 'unknown badge "nope"')).to.equal(true);
		});

		it("bundles in the shape achievements and quests use: xp, currencies, items, titles, unlocks, multipliers", () => {
			const student = new TestStudent();
			const { refused } = give(student, {
				xp: 100,
				coins: 10,
				gems: 1,
				items: [{ item_id: "snack_pack", quantity: 2 }],
				titles: ["Quiz Whiz"],
				unlock_content: ["bonus_level"],
				multipliers: [{ type: "xp", value: 1.25, duration: 3600 }],
			});
			expect(refused).to.equal(undefined);
			const profile = student.profile;
			expect(profile.experience.total_xp).to.equal(100);
			expect(profile.currency.coins).to.equal(10 + 25);
			expect(profile.currency.gems).to.equal(1);
			expect(profile.inventory.items[0].quantity).to.equal(2);
			expect(profile.profile.titles_earned[0]).to.equal("Quiz Whiz");
			expect(profile.unlocked_content[0]).to.equal("bonus_level");
			expect(profile.experience.xp_multipliers[0].source).to.equal("spec:xp");
		});

		it("names what it cannot give: an unknown reward or item", () => {
			const student = new TestStudent();
			expect(give(student, { reward_id: "nope" }).refused).to.equal('unknown reward "nope"');
			expect(give(student, { items: [{ item_id: "xp_burst", quantity: 1 }] }).refused).to.equal(
				'unknown item "xp_burst"',
			);
		});

		it("is all or nothing through processEvent: a refused teacher grant changes nothing", () => {
			const student = new TestStudent();
			const effects = student.act({ kind: "grant", coins: 50, badge_id: "nope", reason: "spec" });
			expect(effectsOfKind(effects, "rejected").size()).to.equal(1);
			expect(student.profile.currency.coins).to.equal(0);
		});
	});
};
