import {
	BEST_PERFORMANCE,
	DAY,
	effectsOfKind,
	HOUR,
	PLAIN_PERFORMANCE,
	rejection,
	TestStudent,
} from "../helpers/domain";

export = () => {
	describe("the study streak", () => {
		it("counts consecutive UTC calendar days with an activity", () => {
			const student = new TestStudent();
			student.activity("lesson");
			student.advance(HOUR);
			student.activity("lesson"); // same day: no change
			expect(student.profile.stats.study_streak.current).to.equal(1);
			student.advance(DAY);
			const effects = student.activity("lesson");
			expect(effectsOfKind(effects, "streak_changed")[0].current).to.equal(2);
			expect(student.profile.stats.study_streak.best).to.equal(2);
			expect(student.profile.stats.study_streak.last_active).to.equal(student.now);
		});

		it("uses UTC days, not 24 hours: 23:59 then 00:01 is two days", () => {
			const student = new TestStudent();
			student.now = 1788307140; // 2026-09-01T23:59:00Z
			student.activity("lesson");
			student.advance(120);
			student.activity("lesson");
			expect(student.profile.stats.study_streak.current).to.equal(2);
		});

		it("resets after a missed day: shown as 0 from the next tick, 1 again at the next activity", () => {
			const student = new TestStudent();
			for (let day = 0; day < 3; day++) {
				student.activity("lesson");
				student.advance(DAY);
			}
			student.advance(DAY); // a whole day without study
			const tick = student.act({ kind: "tick" });
			expect(effectsOfKind(tick, "streak_changed")[0].current).to.equal(0);
			expect(student.profile.stats.study_streak.best).to.equal(3);
			student.activity("lesson");
			expect(student.profile.stats.study_streak.current).to.equal(1);
		});
	});

	describe("activity statistics", () => {
		it("counts lessons, perfect quizzes, helping, activities and minutes of study", () => {
			const student = new TestStudent();
			student.activity("lesson", { ...PLAIN_PERFORMANCE, time: 900 });
			student.activity("reading");
			student.activity("quiz", BEST_PERFORMANCE);
			student.activity("quiz", PLAIN_PERFORMANCE);
			student.activity("help_classmate");
			const stats = student.profile.stats;
			expect(stats.lessons_completed).to.equal(2);
			expect(stats.quizzes_perfect).to.equal(1);
			expect(stats.helps_given).to.equal(1);
			expect(stats.activities_completed).to.equal(5);
			expect(stats.total_study_time).to.equal(15 + 10 + 1 + 10 + 10);
		});

		it("keeps accuracy_rate as the mean of the first activities and tracks improvement", () => {
			const student = new TestStudent();
			student.activity("quiz", { ...PLAIN_PERFORMANCE, accuracy: 0.5 });
			expect(student.profile.stats.accuracy_rate).to.equal(0.5);
			expect(student.profile.stats.improvement_rate).to.equal(0);
			student.activity("quiz", { ...PLAIN_PERFORMANCE, accuracy: 1 });
			expect(student.profile.stats.accuracy_rate).to.equal(0.75);
			expect(student.profile.stats.improvement_rate).to.equal(0.125);
		});

		it("grows mastery_score with accuracy and volume, up to 100", () => {
			const student = new TestStudent();
			student.activity("quiz", { ...PLAIN_PERFORMANCE, accuracy: 1 });
			expect(student.profile.stats.mastery_score).to.equal(2);
			for (let i = 0; i < 60; i++) student.activity("practice", { ...PLAIN_PERFORMANCE, accuracy: 1 });
			expect(student.profile.stats.mastery_score).to.equal(100);
		});

		it("counts a login day on the first join of each UTC day", () => {
			const student = new TestStudent();
			student.act({ kind: "join" });
			student.advance(HOUR);
			student.act({ kind: "join" });
			expect(student.profile.stats.login_days).to.equal(1);
			student.advance(DAY);
			student.act({ kind: "join" });
			expect(student.profile.stats.login_days).to.equal(2);
			expect(student.profile.profile.status).to.equal("online");
			student.act({ kind: "leave" });
			expect(student.profile.profile.status).to.equal("offline");
		});
	});

	describe("metrics", () => {
		it("adds to social counters, or sets them, as the catalog says", () => {
			const student = new TestStudent();
			student.act({ kind: "metric", metric: "helps_received", value: 2 });
			student.act({ kind: "metric", metric: "helps_received", value: 3 });
			student.act({ kind: "metric", metric: "friends_count", value: 4 });
			student.act({ kind: "metric", metric: "friends_count", value: 6 });
			expect(student.profile.stats.helps_received).to.equal(5);
			expect(student.profile.stats.friends_count).to.equal(6);
		});

		it("rejects an unknown metric by name", () => {
			const student = new TestStudent();
			expect(rejection(student.act({ kind: "metric", metric: "helps_givn", value: 1 }))).to.equal(
				'unknown metric "helps_givn"',
			);
		});
	});
};
