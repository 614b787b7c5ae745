import { BEST_PERFORMANCE, DAY, HOUR, PLAIN_PERFORMANCE } from "../helpers/domain";
import { achievement, earned, study, studentWith, when } from "../helpers/achievements";

export = () => {
	describe("each requirement type awards exactly when it is met", () => {
		it("counter: the third lesson, not the second", () => {
			const student = studentWith(
				achievement("three_lessons", { type: "counter", conditions: [when("lessons_completed", 3)] }),
			);
			expect(earned(study(student, "lesson"), "three_lessons")).to.equal(false);
			expect(earned(study(student, "reading"), "three_lessons")).to.equal(false);
			expect(earned(study(student, "quiz"), "three_lessons")).to.equal(false);
			expect(earned(study(student, "lesson"), "three_lessons")).to.equal(true);
			expect(earned(study(student, "lesson"), "three_lessons")).to.equal(false);
		});

		it("counter: adds the value a metric event reports", () => {
			const student = studentWith(
				achievement("helper", { type: "counter", conditions: [when("helps_received", 5)] }),
			);
			expect(earned(student.act({ kind: "metric", metric: "helps_received", value: 4 }), "helper")).to.equal(
				false,
			);
			expect(earned(student.act({ kind: "metric", metric: "helps_received", value: 1 }), "helper")).to.equal(
				true,
			);
		});

		it("threshold: when the level reaches 3, from the XP that crosses it", () => {
			const student = studentWith(achievement("level_3", { type: "threshold", conditions: [when("level", 3)] }));
			expect(earned(student.act({ kind: "grant", xp: 249, reason: "spec" }), "level_3")).to.equal(false);
			expect(earned(student.act({ kind: "grant", xp: 1, reason: "spec" }), "level_3")).to.equal(true);
		});

		it("threshold: compares the latest value, not a sum", () => {
			const student = studentWith(
				achievement("sharp", { type: "threshold", conditions: [when("accuracy", 0.9)] }),
			);
			for (let i = 0; i < 5; i++) {
				expect(
					earned(study(student, "quiz", "math", { ...PLAIN_PERFORMANCE, accuracy: 0.5 }), "sharp"),
				).to.equal(false);
			}
			expect(earned(study(student, "quiz", "math", { ...PLAIN_PERFORMANCE, accuracy: 0.95 }), "sharp")).to.equal(
				true,
			);
		});

		it("collection: when the last listed subject is studied, whatever the order", () => {
			const student = studentWith(
				achievement("all_rounder", {
					type: "collection",
					conditions: [when("subjects_studied", ["math", "science", "history"])],
				}),
			);
			expect(earned(study(student, "lesson", "science"), "all_rounder")).to.equal(false);
			expect(earned(study(student, "lesson", "science"), "all_rounder")).to.equal(false);
			expect(earned(study(student, "lesson", "art"), "all_rounder")).to.equal(false);
			expect(earned(study(student, "lesson", "math"), "all_rounder")).to.equal(false);
			expect(earned(study(student, "lesson", "history"), "all_rounder")).to.equal(true);
		});

		it("sequence: each step counts only after the one before it", () => {
			const student = studentWith(
				achievement("learn_practise_test", {
					type: "sequence",
					conditions: [
						when("lessons_completed", 1),
						when("practices_completed", 2),
						when("quizzes_completed", 1),
					],
				}),
			);
			expect(earned(study(student, "quiz"), "learn_practise_test")).to.equal(false); // too early: not counted
			expect(earned(study(student, "practice"), "learn_practise_test")).to.equal(false); // too early too
			study(student, "lesson");
			study(student, "practice");
			expect(earned(study(student, "quiz"), "learn_practise_test")).to.equal(false); // one practice missing
			study(student, "practice");
			expect(student.profile.achievement_progress.learn_practise_test.step).to.equal(2);
			expect(earned(study(student, "quiz"), "learn_practise_test")).to.equal(true);
		});

		it("time_limit: five practice sets within 60 minutes, the window sliding", () => {
			const student = studentWith(
				achievement("sprint", {
					type: "time_limit",
					conditions: [when("practices_completed", 5)],
					time_constraint: { type: "within", duration: 60 },
				}),
			);
			for (let i = 0; i < 4; i++) {
				expect(earned(study(student, "practice"), "sprint")).to.equal(false);
				student.advance(20 * 60);
			}
			// 80 minutes after the first: the first two are out of the window
			expect(earned(study(student, "practice"), "sprint")).to.equal(false);
			student.advance(60);
			expect(earned(study(student, "practice"), "sprint")).to.equal(false);
			student.advance(60);
			expect(earned(study(student, "practice"), "sprint")).to.equal(true);
		});

		it("perfect: three perfect quizzes in a row; an imperfect one starts again", () => {
			const student = studentWith(
				achievement("flawless", { type: "perfect", conditions: [when("quizzes_completed", 3)] }),
			);
			study(student, "quiz", "math", BEST_PERFORMANCE);
			study(student, "quiz", "math", BEST_PERFORMANCE);
			expect(earned(study(student, "quiz", "math", PLAIN_PERFORMANCE), "flawless")).to.equal(false);
			study(student, "quiz", "math", BEST_PERFORMANCE);
			expect(earned(study(student, "quiz", "math", BEST_PERFORMANCE), "flawless")).to.equal(false);
			expect(earned(study(student, "quiz", "math", BEST_PERFORMANCE), "flawless")).to.equal(true);
		});

		it("streak: quizzes on three consecutive UTC days; a missed day starts again", () => {
			const student = studentWith(
				achievement("quiz_streak", { type: "streak", conditions: [when("quizzes_completed", 3)] }),
			);
			study(student, "quiz");
			student.advance(HOUR);
			study(student, "quiz"); // same day: still 1
			student.advance(DAY);
			expect(earned(study(student, "quiz"), "quiz_streak")).to.equal(false);
			student.advance(2 * DAY); // a day missed
			expect(earned(study(student, "quiz"), "quiz_streak")).to.equal(false);
			student.advance(DAY);
			expect(earned(study(student, "quiz"), "quiz_streak")).to.equal(false);
			student.advance(DAY);
			expect(earned(study(student, "quiz"), "quiz_streak")).to.equal(true);
		});

		it("streak: weekly periods with a weekly time constraint", () => {
			const student = studentWith(
				achievement("weekly_regular", {
					type: "streak",
					conditions: [when("lessons_completed", 2)],
					time_constraint: { type: "weekly" },
				}),
			);
			expect(earned(study(student, "lesson"), "weekly_regular")).to.equal(false);
			student.advance(2 * DAY); // same week (Tuesday to Thursday)
			expect(earned(study(student, "lesson"), "weekly_regular")).to.equal(false);
			student.advance(5 * DAY); // the next week
			expect(earned(study(student, "lesson"), "weekly_regular")).to.equal(true);
		});

		it("unique: four different activities, repeats not counted", () => {
			const student = studentWith(
				achievement("explorer", { type: "unique", conditions: [when("activities_completed", 4)] }),
			);
			for (const id of ["lesson", "lesson", "quiz", "quiz", "practice"]) {
				expect(earned(study(student, id), "explorer")).to.equal(false);
			}
			expect(earned(study(student, "flashcards"), "explorer")).to.equal(true);
		});
	});
};
