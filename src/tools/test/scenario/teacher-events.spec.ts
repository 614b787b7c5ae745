import { parseScenario } from "tools/scenario/parse-scenario";
import { ReportEffect, runScenario } from "tools/scenario/run-scenario";
import { errorOf } from "shared/test/helpers/domain";

/** 2026-09-02T08:00:00Z: the teacher's deadline, a day after the class quest is given. */
const DEADLINE = 1788336000;

function classDay(): Record<string, unknown> & { events: Record<string, unknown>[] } {
	return {
		seed: 3,
		players: [
			{ user_id: "1", username: "ana", class_id: "7b" },
			{ user_id: "2", username: "ben", class_id: "7b" },
		],
		events: [
			{ at: "2026-09-01T08:00:00Z", user_id: "1", kind: "join" },
			{ at: "2026-09-01T08:00:00Z", user_id: "2", kind: "join" },
			{ at: "2026-09-01T08:01:00Z", user_id: "1", kind: "grant", xp: 220, coins: 5, reason: "science fair" },
			{ at: "2026-09-01T08:02:00Z", user_id: "1", kind: "revoke", xp: 150, coins: 50, reason: "given twice" },
			// a quest whose requirements neither student meets: the teacher's call
			{
				at: "2026-09-01T08:03:00Z",
				user_id: "1",
				kind: "class_quest",
				quest_id: "tutorial_help_classmate",
				deadline: DEADLINE,
			},
			{
				at: "2026-09-01T08:03:00Z",
				user_id: "2",
				kind: "class_quest",
				quest_id: "tutorial_help_classmate",
				deadline: DEADLINE,
			},
			{ at: "2026-09-01T09:00:00Z", user_id: "2", kind: "end_class_quest", quest_id: "tutorial_help_classmate" },
			{ at: "2026-09-02T09:00:00Z", kind: "tick" },
		],
	};
}

function find(effects: readonly ReportEffect[], kind: string, userId: string) {
	return effects.filter((effect) => effect.kind === kind && effect.user_id === userId);
}

export = () => {
	describe("a scenario with the teacher's events", () => {
		it("runs revoke, class_quest and end_class_quest, and fails the class quest at the teacher's deadline", () => {
			const report = runScenario(classDay());
			const ana = report.players["1"];
			expect(ana.experience.total_xp).to.equal(70);
			const revoked = find(report.effects, "revoked", "1")[0] as Extract<ReportEffect, { kind: "revoked" }>;
			expect(revoked.xp).to.equal(150);
			expect(revoked.reason).to.equal("given twice");
			expect(find(report.effects, "quest_assigned", "2").size()).to.equal(1);
			expect(find(report.effects, "quest_ended", "2").size()).to.equal(1);
			expect(find(report.effects, "quest_failed", "2").size()).to.equal(0);
			const failed = find(report.effects, "quest_failed", "1");
			expect(failed.size()).to.equal(1);
			expect(failed[0].at).to.equal(DEADLINE);
			expect(
				find(report.effects, "rejected", "1").size() + find(report.effects, "rejected", "2").size(),
			).to.equal(0);
		});

		it("refuses a malformed teacher event before running, naming its path", () => {
			const cases: [(events: Record<string, unknown>[]) => void, string][] = [
				[(events) => (events[4].deadline = "2026-09-02T08:00:00Z"), "events[4].deadline: expected a Unix time"],
				[
					(events) => (events[3].reason = undefined),
					"events[3].reason: expected a non-empty string, got nothing",
				],
				[(events) => (events[6].quest_id = "tutorail"), `events[6].quest_id: unknown quest "tutorail"`],
			];
			for (const [breakIt, message] of cases) {
				const doc = classDay();
				breakIt(doc.events);
				const failure = errorOf(() => parseScenario(doc));
				if (failure === undefined || failure.find(message, 1, true)[0] === undefined) {
					error(`expected "${message}" in: ${failure}`);
				}
			}
		});
	});
};
