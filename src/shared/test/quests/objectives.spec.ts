import { BEST_PERFORMANCE, PLAIN_PERFORMANCE, rejection } from "../helpers/domain";
import { achievement, study, when } from "../helpers/achievements";
import { completed, failed, objective, quest, studentWithQuests } from "../helpers/quests";

export = () => {
	describe("quest objectives, each type completing exactly when it is met", () => {
		it("complete: the third lesson in math, not other subjects", () => {
			const student = studentWithQuests([
				quest("math_lessons", [
					objective("lessons", "complete", "lessons_completed", 3, {}, { subject: "math" }),
				]),
			]);
			expect(rejection(student.act({ kind: "assign_quest", quest_id: "math_lessons" }))).to.equal(undefined);
			study(student, "lesson", "math");
			study(student, "lesson", "science");
			expect(completed(study(student, "lesson", "math"), "math_lessons")).to.equal(false);
			expect(completed(study(student, "lesson", "math"), "math_lessons")).to.equal(true);
			expect(student.profile.quests.completed_total).to.equal(1);
		});

		it("collect: distinct listed keys", () => {
			const student = studentWithQuests([
				quest("tour", [
					objective("subjects", "collect", "subjects_studied", 2, {}, { keys: ["math", "history"] }),
				]),
			]);
			student.act({ kind: "assign_quest", quest_id: "tour" });
			study(student, "lesson", "math");
			study(student, "lesson", "math");
			expect(completed(study(student, "lesson", "science"), "tour")).to.equal(false);
			expect(completed(study(student, "lesson", "history"), "tour")).to.equal(true);
		});

		it("achieve: earning the named achievement; one already earned counts from the start", () => {
			const achievements = [
				achievement("first", { type: "counter", conditions: [when("lessons_completed", 1)] }),
			];
			const quests = [
				quest("earn_first", [objective("earn", "achieve", "achievements_earned", 1, {}, { keys: ["first"] })]),
			];
			const student = studentWithQuests(quests, { achievements });
			student.act({ kind: "assign_quest", quest_id: "earn_first" });
			expect(completed(study(student, "lesson"), "earn_first")).to.equal(true);
			const late = studentWithQuests(quests, { achievements });
			study(late, "lesson");
			expect(completed(late.act({ kind: "assign_quest", quest_id: "earn_first" }), "earn_first")).to.equal(true);
		});

		it("reach: the level, starting from where the player already is", () => {
			const student = studentWithQuests([quest("grow", [objective("level", "reach", "level", 3)])]);
			student.act({ kind: "grant", xp: 100, reason: "spec" });
			student.act({ kind: "assign_quest", quest_id: "grow" });
			expect(student.profile.quest_progress.grow.objectives[0].current).to.equal(2);
			expect(completed(student.act({ kind: "grant", xp: 149, reason: "spec" }), "grow")).to.equal(false);
			expect(completed(student.act({ kind: "grant", xp: 1, reason: "spec" }), "grow")).to.equal(true);
		});

		it("interact: helping classmates, as metric events report it", () => {
			const student = studentWithQuests([quest("kind", [objective("help", "interact", "helps_received", 2)])]);
			student.act({ kind: "assign_quest", quest_id: "kind" });
			expect(completed(student.act({ kind: "metric", metric: "helps_received", value: 1 }), "kind")).to.equal(
				false,
			);
			expect(completed(student.act({ kind: "metric", metric: "helps_received", value: 1 }), "kind")).to.equal(
				true,
			);
		});

		it("time_limit: done in time completes; too late fails the quest at its deadline", () => {
			const quests = [
				quest("sprint", [objective("run", "time_limit", "practices_completed", 2, {}, { duration: 10 })]),
			];
			const fast = studentWithQuests(quests);
			fast.act({ kind: "assign_quest", quest_id: "sprint" });
			study(fast, "practice");
			fast.advance(9 * 60);
			expect(completed(study(fast, "practice"), "sprint")).to.equal(true);
			const slow = studentWithQuests(quests);
			slow.act({ kind: "assign_quest", quest_id: "sprint" });
			study(slow, "practice");
			slow.advance(10 * 60);
			expect(failed(slow.act({ kind: "tick" }), "sprint")).to.equal(`time ran out for "run"`);
			expect(slow.profile.quests.active.size()).to.equal(0);
		});

		it("perfect: consecutive perfect quizzes; an imperfect one starts again", () => {
			const student = studentWithQuests([
				quest("ace", [objective("quizzes", "perfect", "quizzes_completed", 2)]),
			]);
			student.act({ kind: "assign_quest", quest_id: "ace" });
			study(student, "quiz", "math", BEST_PERFORMANCE);
			study(student, "quiz", "math", PLAIN_PERFORMANCE);
			expect(completed(study(student, "quiz", "math", BEST_PERFORMANCE), "ace")).to.equal(false);
			expect(completed(study(student, "quiz", "math", BEST_PERFORMANCE), "ace")).to.equal(true);
		});

		it("sequence: by order; a later step does not count early", () => {
			const student = studentWithQuests([
				quest("steps", [
					objective("read", "sequence", "lessons_completed", 1, { order: 1 }),
					objective("test", "sequence", "quizzes_completed", 1, { order: 2 }),
				]),
			]);
			student.act({ kind: "assign_quest", quest_id: "steps" });
			expect(completed(study(student, "quiz"), "steps")).to.equal(false);
			study(student, "lesson");
			expect(completed(study(student, "quiz"), "steps")).to.equal(true);
		});

		it("unlocks, optional objectives and checkpoints", () => {
			const student = studentWithQuests([
				quest("project_week", [
					objective("plan", "complete", "lessons_completed", 1, { unlocks: ["build"] }),
					objective("build", "complete", "projects_completed", 2, {
						progress_tracking: { checkpoints: [{ value: 1, reward: { gems: 1 } }] },
					}),
					objective("extra", "complete", "reviews_completed", 5, { optional: true }),
				]),
			]);
			student.act({ kind: "assign_quest", quest_id: "project_week" });
			study(student, "project"); // locked: the plan is not done
			expect(student.profile.quest_progress.project_week.objectives[1].current).to.equal(0);
			study(student, "lesson");
			const checkpoint = study(student, "project");
			expect(checkpoint.some((e) => e.kind === "quest_checkpoint")).to.equal(true);
			expect(student.profile.currency.gems).to.equal(1);
			expect(completed(study(student, "project"), "project_week")).to.equal(true);
		});
	});
};
