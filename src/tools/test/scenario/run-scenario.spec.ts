import { runScenario } from "tools/scenario/run-scenario";
import { firstDifference } from "shared/test/helpers/deep-equal";

function week(seed: number) {
	const events = new Array<Record<string, unknown>>();
	for (let day = 1; day <= 5; day++) {
		const date = `2026-09-0${day}`;
		for (const userId of ["1", "2"]) events.push({ at: `${date}T08:00:00Z`, user_id: userId, kind: "join" });
		for (const userId of ["1", "2"]) {
			events.push({
				at: `${date}T08:10:00Z`,
				user_id: userId,
				kind: "activity",
				activity: day % 2 === 0 ? "quiz" : "lesson",
				performance: { perfect: userId === "1", time: 200, expected_time: 600, first_try: true },
			});
		}
		for (const userId of ["1", "2"]) events.push({ at: `${date}T09:00:00Z`, user_id: userId, kind: "leave" });
	}
	events.push({ at: "2026-09-05T10:00:00Z", user_id: "1", kind: "purchase", reward_id: "golden_pencil" });
	events.push({ at: "2026-09-08T08:00:00Z", kind: "tick" });
	return {
		seed,
		players: [
			{ user_id: "1", username: "ana" },
			{ user_id: "2", username: "ben" },
		],
		events,
	};
}

export = () => {
	describe("running a scenario", () => {
		it("reports every profile and every effect with its time and player", () => {
			const report = runScenario(week(3));
			const ana = report.players["1"];
			expect(ana.profile.username).to.equal("ana");
			expect(ana.stats.lessons_completed).to.equal(3);
			expect(ana.stats.study_streak.best).to.equal(5);
			const first = report.effects[0];
			expect(first.user_id).to.equal("1");
			expect(first.at).to.equal(1788249600 + 600);
		});

		it("reports a refused event as a rejected effect and goes on", () => {
			const report = runScenario(week(3));
			const refusals = report.effects.filter((effect) => effect.kind === "rejected");
			expect(refusals.size()).to.equal(1);
			expect(refusals[0].user_id).to.equal("1");
			expect(report.players["2"].stats.activities_completed).to.equal(5);
		});

		it("breaks a streak at its due time when a tick lets the days pass", () => {
			const report = runScenario(week(3));
			const last = report.effects[report.effects.size() - 1];
			expect(last.kind).to.equal("streak_changed");
			expect(report.players["1"].stats.study_streak.current).to.equal(0);
		});

		it("gives the same report for the same seed, and other ids for another seed", () => {
			expect(firstDifference(runScenario(week(3)), runScenario(week(3)))).to.equal(undefined);
			expect(runScenario(week(4)).players["1"].id).never.to.equal(runScenario(week(3)).players["1"].id);
		});
	});
};
