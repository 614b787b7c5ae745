import { runScenario } from "tools/scenario/run-scenario";
import { friendsView, rankEntries } from "shared/domain/leaderboards/ranking";

const LESSON = (minutes: number) => ({ perfect: false, time: minutes * 60, expected_time: 3600, first_try: false });

function classScenario(leaderboards: unknown[], extraEvents: Record<string, unknown>[] = []) {
	return {
		seed: 1,
		catalog: { leaderboards },
		players: [
			{
				user_id: "1",
				username: "ana",
				class_id: "7a",
				school_id: "north",
				country: "US",
				public: true,
				friends: ["2"],
			},
			{ user_id: "2", username: "ben", class_id: "7a", school_id: "north", country: "FR", friends: ["1"] },
			{ user_id: "3", username: "cy", class_id: "7b", school_id: "north", country: "US", public: true },
			{ user_id: "4", username: "di", class_id: "7b", school_id: "south", country: "US", public: true },
		],
		events: [
			{
				at: "2026-09-07T08:00:00Z",
				user_id: "1",
				kind: "activity",
				activity: "practice",
				performance: LESSON(30),
			},
			{
				at: "2026-09-07T08:00:00Z",
				user_id: "2",
				kind: "activity",
				activity: "practice",
				performance: LESSON(40),
			},
			{
				at: "2026-09-07T08:00:00Z",
				user_id: "3",
				kind: "activity",
				activity: "practice",
				performance: LESSON(20),
			},
			{
				at: "2026-09-07T08:00:00Z",
				user_id: "4",
				kind: "activity",
				activity: "practice",
				performance: LESSON(10),
			},
			...extraEvents,
		],
	};
}

function board(id: string, configuration: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	return { id, name: id, configuration: { type: "time", ...configuration }, ...extra };
}

/** A weekly class board with every kind of prize: tiers, participation and a titled milestone. */
function prizedWeekly() {
	return board(
		"weekly",
		{ scope: "class", period: "weekly" },
		{
			visibility: "private",
			rewards: {
				enabled: true,
				distribution: [
					{ rank_range: { min: 1, max: 1 }, rewards: { gems: 3 } },
					{ percentage_range: { min: 51, max: 100 }, rewards: { gems: 1 } },
				],
				participation: { minimum_score: 15, reward: { coins: 7 } },
				milestones: [{ rank: 1, title: "Weekly Champion" }],
			},
		},
	);
}

function ids(entries: { user_id: string }[]) {
	return entries.map((entry) => entry.user_id).join(",");
}

export = () => {
	describe("leaderboard scopes and privacy", () => {
		it("class, school and regional boards rank each group apart", () => {
			const report = runScenario(
				classScenario([
					board("class", { scope: "class" }, { visibility: "private" }),
					board("school", { scope: "school" }, { visibility: "private" }),
					board("region", { scope: "regional" }, { visibility: "private" }),
				]),
			);
			const inGroup = (id: string, group: string) =>
				ids(report.leaderboards[id].entries.filter((entry) => entry.group === group));
			expect(inGroup("class", "7a")).to.equal("2,1");
			expect(inGroup("class", "7b")).to.equal("3,4");
			expect(inGroup("school", "north")).to.equal("2,1,3");
			expect(inGroup("school", "south")).to.equal("4");
			expect(inGroup("region", "US")).to.equal("1,3,4");
			expect(report.leaderboards.region.entries.find((e) => e.user_id === "2")!.rank).to.equal(1);
		});

		it("a private student never appears on a public board; a friends board shows only friends", () => {
			const report = runScenario(
				classScenario([
					board("global", { scope: "global" }),
					board("friends", { scope: "friends" }, { visibility: "private" }),
				]),
			);
			expect(ids(report.leaderboards.global.entries)).to.equal("1,3,4");
			const everyone = report.leaderboards.friends.entries.map((e) => ({
				...e,
				encoded: e.score,
				display_name: "",
				last_update: 0,
			}));
			expect(ids(friendsView(rankEntries(everyone), "1", ["2"]))).to.equal("2,1");
		});

		it("filters keep out students below min_level or min_activities", () => {
			const report = runScenario(
				classScenario(
					[board("filtered", { scope: "global", filters: { min_activities: 2 } })],
					[
						{
							at: "2026-09-07T09:00:00Z",
							user_id: "3",
							kind: "activity",
							activity: "practice",
							performance: LESSON(1),
						},
					],
				),
			);
			expect(ids(report.leaderboards.filtered.entries)).to.equal("3");
		});
	});

	describe("period end", () => {
		it("a weekly board closes at Monday 00:00 UTC: archived once, prizes paid once, a new week from zero", () => {
			const scenario = classScenario([prizedWeekly()], [{ at: "2026-09-15T08:00:00Z", kind: "tick" }]);
			// classes of two count here (the default min_class_size is 3)
			const report = runScenario({
				...scenario,
				catalog: { ...scenario.catalog, settings: { min_class_size: 2 } },
			});
			const archived = report.effects.filter((effect) => effect.kind === "leaderboard_archived");
			expect(archived.size()).to.equal(2); // one per class, once
			expect(archived.every((effect) => effect.at === 1789344000)).to.equal(true); // Monday 2026-09-14
			expect(report.players["2"].currency.gems).to.equal(3);
			expect(report.players["1"].currency.gems).to.equal(1);
			expect(report.players["2"].profile.titles_earned.includes("Weekly Champion")).to.equal(true);
			expect(report.players["1"].currency.coins - 3).to.equal(7);
			expect(report.players["4"].currency.coins - 3).to.equal(0);
			expect(report.leaderboards.weekly.previous_seasons.size()).to.equal(2);
			expect(report.leaderboards.weekly.previous_seasons[0].winner_id).to.equal("2");
			expect(report.leaderboards.weekly.period).to.equal("week-2026-09-14");
			expect(report.leaderboards.weekly.entries.size()).to.equal(0);
			// nobody has played in the new week yet: every one of last week's players is missing
			expect(report.leaderboards.weekly.statistics.churn_rate).to.equal(1);
		});

		it("a class board below settings.min_class_size closes with no winner: nothing archived, no prize", () => {
			const scenario = classScenario([prizedWeekly()], [{ at: "2026-09-15T08:00:00Z", kind: "tick" }]);
			// both classes have two students who scored: one short of the default 3
			const report = runScenario(scenario);
			expect(report.effects.some((effect) => effect.kind === "leaderboard_archived")).to.equal(false);
			expect(report.leaderboards.weekly.previous_seasons.size()).to.equal(0);
			for (const userId of ["1", "2", "3", "4"]) {
				expect(report.players[userId].currency.gems).to.equal(0);
				expect(report.players[userId].profile.titles_earned.includes("Weekly Champion")).to.equal(false);
			}
			expect(report.leaderboards.weekly.period).to.equal("week-2026-09-14");
		});

		it("ties are broken as configured, and movement is reported", () => {
			const report = runScenario({
				players: [
					{ user_id: "1", class_id: "a" },
					{ user_id: "2", class_id: "a" },
				],
				catalog: {
					leaderboards: [
						board(
							"tied",
							{ scope: "class", calculation: { tie_breaker: "earliest" } },
							{ visibility: "private" },
						),
					],
				},
				events: [
					{
						at: "2026-09-07T08:00:00Z",
						user_id: "2",
						kind: "activity",
						activity: "practice",
						performance: LESSON(30),
					},
					{
						at: "2026-09-07T10:00:00Z",
						user_id: "1",
						kind: "activity",
						activity: "practice",
						performance: LESSON(30),
					},
				],
			});
			expect(ids(report.leaderboards.tied.entries)).to.equal("2,1");
			const changes = report.effects.filter((effect) => effect.kind === "rank_changed");
			expect(changes.size() >= 2).to.equal(true);
		});
	});
};
