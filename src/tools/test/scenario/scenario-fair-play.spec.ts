import { runScenario } from "tools/scenario/run-scenario";
import { parseScenario } from "tools/scenario/parse-scenario";

const quiz = (minute: number, changes: Record<string, unknown> = {}) => ({
	at: `2026-09-01T08:${minute < 10 ? `0${minute}` : minute}:00Z`,
	user_id: "1",
	kind: "activity",
	activity: "quiz",
	performance: { time: 600, expected_time: 600 },
	...changes,
});

/** One student's morning: a tight quiz cap from the scenario's own catalog, one set done three times, rushed answers, settings. */
function morning() {
	return {
		players: [
			{ user_id: "1", username: "ana" },
			{ user_id: "2", username: "ben" },
		],
		catalog: { settings: { fair_play: { daily_xp_cap: { quiz: 200 }, repeat_xp_factors: [1, 0.5] } } },
		events: [
			quiz(1, { set_id: "fractions-1" }),
			quiz(2, { set_id: "fractions-1" }),
			quiz(3, { performance: { time: 10, expected_time: 600, rushed_answers: 4 } }),
			quiz(4),
			{ at: "2026-09-01T08:05:00Z", user_id: "1", kind: "set_privacy", show_profile: true },
			{ at: "2026-09-01T08:06:00Z", user_id: "1", kind: "block_user", user_id_to_block: "2" },
		],
	};
}

export = () => {
	describe("fair play in a scenario", () => {
		it("reads set_id, rushed_answers and the settings events, and refuses a typo naming its path", () => {
			const doc = morning();
			const ok = { ...doc, events: doc.events.filter((event) => event.kind !== "block_user") };
			expect(parseScenario(ok).events.size()).to.equal(5);
			const [parsed, err] = pcall(() => parseScenario(doc));
			expect(parsed).to.equal(false);
			expect(tostring(err).find("events[5].user_id_to_block: unknown field", 1, true)[0]).to.be.ok();
		});

		it("reports the reductions as effects and keeps the counts in the profile", () => {
			const doc = morning();
			const report = runScenario({ ...doc, events: doc.events.filter((event) => event.kind !== "block_user") });
			const reduced = report.effects.filter((effect) => effect.kind === "xp_reduced") as unknown as {
				reason: string;
				computed: number;
				granted: number;
			}[];
			// streak 1: 84 XP a quiz; the repeat earns half, the third quiz takes the cap of 200 (84 + 42 + 74)
			expect(
				reduced.map((effect) => `${effect.reason} ${effect.computed}->${effect.granted}`).join(", "),
			).to.equal("repeat 84->42, daily_cap 84->74, daily_cap 84->0");
			const withheld = report.effects.filter((effect) => effect.kind === "speed_bonus_withheld");
			expect(withheld.size()).to.equal(1);
			const ana = report.players["1"];
			// only the quizzes' own XP is capped (the first quiz's achievement gives its XP as well)
			let quizXp = 0;
			for (const effect of report.effects) {
				if (effect.kind === "xp_gained" && effect.source === "quiz") quizXp += effect.amount;
			}
			expect(quizXp).to.equal(200);
			expect(ana.fair_play.xp_by_type.quiz).to.equal(200);
			expect(ana.fair_play.rushed_answers).to.equal(4);
			expect(ana.fair_play.set_runs["fractions-1"]).to.equal(2);
			expect(ana.settings.privacy.show_profile).to.equal(true);
		});
	});
};
