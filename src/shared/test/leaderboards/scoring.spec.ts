import { LeaderboardDefinition } from "shared/catalog/types";
import { periodEnd, periodKey } from "shared/domain/leaderboards/periods";
import { encodeScore, MAX_EXACT_SCORE, scoreKey, TIE_RANGE } from "shared/domain/leaderboards/scores";
import { BEST_PERFORMANCE, catalogWith, HOUR, PLAIN_PERFORMANCE, TestStudent } from "../helpers/domain";
import { achievement, study, when } from "../helpers/achievements";

function board(id: string, configuration: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	return { id, name: id, configuration, ...extra };
}

function scoreOf(student: TestStudent, boardId: string): number | undefined {
	const definition = student.catalog.leaderboards.get(boardId)!;
	const period = periodKey(definition, student.now)!;
	return student.profile.leaderboard_scores[scoreKey(boardId, period)]?.score;
}

export = () => {
	describe("leaderboard scores, by type and aggregation", () => {
		it("points, time, level, achievement, streak, collection and accuracy boards score their metric", () => {
			const student = new TestStudent(
				catalogWith({
					leaderboards: [
						board("points", { type: "points" }),
						board("time", { type: "time" }),
						board("level", { type: "level" }),
						board("achievement", { type: "achievement" }),
						board("streak", { type: "streak" }),
						board("collection", { type: "collection" }),
						board("accuracy", { type: "accuracy" }),
					],
					achievements: [
						achievement(
							"first",
							{ type: "counter", conditions: [when("lessons_completed", 1)] },
							{ metadata: { points: 15 } },
						),
					],
					badges: [],
				}),
			);
			study(student, "lesson", "math", { ...PLAIN_PERFORMANCE, time: 600, accuracy: 0.5 });
			student.act({ kind: "grant", xp: 100, reason: "spec" });
			study(student, "quiz", "math", { ...PLAIN_PERFORMANCE, time: 300, accuracy: 1 });
			expect(scoreOf(student, "points")).to.equal(student.profile.experience.total_xp);
			expect(scoreOf(student, "time")).to.equal(15);
			expect(scoreOf(student, "level")).to.equal(student.profile.experience.level);
			expect(scoreOf(student, "achievement")).to.equal(15);
			expect(scoreOf(student, "streak")).to.equal(1);
			expect(scoreOf(student, "accuracy")).to.equal(0.75);
			expect(scoreOf(student, "collection")).to.equal(undefined);
		});

		it("aggregates sum, average, max and latest over the period", () => {
			const metric = "study_minutes";
			const student = new TestStudent(
				catalogWith({
					leaderboards: ["sum", "average", "max", "latest"].map((aggregation) =>
						board(aggregation, { type: "time", metric, calculation: { aggregation } }),
					),
				}),
			);
			for (const minutes of [10, 30, 20])
				study(student, "practice", "math", { ...PLAIN_PERFORMANCE, time: minutes * 60 });
			expect(scoreOf(student, "sum")).to.equal(60);
			expect(scoreOf(student, "average")).to.equal(20);
			expect(scoreOf(student, "max")).to.equal(30);
			expect(scoreOf(student, "latest")).to.equal(20);
		});

		it("composite boards weigh their metrics", () => {
			const student = new TestStudent(
				catalogWith({
					leaderboards: [
						board("mastery", {
							type: "composite",
							calculation: {
								weights: [
									{ metric: "lessons_completed", weight: 1 },
									{ metric: "quizzes_perfect", weight: 3 },
								],
							},
						}),
					],
				}),
			);
			study(student, "lesson");
			study(student, "quiz", "math", BEST_PERFORMANCE);
			study(student, "quiz", "math", BEST_PERFORMANCE);
			expect(scoreOf(student, "mastery")).to.equal(1 + 3 * 2);
		});
	});

	describe("periods", () => {
		const at = 1788264000; // Tuesday 2026-09-01T12:00:00Z
		const make = (period: string) =>
			catalogWith({
				leaderboards: [
					board(
						"b",
						{ type: "points", period },
						{
							seasons: { current_season: { id: "fall", started_at: at - HOUR, ends_at: at + HOUR } },
						},
					),
				],
			}).leaderboards.get("b")! as LeaderboardDefinition;

		it("each period is its own board, ending at 00:00 UTC, Monday 00:00 UTC, the 1st, or the season's end", () => {
			expect(periodKey(make("daily"), at)).to.equal("day-2026-09-01");
			expect(periodEnd(make("daily"), at)).to.equal(1788307200);
			expect(periodKey(make("weekly"), at)).to.equal("week-2026-08-31");
			expect(periodEnd(make("weekly"), at)).to.equal(1788739200); // Monday 2026-09-07
			expect(periodKey(make("monthly"), at)).to.equal("2026-09");
			expect(periodEnd(make("monthly"), at)).to.equal(1790812800); // 2026-10-01
			expect(periodKey(make("seasonal"), at)).to.equal("fall");
			// season rollover: the next season follows at once, as long, numbered after it
			expect(periodKey(make("seasonal"), at + 2 * HOUR)).to.equal("fall-2");
			expect(periodEnd(make("seasonal"), at + 2 * HOUR)).to.equal(at + 3 * HOUR);
			expect(periodKey(make("seasonal"), at - 2 * HOUR)).to.equal(undefined);
			expect(periodKey(make("all-time"), at)).to.equal("all");
			expect(periodEnd(make("all-time"), at)).to.equal(0);
		});

		it("a new period starts from zero and the profile keeps only the current one", () => {
			const student = new TestStudent(
				catalogWith({ leaderboards: [board("daily", { type: "time", period: "daily" })] }),
			);
			study(student, "practice");
			student.advance(24 * HOUR);
			study(student, "practice");
			expect(scoreOf(student, "daily")).to.equal(10);
			let keys = 0;
			for (const [key] of pairs(student.profile.leaderboard_scores)) if (key !== undefined) keys += 1;
			expect(keys).to.equal(1);
		});
	});

	describe("the stored integer", () => {
		it("orders by score, then by the tie-breaker, exactly up to the documented maximum", () => {
			const catalog = catalogWith({
				leaderboards: [
					board("earliest", { type: "points", calculation: { tie_breaker: "earliest" } }),
					board("latest", { type: "points", calculation: { tie_breaker: "latest" } }),
				],
			});
			const first = new TestStudent(catalog);
			const second = new TestStudent(catalog);
			first.act({ kind: "grant", xp: 50, reason: "spec" });
			second.advance(HOUR);
			second.act({ kind: "grant", xp: 50, reason: "spec" });
			const encoded = (student: TestStudent, id: string) =>
				encodeScore(
					catalog.leaderboards.get(id)!,
					student.profile,
					periodKey(catalog.leaderboards.get(id)!, student.now)!,
				);
			expect(encoded(first, "earliest") > encoded(second, "earliest")).to.equal(true);
			expect(encoded(first, "latest") < encoded(second, "latest")).to.equal(true);
			expect(math.floor(encoded(first, "earliest") / TIE_RANGE)).to.equal(5000);
			expect(MAX_EXACT_SCORE * 100 * TIE_RANGE + TIE_RANGE <= 9007199254740992).to.equal(true);
		});
	});
};
