import { DAY, HOUR } from "../helpers/domain";
import { achievement, earned, study, studentWith, when } from "../helpers/achievements";

export = () => {
	describe("logic", () => {
		it("all: every condition must be met", () => {
			const student = studentWith(
				achievement("balanced", {
					type: "counter",
					logic: "all",
					conditions: [when("lessons_completed", 2), when("quizzes_completed", 1)],
				}),
			);
			study(student, "quiz");
			expect(earned(study(student, "lesson"), "balanced")).to.equal(false);
			expect(earned(study(student, "lesson"), "balanced")).to.equal(true);
		});

		it("any: one condition is enough", () => {
			const student = studentWith(
				achievement("either", {
					type: "counter",
					logic: "any",
					conditions: [when("lessons_completed", 3), when("projects_completed", 1)],
				}),
			);
			expect(earned(study(student, "lesson"), "either")).to.equal(false);
			expect(earned(study(student, "project"), "either")).to.equal(true);
		});

		it("sequence: the conditions are met in the listed order", () => {
			const student = studentWith(
				achievement("read_then_quiz", {
					type: "counter",
					logic: "sequence",
					conditions: [when("lessons_completed", 1), when("quizzes_completed", 1)],
				}),
			);
			expect(earned(study(student, "quiz"), "read_then_quiz")).to.equal(false);
			expect(earned(study(student, "lesson"), "read_then_quiz")).to.equal(false);
			expect(earned(study(student, "quiz"), "read_then_quiz")).to.equal(true);
		});

		it("operators other than >=: a condition met while the value stays under a limit", () => {
			const student = studentWith(
				achievement("exactly_two", { type: "counter", conditions: [when("projects_completed", 2, "==")] }),
			);
			expect(earned(study(student, "project"), "exactly_two")).to.equal(false);
			expect(earned(study(student, "project"), "exactly_two")).to.equal(true);
		});
	});

	describe("context filters", () => {
		it("counts only activities of the subject and difficulty asked for", () => {
			const student = studentWith(
				achievement("hard_math", {
					type: "counter",
					conditions: [when("quizzes_completed", 2, ">=", { subject: "math", difficulty: "hard" })],
				}),
			);
			study(student, "quiz", "math", undefined, "easy");
			study(student, "quiz", "science", undefined, "hard");
			expect(earned(study(student, "quiz", "math", undefined, "hard"), "hard_math")).to.equal(false);
			expect(earned(study(student, "quiz", "math", undefined, "hard"), "hard_math")).to.equal(true);
		});

		it("counts only inside the time frame (evening, UTC)", () => {
			const student = studentWith(
				achievement("night_owl", {
					type: "counter",
					conditions: [when("lessons_completed", 1, ">=", { time_frame: "evening" })],
				}),
			);
			expect(earned(study(student, "lesson"), "night_owl")).to.equal(false); // 08:00
			student.advance(10 * HOUR); // 18:00
			expect(earned(study(student, "lesson"), "night_owl")).to.equal(true);
		});
	});

	describe("gates", () => {
		it("prerequisites: a met achievement waits for its prerequisite and is earned in the same event as it", () => {
			const student = studentWith(
				achievement("quiz_fan", { type: "counter", conditions: [when("quizzes_completed", 3)] }),
				achievement("lesson_starter", {
					type: "counter",
					conditions: [when("lessons_completed", 1)],
					prerequisite_achievements: ["quiz_fan"],
				}),
			);
			expect(earned(study(student, "lesson"), "lesson_starter")).to.equal(false);
			study(student, "quiz");
			study(student, "quiz");
			const effects = study(student, "quiz");
			expect(earned(effects, "quiz_fan")).to.equal(true);
			expect(earned(effects, "lesson_starter")).to.equal(true);
		});

		it("level_requirement: met conditions wait for the level, earned at the level-up", () => {
			const student = studentWith(
				achievement("early_reader", {
					type: "counter",
					conditions: [when("lessons_completed", 1)],
					level_requirement: 2,
				}),
			);
			expect(earned(study(student, "lesson"), "early_reader")).to.equal(false);
			expect(earned(student.act({ kind: "grant", xp: 100, reason: "spec" }), "early_reader")).to.equal(true);
		});

		it("daily: the count must be reached within one UTC day", () => {
			const student = studentWith(
				achievement("busy_day", {
					type: "counter",
					conditions: [when("lessons_completed", 3)],
					time_constraint: { type: "daily" },
				}),
			);
			study(student, "lesson");
			study(student, "lesson");
			student.advance(DAY);
			expect(earned(study(student, "lesson"), "busy_day")).to.equal(false);
			study(student, "lesson");
			expect(earned(study(student, "lesson"), "busy_day")).to.equal(true);
		});

		it("within: the whole requirement within N minutes of its first progress", () => {
			const student = studentWith(
				achievement("quick_pair", {
					type: "counter",
					logic: "all",
					conditions: [when("lessons_completed", 1), when("quizzes_completed", 1)],
					time_constraint: { type: "within", duration: 30 },
				}),
			);
			study(student, "lesson");
			student.advance(31 * 60);
			// too late for the lesson: the window starts again with this quiz
			expect(earned(study(student, "quiz"), "quick_pair")).to.equal(false);
			student.advance(29 * 60);
			expect(earned(study(student, "lesson"), "quick_pair")).to.equal(true);
		});
	});
};
