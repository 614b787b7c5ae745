import { DEFAULT_REWARDS } from "shared/catalog/default/shop";
import { memoryStockLedger } from "shared/domain/context";
import { processGift } from "shared/domain/process-gift";
import { catalogWith, effectsOfKind, mentions, rejection, TestStudent } from "../helpers/domain";
import { achievement, awarded, study, when } from "../helpers/achievements";

function badge(
	id: string,
	method: string,
	acquisition: Record<string, unknown> = {},
	extra: Record<string, unknown> = {},
) {
	return { id, name: id, acquisition: { method, ...acquisition }, ...extra };
}

export = () => {
	describe("badge acquisition", () => {
		it("achievement: awarded with the achievement it names, in the same event", () => {
			const student = new TestStudent(
				catalogWith({
					achievements: [
						achievement("quizzer", { type: "counter", conditions: [when("quizzes_completed", 2)] }),
					],
					badges: [badge("quiz_badge", "achievement", { requirements: { achievement_id: "quizzer" } })],
				}),
			);
			expect(awarded(study(student, "quiz"), "quiz_badge")).to.equal(false);
			expect(awarded(study(student, "quiz"), "quiz_badge")).to.equal(true);
			expect(student.profile.badges_owned.quiz_badge.source).to.equal("achievement");
		});

		it("achievement rewards: a badge listed in an achievement's rewards", () => {
			const student = new TestStudent(
				catalogWith({
					achievements: [
						achievement(
							"first",
							{ type: "counter", conditions: [when("lessons_completed", 1)] },
							{
								rewards: { badges: ["starter"] },
							},
						),
					],
					badges: [badge("starter", "event")],
				}),
			);
			expect(awarded(study(student, "lesson"), "starter")).to.equal(true);
		});

		it("purchase: paid in coins or gems, all or nothing, and only for purchase badges", () => {
			const student = new TestStudent(
				catalogWith({
					badges: [
						badge("shiny", "purchase", { requirements: { cost: { coins: 100, gems: 1 } } }),
						badge("earned_only", "event"),
					],
				}),
			);
			student.giveCoins(100);
			expect(
				mentions(rejection(student.act({ kind: "buy_badge", badge_id: "shiny" })), "not enough gems"),
			).to.equal(true);
			expect(student.profile.currency.coins).to.equal(100);
			student.act({ kind: "grant", gems: 1, reason: "spec" });
			expect(awarded(student.act({ kind: "buy_badge", badge_id: "shiny" }), "shiny")).to.equal(true);
			expect(student.profile.currency.coins).to.equal(0);
			expect(mentions(rejection(student.act({ kind: "buy_badge", badge_id: "shiny" })), "already have")).to.equal(
				true,
			);
			expect(
				mentions(rejection(student.act({ kind: "buy_badge", badge_id: "earned_only" })), "not for sale"),
			).to.equal(true);
		});

		it("event: given by the teacher, its requirements still apply", () => {
			const student = new TestStudent(
				catalogWith({ badges: [badge("science_fair", "event", { requirements: { level: 2 } })] }),
			);
			const early = student.act({ kind: "grant", badge_id: "science_fair", reason: "Science fair" });
			expect(mentions(rejection(early), "needs level 2")).to.equal(true);
			student.act({ kind: "grant", xp: 100, reason: "spec" });
			const late = student.act({ kind: "grant", badge_id: "science_fair", reason: "Science fair" });
			expect(awarded(late, "science_fair")).to.equal(true);
		});

		it("gift: a thank-you made for a classmate, up to their max_quantity, never to oneself", () => {
			const catalog = catalogWith({ badges: [badge("thanks", "gift", { max_quantity: 2 })] });
			const ana = new TestStudent(catalog);
			const ben = new TestStudent(catalog);
			ana.profile.user_id = "1";
			ben.profile.user_id = "2";
			const ctx = ana.context();
			const gift = { kind: "gift", to_user_id: "2", badge_id: "thanks" } as const;
			for (let i = 0; i < 2; i++) {
				const result = processGift(ana.profile, ben.profile, gift, ctx);
				expect(awarded(result.receiver.effects, "thanks")).to.equal(true);
				ana.profile = result.giver.profile;
				ben.profile = result.receiver.profile;
			}
			const third = processGift(ana.profile, ben.profile, gift, ctx);
			expect(mentions(rejection(third.giver.effects), "already has")).to.equal(true);
			expect(ben.profile.badges_owned.thanks.quantity).to.equal(2);
			const toSelf = processGift(ana.profile, ana.profile, { ...gift, to_user_id: "1" }, ctx);
			expect(mentions(rejection(toSelf.giver.effects), "yourself")).to.equal(true);
		});

		it("gift of a tradeable badge: it changes hands; an untradeable one cannot", () => {
			const catalog = catalogWith({
				badges: [badge("card", "event", { tradeable: true }), badge("medal", "event")],
			});
			const ana = new TestStudent(catalog);
			const ben = new TestStudent(catalog);
			ana.profile.user_id = "1";
			ben.profile.user_id = "2";
			ana.act({ kind: "grant", badge_id: "card", reason: "spec" });
			ana.act({ kind: "grant", badge_id: "medal", reason: "spec" });
			ana.act({ kind: "equip_badge", badge_id: "card" });
			const ctx = ana.context();
			const refused = processGift(
				ana.profile,
				ben.profile,
				{ kind: "gift", to_user_id: "2", badge_id: "medal" },
				ctx,
			);
			expect(mentions(rejection(refused.giver.effects), "cannot be traded")).to.equal(true);
			const traded = processGift(
				ana.profile,
				ben.profile,
				{ kind: "gift", to_user_id: "2", badge_id: "card" },
				ctx,
			);
			expect(traded.giver.profile.badges_owned.card).to.equal(undefined);
			expect(traded.giver.profile.badges.equipped.size()).to.equal(0);
			expect(traded.receiver.profile.badges_owned.card.quantity).to.equal(1);
			expect(effectsOfKind(traded.giver.effects, "badge_gifted")[0].traded).to.equal(true);
		});

		it("milestone: awarded at the level it names, not one XP earlier", () => {
			const student = new TestStudent(
				catalogWith({ badges: [badge("level_3", "milestone", { requirements: { level: 3 } })] }),
			);
			expect(awarded(student.act({ kind: "grant", xp: 249, reason: "spec" }), "level_3")).to.equal(false);
			expect(awarded(student.act({ kind: "grant", xp: 1, reason: "spec" }), "level_3")).to.equal(true);
		});

		it("collection: awarded when the last badge of the set is owned", () => {
			const student = new TestStudent(
				catalogWith({
					badges: [
						badge("atom", "event", {}, { info: { collection: "lab" } }),
						badge("cell", "event", {}, { info: { collection: "lab" } }),
						badge("lab_complete", "collection", {}, { info: { collection: "lab" } }),
					],
				}),
			);
			expect(awarded(student.act({ kind: "grant", badge_id: "atom", reason: "spec" }), "lab_complete")).to.equal(
				false,
			);
			expect(student.profile.badges.collections[0].progress).to.equal(50);
			expect(awarded(student.act({ kind: "grant", badge_id: "cell", reason: "spec" }), "lab_complete")).to.equal(
				true,
			);
			expect(student.profile.badges.collections[0].completed).to.equal(true);
		});

		it("challenge: awarded when a challenge is won", () => {
			const student = new TestStudent(catalogWith({ badges: [badge("champion", "challenge")] }));
			expect(awarded(student.act({ kind: "metric", metric: "challenges_total", value: 1 }), "champion")).to.equal(
				false,
			);
			expect(awarded(student.act({ kind: "metric", metric: "challenges_won", value: 1 }), "champion")).to.equal(
				true,
			);
		});

		it("random: drops at its rate on completed activities, the same for the same seed", () => {
			const catalog = catalogWith({ badges: [badge("lucky", "random", { drop_rate: 0.1, max_quantity: 1000 })] });
			const dropsWith = (seed: number) => {
				const student = new TestStudent(catalog, undefined, seed);
				let drops = 0;
				for (let i = 0; i < 1000; i++) if (awarded(study(student, "flashcards"), "lucky")) drops += 1;
				return drops;
			};
			const drops = dropsWith(11);
			expect(drops > 60 && drops < 140).to.equal(true);
			expect(dropsWith(11)).to.equal(drops);
		});

		it("items_needed: used up when the badge is granted; refused without them", () => {
			const student = new TestStudent(
				catalogWith({
					badges: [
						badge("crafted", "event", {
							requirements: { items_needed: [{ item_id: "snack_pack", quantity: 2 }] },
						}),
					],
				}),
			);
			expect(
				mentions(rejection(student.act({ kind: "grant", badge_id: "crafted", reason: "x" })), "needs 2"),
			).to.equal(true);
			student.giveCoins(80);
			student.act({ kind: "purchase", reward_id: "snack_pack" });
			student.act({ kind: "purchase", reward_id: "snack_pack" });
			expect(awarded(student.act({ kind: "grant", badge_id: "crafted", reason: "x" }), "crafted")).to.equal(true);
			expect(student.profile.inventory.items.size()).to.equal(0);
		});

		it("quests: awarded only once the quests it names are completed", () => {
			const student = new TestStudent(
				catalogWith({
					quests: [
						{
							id: "fair",
							name: "Fair",
							info: { type: "side" },
							objectives: [
								{ id: "one", type: "complete", target: { metric: "lessons_completed", value: 1 } },
							],
						},
					],
					badges: [badge("fair_ribbon", "event", { requirements: { quests: ["fair"] } })],
				}),
			);
			const early = student.act({ kind: "grant", badge_id: "fair_ribbon", reason: "x" });
			expect(mentions(rejection(early), `needs the quest "fair" completed`)).to.equal(true);
			student.act({ kind: "assign_quest", quest_id: "fair" });
			study(student, "lesson");
			expect(
				awarded(student.act({ kind: "grant", badge_id: "fair_ribbon", reason: "x" }), "fair_ribbon"),
			).to.equal(true);
		});

		it("a badge reward in the shop awards the badge", () => {
			const student = new TestStudent(
				catalogWith({
					rewards: [
						...DEFAULT_REWARDS,
						{
							id: "badge_box",
							name: "Badge box",
							type: "badge",
							value: { properties: { badge_id: "boxed" } },
							acquisition: { purchasable: true, price: { coins: 10 } },
						},
					],
					badges: [badge("boxed", "event")],
				}),
				memoryStockLedger(),
			);
			student.giveCoins(10);
			expect(awarded(student.act({ kind: "purchase", reward_id: "badge_box" }), "boxed")).to.equal(true);
		});
	});
};
