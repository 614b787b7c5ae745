import { DEFAULT_REWARDS } from "shared/catalog/default/shop";
import { studentView } from "shared/view/student-view";
import { HISTORY_LIMITS } from "shared/domain/profile/player-profile";
import { catalogWith, effectsOfKind, mentions, rejection, TestStudent } from "../helpers/domain";
import { achievement, earned, study, when } from "../helpers/achievements";

const TIERS = [
	{ tier: 1, name: "Bronze", requirement: 2, reward_multiplier: 1 },
	{ tier: 2, name: "Silver", requirement: 4, reward_multiplier: 2 },
	{ tier: 3, name: "Gold", requirement: 6, reward_multiplier: 3 },
];

export = () => {
	describe("achievement progression", () => {
		it("tiered: each tier once, its rewards and points times the tier's multiplier", () => {
			const catalog = catalogWith({
				achievements: [
					achievement(
						"lesson_ladder",
						{ type: "counter", conditions: [when("lessons_completed", 0)] },
						{
							progression: { type: "tiered", tiers: TIERS },
							rewards: { gems: 10 },
							metadata: { points: 5 },
						},
					),
				],
			});
			const student = new TestStudent(catalog);
			const tiersEarned = new Array<number>();
			for (let i = 0; i < 8; i++) {
				for (const effect of effectsOfKind(study(student, "lesson"), "achievement_earned"))
					tiersEarned.push(effect.tier);
				if (i === 2) expect(student.profile.achievement_progress.lesson_ladder.progress).to.equal(75);
			}
			expect(tiersEarned.join(",")).to.equal("1,2,3");
			expect(student.profile.achievements.total_points).to.equal(5 + 10 + 15);
			expect(student.profile.currency.gems).to.equal(10 + 20 + 30);
		});

		it("milestones: announced once at their percentage, with their partial reward", () => {
			const catalog = catalogWith({
				achievements: [
					achievement(
						"ten_quizzes",
						{ type: "counter", conditions: [when("quizzes_completed", 10)] },
						{
							progression: {
								type: "progressive",
								milestones: [
									{ percentage: 50, message: "Halfway!", partial_reward: { gems: 1 } },
									{ percentage: 90, message: "Almost!" },
								],
							},
						},
					),
				],
			});
			const student = new TestStudent(catalog);
			const announced = new Array<string>();
			for (let i = 1; i <= 10; i++) {
				for (const effect of effectsOfKind(study(student, "quiz"), "achievement_progress")) {
					announced.push(`${i}:${effect.message}`);
				}
			}
			expect(announced.join(" ")).to.equal("5:Halfway! 9:Almost!");
			expect(student.profile.currency.gems).to.equal(1);
		});

		it("stackable: earned again with each new run; not stackable: once", () => {
			const catalog = catalogWith({
				achievements: [
					achievement(
						"pair",
						{ type: "counter", conditions: [when("practices_completed", 2)] },
						{
							metadata: { stackable: true },
						},
					),
					achievement("once", { type: "counter", conditions: [when("practices_completed", 2)] }),
				],
			});
			const student = new TestStudent(catalog);
			let pairCount = 0;
			let onces = 0;
			for (let i = 0; i < 6; i++) {
				const effects = study(student, "practice");
				if (earned(effects, "pair")) pairCount += 1;
				if (earned(effects, "once")) onces += 1;
			}
			expect(pairCount).to.equal(3);
			expect(onces).to.equal(1);
			expect(student.profile.achievement_progress.pair.earned_count).to.equal(3);
		});

		it("seasonal and limited-time: counted only inside their window", () => {
			const student = new TestStudent(
				catalogWith({
					achievements: [
						achievement(
							"autumn",
							{ type: "counter", conditions: [when("lessons_completed", 1)] },
							{
								metadata: {
									seasonal: true,
									season: "autumn",
									available_from: 0,
									available_until: 1788249600 + 3600,
								},
							},
						),
						achievement(
							"later",
							{ type: "counter", conditions: [when("lessons_completed", 1)] },
							{
								metadata: {
									limited_time: true,
									available_from: 1788249600 + 7200,
									available_until: 1788249600 + 9000,
								},
							},
						),
					],
				}),
			);
			const first = study(student, "lesson");
			expect(earned(first, "autumn")).to.equal(true);
			expect(earned(first, "later")).to.equal(false);
			expect(student.profile.achievement_progress.later).to.equal(undefined);
			student.advance(7200);
			expect(earned(study(student, "lesson"), "later")).to.equal(true);
		});

		it("retired and upcoming achievements are not tracked", () => {
			const student = new TestStudent(
				catalogWith({
					achievements: [
						achievement(
							"old",
							{ type: "counter", conditions: [when("lessons_completed", 1)] },
							{ status: "retired" },
						),
						achievement(
							"soon",
							{ type: "counter", conditions: [when("lessons_completed", 1)] },
							{ status: "upcoming" },
						),
					],
				}),
			);
			study(student, "lesson");
			expect(student.profile.achievement_progress.old).to.equal(undefined);
			expect(student.profile.achievement_progress.soon).to.equal(undefined);
		});

		it("reset_on_prestige: progress and the award start again at prestige", () => {
			const catalog = catalogWith({
				progression: { base_xp: 100, growth_rate: 1.5, soft_cap: 3, hard_cap: 3, prestige_enabled: true },
				achievements: [
					achievement(
						"climber",
						{ type: "threshold", conditions: [when("level", 3)] },
						{
							progression: { reset_on_prestige: true },
						},
					),
				],
			});
			const student = new TestStudent(catalog);
			expect(earned(student.act({ kind: "grant", xp: 250, reason: "spec" }), "climber")).to.equal(true);
			const reset = student.act({ kind: "prestige" });
			expect(effectsOfKind(reset, "achievement_reset")[0].achievement_id).to.equal("climber");
			expect(earned(student.act({ kind: "grant", xp: 250, reason: "spec" }), "climber")).to.equal(true);
			expect(student.profile.achievements.total_earned).to.equal(2);
		});

		it("rewards: xp, coins, gems, items, titles, unlocks and multipliers through grant", () => {
			const student = new TestStudent(
				catalogWith({
					rewards: DEFAULT_REWARDS,
					achievements: [
						achievement(
							"generous",
							{ type: "counter", conditions: [when("lessons_completed", 1)] },
							{
								rewards: {
									xp: 20,
									coins: 7,
									gems: 2,
									items: [{ item_id: "snack_pack", quantity: 2 }],
									titles: ["Scholar"],
									unlock_content: ["library"],
									multipliers: [{ type: "xp", value: 1.5, duration: 600 }],
								},
							},
						),
					],
				}),
			);
			study(student, "lesson");
			const profile = student.profile;
			expect(profile.experience.total_xp).to.equal(52 + 20);
			expect(profile.currency.coins).to.equal(5 + 7);
			expect(profile.currency.gems).to.equal(2);
			expect(profile.inventory.items[0].quantity).to.equal(2);
			expect(profile.profile.titles_earned[0]).to.equal("Scholar");
			expect(profile.unlocked_content[0]).to.equal("library");
			expect(profile.experience.xp_multipliers[0].value).to.equal(1.5);
		});

		it("fills the profile: total_earned, total_points, categories, bounded recent", () => {
			const achievements = new Array<defined>();
			for (let i = 1; i <= 12; i++) {
				achievements.push(
					achievement(
						`lesson_${i}`,
						{ type: "counter", conditions: [when("lessons_completed", i)] },
						{
							display: { category: i <= 6 ? "learning" : "stamina" },
							metadata: { points: 10, rarity: i === 12 ? "epic" : "common" },
						},
					),
				);
			}
			const student = new TestStudent(catalogWith({ achievements }));
			for (let i = 0; i < 9; i++) study(student, "lesson");
			const summary = student.profile.achievements;
			expect(summary.total_earned).to.equal(9);
			expect(summary.total_points).to.equal(90);
			const learning = summary.categories.find((c) => c.category === "learning")!;
			const stamina = summary.categories.find((c) => c.category === "stamina")!;
			expect(learning.earned).to.equal(6);
			expect(learning.progress).to.equal(100);
			expect(stamina.earned).to.equal(3);
			expect(stamina.total).to.equal(6);
			expect(stamina.progress).to.equal(50);
			for (let i = 0; i < 3; i++) study(student, "lesson");
			const recent = student.profile.achievements.recent;
			expect(recent.size()).to.equal(HISTORY_LIMITS.recent_achievements);
			expect(recent[recent.size() - 1].achievement_id).to.equal("lesson_12");
			expect(recent[recent.size() - 1].rarity).to.equal("epic");
		});

		it("showcase: only earned achievements, within the slots", () => {
			const student = new TestStudent(
				catalogWith({
					achievements: [
						achievement("a", { type: "counter", conditions: [when("lessons_completed", 1)] }),
						achievement("b", { type: "counter", conditions: [when("lessons_completed", 5)] }),
					],
					settings: { showcase_slots: 1 },
				}),
			);
			study(student, "lesson");
			expect(
				mentions(rejection(student.act({ kind: "set_showcase", achievement_ids: ["b"] })), "not earned"),
			).to.equal(true);
			expect(rejection(student.act({ kind: "set_showcase", achievement_ids: ["a"] }))).to.equal(undefined);
			expect(student.profile.achievements.showcase[0]).to.equal("a");
			expect(
				mentions(rejection(student.act({ kind: "set_showcase", achievement_ids: ["a", "b"] })), "holds 1"),
			).to.equal(true);
		});

		it("secret: tracked, but nothing about it reaches the player until earned", () => {
			const catalog = catalogWith({
				achievements: [
					achievement(
						"hidden_gem",
						{ type: "counter", conditions: [when("reviews_completed", 2)] },
						{
							display: { title: "Hidden Gem", description: "Review twice" },
							metadata: { secret: true },
						},
					),
				],
			});
			const student = new TestStudent(catalog);
			const first = study(student, "flashcards");
			expect(first.some((e) => e.kind === "achievement_progress")).to.equal(false);
			expect(student.profile.achievement_progress.hidden_gem.progress).to.equal(50);
			let view = studentView(student.profile, catalog, 0);
			expect(view.hidden_achievements).to.equal(1);
			expect(view.achievements.hidden_gem).to.equal(undefined);
			expect(view.revealed_achievements.hidden_gem).to.equal(undefined);
			expect(
				mentions(rejection(student.act({ kind: "set_showcase", achievement_ids: ["hidden_gem"] })), "unknown"),
			).to.equal(true);
			expect(earned(study(student, "flashcards"), "hidden_gem")).to.equal(true);
			view = studentView(student.profile, catalog, 0);
			expect(view.hidden_achievements).to.equal(0);
			expect(view.achievements.hidden_gem.earned).to.equal(true);
			// the client has no catalog entry for a secret achievement: the view carries its text once earned
			const revealed = view.revealed_achievements.hidden_gem;
			expect(revealed.title).to.equal("Hidden Gem");
			expect(revealed.description).to.equal("Review twice");
			expect(revealed.name).to.equal("hidden_gem");
		});

		it("touches only the achievements that watch the event's metrics", () => {
			const achievements = [
				achievement("quizzes", { type: "counter", conditions: [when("quizzes_completed", 5)] }),
			];
			const student = new TestStudent(catalogWith({ achievements }));
			study(student, "lesson");
			expect(student.profile.achievement_progress.quizzes).to.equal(undefined);
			study(student, "quiz");
			expect(student.profile.achievement_progress.quizzes.conditions[0].count).to.equal(1);
		});
	});
};
