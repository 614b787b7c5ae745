import { runScenario } from "tools/scenario/run-scenario";
import { errorOf, mentions } from "shared/test/helpers/domain";

function classOfTwo(events: Record<string, unknown>[]) {
	return {
		seed: 5,
		players: [
			{ user_id: "1", username: "ana" },
			{ user_id: "2", username: "ben" },
		],
		events: [
			{ at: "2026-09-07T08:00:00Z", user_id: "1", kind: "join" },
			{ at: "2026-09-07T08:00:00Z", user_id: "2", kind: "join" },
			...events,
		],
	};
}

export = () => {
	describe("scenarios with achievements and badges", () => {
		it("report achievement_earned and badge_awarded effects and the statistics", () => {
			const report = runScenario(
				classOfTwo([
					{
						at: "2026-09-07T08:10:00Z",
						user_id: "1",
						kind: "activity",
						activity: "lesson",
						performance: { perfect: false, time: 800, expected_time: 900, first_try: true },
					},
				]),
			);
			const kinds = report.effects.map((effect) => effect.kind);
			expect(kinds.includes("achievement_earned")).to.equal(true);
			expect(kinds.includes("badge_awarded")).to.equal(true);
			expect(report.statistics.achievements.first_lesson.first_earned_by).to.equal("1");
			expect(report.statistics.badges.first_steps.unique_owners).to.equal(1);
		});

		it("run equip_badge, unequip_badge, buy_badge, gift and set_showcase", () => {
			const report = runScenario(
				classOfTwo([
					{ at: "2026-09-07T08:05:00Z", user_id: "1", kind: "grant", coins: 200, reason: "prize" },
					{ at: "2026-09-07T08:06:00Z", user_id: "1", kind: "buy_badge", badge_id: "pencil_pusher" },
					{ at: "2026-09-07T08:07:00Z", user_id: "1", kind: "equip_badge", badge_id: "pencil_pusher" },
					{ at: "2026-09-07T08:08:00Z", user_id: "1", kind: "unequip_badge", badge_id: "pencil_pusher" },
					{
						at: "2026-09-07T08:09:00Z",
						user_id: "1",
						kind: "gift",
						to_user_id: "2",
						badge_id: "pencil_pusher",
					},
					{ at: "2026-09-07T08:10:00Z", user_id: "2", kind: "gift", to_user_id: "1", badge_id: "thank_you" },
					{
						at: "2026-09-07T08:11:00Z",
						user_id: "1",
						kind: "activity",
						activity: "lesson",
						performance: { perfect: false, time: 800, expected_time: 900, first_try: true },
					},
					{
						at: "2026-09-07T08:12:00Z",
						user_id: "1",
						kind: "set_showcase",
						achievement_ids: ["first_lesson"],
					},
				]),
			);
			const refusals = report.effects.filter((effect) => effect.kind === "rejected");
			expect(refusals.size()).to.equal(0);
			expect(report.players["2"].badges_owned.pencil_pusher.quantity).to.equal(1);
			expect(report.players["1"].badges_owned.pencil_pusher).to.equal(undefined);
			expect(report.players["1"].badges_owned.thank_you.quantity).to.equal(1);
			expect(report.players["1"].achievements.showcase[0]).to.equal("first_lesson");
			expect(report.statistics.badges.pencil_pusher.trade_volume).to.equal(1);
		});

		it("name what is wrong in a badge or gift event", () => {
			const unknownBadge = classOfTwo([
				{ at: "2026-09-07T08:05:00Z", user_id: "1", kind: "equip_badge", badge_id: "gold_starr" },
			]);
			expect(
				mentions(
					errorOf(() => runScenario(unknownBadge)),
					`events[2].badge_id: unknown badge "gold_starr"`,
				),
			).to.equal(true);
			const noRecipient = classOfTwo([
				{ at: "2026-09-07T08:05:00Z", user_id: "1", kind: "gift", to_user_id: "9", badge_id: "thank_you" },
			]);
			expect(
				mentions(
					errorOf(() => runScenario(noRecipient)),
					`events[2].to_user_id: "9" is not in players`,
				),
			).to.equal(true);
			const both = classOfTwo([
				{
					at: "2026-09-07T08:05:00Z",
					user_id: "1",
					kind: "gift",
					to_user_id: "2",
					badge_id: "thank_you",
					item_id: "snack_pack",
				},
			]);
			expect(
				mentions(
					errorOf(() => runScenario(both)),
					"either a badge_id or an item_id",
				),
			).to.equal(true);
		});
	});
};
