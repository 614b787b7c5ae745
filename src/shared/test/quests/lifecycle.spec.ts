import { emptyStatistics, recordStatistics } from "shared/domain/achievements/achievement-statistics";
import { DAY, effectsOfKind, HOUR, mentions, rejection, TestStudent } from "../helpers/domain";
import { achievement, earned, study, when } from "../helpers/achievements";
import { completed, failed, objective, quest, studentWithQuests } from "../helpers/quests";

const ONE_LESSON = [objective("lesson", "complete", "lessons_completed", 1)];

export = () => {
	describe("quest resets, chains and rewards", () => {
		it("a daily quest fails at 00:00 UTC, with no event in between, and can be taken again the next day", () => {
			const student = studentWithQuests([
				quest(
					"daily",
					[objective("two", "complete", "lessons_completed", 2)],
					{ rewards: { repeatable: true } },
					"daily",
				),
			]);
			student.act({ kind: "assign_quest", quest_id: "daily" });
			expect(student.profile.quests.active[0].expires_at).to.equal(1788307200); // 2026-09-02T00:00Z
			study(student, "lesson");
			student.advance(16 * HOUR);
			expect(failed(student.act({ kind: "tick" }), "daily")).to.equal("the day ended");
			student.act({ kind: "assign_quest", quest_id: "daily" });
			study(student, "lesson");
			expect(completed(study(student, "lesson"), "daily")).to.equal(true);
			expect(
				mentions(rejection(student.act({ kind: "assign_quest", quest_id: "daily" })), "after 00:00 UTC"),
			).to.equal(true);
			expect(student.profile.quests.completed_today).to.equal(1);
			student.advance(DAY);
			student.act({ kind: "tick" });
			expect(student.profile.quests.completed_today).to.equal(0);
			expect(rejection(student.act({ kind: "assign_quest", quest_id: "daily" }))).to.equal(undefined);
		});

		it("a weekly quest lasts until Monday 00:00 UTC", () => {
			const student = studentWithQuests([
				quest("weekly", ONE_LESSON, { rewards: { repeatable: true } }, "weekly"),
			]);
			student.act({ kind: "assign_quest", quest_id: "weekly" }); // Tuesday 2026-09-01
			expect(student.profile.quests.active[0].expires_at).to.equal(1788739200); // Monday 2026-09-07T00:00Z
			student.advance(6 * DAY);
			expect(failed(student.act({ kind: "tick" }), "weekly")).to.equal("the week ended");
		});

		it("expires_at fails an unfinished quest", () => {
			const student = studentWithQuests([quest("short", ONE_LESSON, { expires_at: 1788249600 + HOUR })]);
			student.act({ kind: "assign_quest", quest_id: "short" });
			student.advance(HOUR);
			expect(failed(student.act({ kind: "tick" }), "short")).to.equal("the quest has ended");
		});

		it("a chain assigns the next quest; a branch is chosen by its condition", () => {
			const quests = [
				quest("start", ONE_LESSON, {
					chain: {
						is_chain: true,
						next_quest: "slow_path",
						branch_quests: [{ condition: "within 30 minutes", quest_id: "fast_path" }],
					},
				}),
				quest("fast_path", ONE_LESSON),
				quest("slow_path", ONE_LESSON),
			];
			const fast = studentWithQuests(quests);
			fast.act({ kind: "assign_quest", quest_id: "start" });
			fast.advance(10 * 60);
			const effects = study(fast, "lesson");
			expect(effectsOfKind(effects, "quest_assigned")[0].quest_id).to.equal("fast_path");
			const slow = studentWithQuests(quests);
			slow.act({ kind: "assign_quest", quest_id: "start" });
			slow.advance(HOUR);
			expect(effectsOfKind(study(slow, "lesson"), "quest_assigned")[0].quest_id).to.equal("slow_path");
		});

		it("rewards: guaranteed, first completion, repeat rewards, bonus by condition, achievements and unlocked quests", () => {
			const student = studentWithQuests(
				[
					quest(
						"q",
						[...ONE_LESSON, objective("extra", "complete", "quizzes_completed", 1, { optional: true })],
						{
							rewards: {
								guaranteed: { gems: 2, achievements: ["honor"], unlock_quests: ["next"] },
								first_completion: { gems: 10 },
								repeatable: true,
								repeat_rewards: { gems: 1 },
								bonus: [{ condition: "all optional", reward: { titles: ["Completionist"] } }],
							},
						},
					),
					quest("next", ONE_LESSON),
				],
				{
					achievements: [
						achievement("honor", { type: "counter", conditions: [when("projects_completed", 99)] }),
					],
				},
			);
			student.act({ kind: "assign_quest", quest_id: "q" });
			const first = study(student, "lesson");
			expect(earned(first, "honor")).to.equal(true);
			expect(student.profile.currency.gems).to.equal(12);
			expect(student.profile.profile.titles_earned.size()).to.equal(0);
			expect(student.profile.quest_progress.next).never.to.equal(undefined);
			student.act({ kind: "assign_quest", quest_id: "q" });
			study(student, "quiz");
			study(student, "lesson");
			expect(student.profile.currency.gems).to.equal(13);
			expect(student.profile.profile.titles_earned[0]).to.equal("Completionist");
		});

		it("random rewards come from the seeded generator: the same seed, the same rewards", () => {
			const quests = [
				quest("lucky", ONE_LESSON, {
					rewards: { repeatable: true, random: [{ probability: 0.5, reward: { gems: 1 } }] },
				}),
			];
			const gemsWith = (seed: number) => {
				const student = new TestStudent(studentWithQuests(quests).catalog, undefined, seed);
				for (let i = 0; i < 40; i++) {
					student.act({ kind: "assign_quest", quest_id: "lucky" });
					study(student, "lesson");
				}
				return student.profile.currency.gems;
			};
			const gems = gemsWith(3);
			expect(gems > 8 && gems < 32).to.equal(true);
			expect(gemsWith(3)).to.equal(gems);
		});

		it("abandon, rate once after completing, and statistics folded from effects", () => {
			const student = studentWithQuests([quest("q", ONE_LESSON, { rewards: { repeatable: true } })]);
			const statistics = emptyStatistics();
			const act = (event: Parameters<TestStudent["act"]>[0]) => {
				const effects = student.act(event);
				for (const effect of effects) recordStatistics(statistics, effect, "1", student.now);
				return effects;
			};
			expect(
				mentions(rejection(act({ kind: "rate_quest", quest_id: "q", rating: 5 })), "before rating"),
			).to.equal(true);
			act({ kind: "assign_quest", quest_id: "q" });
			act({ kind: "abandon_quest", quest_id: "q" });
			expect(mentions(rejection(act({ kind: "abandon_quest", quest_id: "q" })), "not on")).to.equal(true);
			act({ kind: "assign_quest", quest_id: "q" });
			student.advance(600);
			act({
				kind: "activity",
				activity: "lesson",
				performance: { perfect: false, time: 600, expected_time: 600, first_try: true },
			});
			expect(rejection(act({ kind: "rate_quest", quest_id: "q", rating: 4 }))).to.equal(undefined);
			expect(
				mentions(rejection(act({ kind: "rate_quest", quest_id: "q", rating: 5 })), "already rated"),
			).to.equal(true);
			const entry = statistics.quests.q;
			expect(entry.attempts).to.equal(2);
			expect(entry.completions).to.equal(1);
			expect(entry.success_rate).to.equal(50);
			expect(entry.abandonment_rate).to.equal(50);
			expect(entry.average_time).to.equal(600);
			expect(entry.rating.average).to.equal(4);
			expect(entry.rating.count).to.equal(1);
			expect(student.profile.quests.quest_points).to.equal(10);
		});
	});
};
