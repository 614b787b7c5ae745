import { runScenario } from "tools/scenario/run-scenario";
import { errorOf, mentions } from "shared/test/helpers/domain";

const LESSON = { perfect: false, time: 800, expected_time: 900, first_try: true };

export = () => {
	describe("scenarios with quests", () => {
		it("run assign_quest, abandon_quest and rate_quest and report quest effects and statistics", () => {
			const report = runScenario({
				seed: 9,
				players: [{ user_id: "1", username: "ana" }],
				events: [
					{ at: "2026-09-07T08:00:00Z", user_id: "1", kind: "join" },
					{
						at: "2026-09-07T08:01:00Z",
						user_id: "1",
						kind: "assign_quest",
						quest_id: "tutorial_first_lesson",
					},
					{
						at: "2026-09-07T08:02:00Z",
						user_id: "1",
						kind: "assign_quest",
						quest_id: "daily_three_activities",
					},
					{
						at: "2026-09-07T08:03:00Z",
						user_id: "1",
						kind: "abandon_quest",
						quest_id: "daily_three_activities",
					},
					{
						at: "2026-09-07T08:20:00Z",
						user_id: "1",
						kind: "activity",
						activity: "lesson",
						performance: LESSON,
					},
					{
						at: "2026-09-07T08:30:00Z",
						user_id: "1",
						kind: "rate_quest",
						quest_id: "tutorial_first_lesson",
						rating: 5,
					},
				],
			});
			const kinds = report.effects.map((effect) => effect.kind);
			for (const kind of [
				"quest_assigned",
				"quest_progress",
				"quest_completed",
				"quest_abandoned",
				"quest_rated",
			]) {
				expect(kinds.includes(kind as never)).to.equal(true);
			}
			expect(report.statistics.quests.tutorial_first_lesson.rating.average).to.equal(5);
			expect(report.statistics.quests.daily_three_activities.abandonment_rate).to.equal(100);
		});

		it("fail a daily quest at midnight even when nothing happens", () => {
			const report = runScenario({
				players: [{ user_id: "1" }],
				events: [
					{
						at: "2026-09-07T08:00:00Z",
						user_id: "1",
						kind: "assign_quest",
						quest_id: "daily_three_activities",
					},
					{ at: "2026-09-09T08:00:00Z", kind: "tick" },
				],
			});
			const failure = report.effects.find((effect) => effect.kind === "quest_failed");
			expect(failure !== undefined && failure.at === 1788825600).to.equal(true); // 2026-09-08T00:00Z
		});

		it("name what is wrong in a quest event", () => {
			const doc = (event: Record<string, unknown>) => ({
				players: [{ user_id: "1" }],
				events: [{ at: "2026-09-07T08:00:00Z", user_id: "1", ...event }],
			});
			expect(
				mentions(
					errorOf(() => runScenario(doc({ kind: "assign_quest", quest_id: "tutorail" }))),
					`events[0].quest_id: unknown quest "tutorail"`,
				),
			).to.equal(true);
			expect(
				mentions(
					errorOf(() =>
						runScenario(doc({ kind: "rate_quest", quest_id: "tutorial_first_lesson", rating: 6 })),
					),
					"events[0].rating: expected a whole number of stars from 1 to 5, got 6",
				),
			).to.equal(true);
		});
	});
};
