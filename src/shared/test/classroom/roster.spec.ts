import { entryInWeek, newRosterEntry, refreshRosterEntry } from "shared/classroom/roster";

const NOW = 1_796_000_000;

export = () => {
	describe("refreshing a roster entry", () => {
		it("adds what the student did to this week's counters and takes the profile's level, XP and streak", () => {
			const entry = newRosterEntry(7, "Ana", NOW, "2026-W49");
			const once = refreshRosterEntry(
				entry,
				{
					display_name: "Ana",
					level: 3,
					xp_total: 420,
					streak: 2,
					at: NOW + 60,
					xp_gained: 40,
					activities: 1,
					achievements: ["first_steps"],
					answers: { math: { answered: 5, correct: 4 } },
				},
				"2026-W49",
			);
			const twice = refreshRosterEntry(
				once,
				{
					display_name: "Ana R",
					level: 4,
					xp_total: 500,
					streak: 3,
					at: NOW + 120,
					xp_gained: 80,
					activities: 2,
					achievements: ["first_steps", "sharp"],
					answers: { math: { answered: 5, correct: 5 }, science: { answered: 2, correct: 1 } },
				},
				"2026-W49",
			);
			expect(twice.xp_week).to.equal(120);
			expect(twice.activities_week).to.equal(3);
			expect(twice.achievements_week.join(",")).to.equal("first_steps,sharp");
			expect(twice.subjects_week.math.answered).to.equal(10);
			expect(twice.subjects_week.math.correct).to.equal(9);
			expect(twice.subjects_week.science.correct).to.equal(1);
			expect(twice.level).to.equal(4);
			expect(twice.display_name).to.equal("Ana R");
			expect(twice.last_active).to.equal(NOW + 120);
			expect(twice.joined_at).to.equal(NOW);
			// the entry it was given is left as it was
			expect(once.xp_week).to.equal(40);
			expect(entry.xp_week).to.equal(0);
		});

		it("starts the week's counters again when the week changed", () => {
			const lastWeek = refreshRosterEntry(
				newRosterEntry(7, "Ana", NOW, "2026-W48"),
				{
					display_name: "Ana",
					level: 3,
					xp_total: 420,
					streak: 2,
					at: NOW,
					xp_gained: 300,
					activities: 5,
					achievements: ["a"],
					answers: { math: { answered: 9, correct: 9 } },
				},
				"2026-W48",
			);
			const thisWeek = refreshRosterEntry(
				lastWeek,
				{ display_name: "Ana", level: 3, xp_total: 440, streak: 3, at: NOW + 86400, xp_gained: 20 },
				"2026-W49",
			);
			expect(thisWeek.week).to.equal("2026-W49");
			expect(thisWeek.xp_week).to.equal(20);
			expect(thisWeek.activities_week).to.equal(0);
			expect(thisWeek.achievements_week.size()).to.equal(0);
			expect(thisWeek.subjects_week.math).to.equal(undefined);
			expect(thisWeek.xp_total).to.equal(440);
		});

		it("counts a bad number from a caller as nothing, and never more right than answered", () => {
			const entry = refreshRosterEntry(
				newRosterEntry(7, "Ana", NOW, "2026-W49"),
				{
					display_name: "Ana",
					level: 1,
					xp_total: 0,
					streak: 0,
					at: NOW - 10,
					xp_gained: 0 / 0,
					activities: -3,
					answers: { math: { answered: 2, correct: 5 } },
				},
				"2026-W49",
			);
			expect(entry.xp_week).to.equal(0);
			expect(entry.activities_week).to.equal(0);
			expect(entry.subjects_week.math.correct).to.equal(2);
			expect(entry.last_active).to.equal(NOW);
		});

		it("shows an entry of an older week with zero counters", () => {
			const entry = newRosterEntry(7, "Ana", NOW, "2026-W48");
			entry.xp_week = 90;
			const shown = entryInWeek(entry, "2026-W49");
			expect(shown.xp_week).to.equal(0);
			expect(entry.xp_week).to.equal(90);
			expect(entryInWeek(entry, "2026-W48").xp_week).to.equal(90);
		});
	});
};
