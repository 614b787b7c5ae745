import { ActivityPerformance } from "shared/domain/events";
import { plausibleAnswerTime } from "shared/domain/fair-play/answer-time";
import { fairPlayText } from "shared/domain/fair-play/fair-play-text";
import { utcDay } from "shared/domain/numbers";
import { DAY, effectsOfKind, PLAIN_PERFORMANCE, TestStudent } from "../helpers/domain";

/** The seed's formula, written out here apart from xp-calculator.ts: the mean of the multipliers that apply. */
function seedXp(base: number, multipliers: number[]): number {
	let sum = 0;
	for (const m of multipliers) sum += m;
	return math.floor(base * (sum / multipliers.size()));
}

/** Seconds to the next 00:00 UTC from `now`. */
const toMidnight = (now: number) => (utcDay(now) + 1) * DAY - now;

function quiz(student: TestStudent, setId?: string, performance: ActivityPerformance = PLAIN_PERFORMANCE) {
	const effects = student.act({ kind: "activity", activity: "quiz", set_id: setId, performance });
	student.advance(60);
	return effects;
}

const gained = (effects: ReturnType<typeof quiz>) =>
	effectsOfKind(effects, "xp_gained").reduce((sum, effect) => sum + effect.amount, 0);
const coins = (effects: ReturnType<typeof quiz>) =>
	effectsOfKind(effects, "currency_changed")
		.filter((effect) => effect.currency === "coins" && effect.reason === "quiz")
		.reduce((sum, effect) => sum + effect.delta, 0);

export = () => {
	describe("fair play: the daily XP cap per activity type", () => {
		it("grants quiz after quiz until the cap, cuts the one that crosses it, then grants nothing", () => {
			const student = new TestStudent();
			// start the day fresh, so the spec does not cross midnight
			student.advance(toMidnight(student.now) + 3600);
			const cap = student.catalog.settings.fair_play.daily_xp_cap.quiz;
			const perQuiz = seedXp(80, [1 + 0.05 * 1]); // streak 1 on the first study day
			let total = 0;
			let crossed = false;
			for (let i = 0; i < 100 && !crossed; i++) {
				const effects = quiz(student);
				const reduced = effectsOfKind(effects, "xp_reduced");
				if (total + perQuiz <= cap) {
					expect(gained(effects)).to.equal(perQuiz);
					expect(reduced.size()).to.equal(0);
					total += perQuiz;
				} else {
					crossed = true;
					expect(gained(effects)).to.equal(cap - total);
					expect(reduced.size()).to.equal(1);
					expect(reduced[0].reason).to.equal("daily_cap");
					expect(reduced[0].activity).to.equal("quiz");
					expect(reduced[0].activity_type).to.equal("quiz");
					expect(reduced[0].computed).to.equal(perQuiz);
					expect(reduced[0].granted).to.equal(cap - total);
					total = cap;
				}
			}
			expect(crossed).to.equal(true);
			expect(student.profile.experience.total_xp).to.equal(cap);
			const after = quiz(student);
			expect(gained(after)).to.equal(0);
			expect(coins(after)).to.equal(0);
			const reduced = effectsOfKind(after, "xp_reduced")[0];
			expect(reduced.granted).to.equal(0);
			expect(fairPlayText(reduced)!.find("no XP", 1, true)[0] !== undefined).to.equal(true);
		});

		it("scales the coins of the crossing activity by the same factor as its XP", () => {
			const student = new TestStudent();
			student.advance(toMidnight(student.now) + 3600);
			const cap = student.catalog.settings.fair_play.daily_xp_cap.quiz;
			const perQuiz = seedXp(80, [1.05]);
			const full = math.floor(cap / perQuiz);
			for (let i = 0; i < full; i++) expect(coins(quiz(student))).to.equal(8);
			const crossing = quiz(student);
			const granted = cap - full * perQuiz;
			expect(gained(crossing)).to.equal(granted);
			expect(coins(crossing)).to.equal(math.floor((8 * granted) / perQuiz));
		});

		it("counts each type apart, and starts again at 00:00 UTC", () => {
			const student = new TestStudent();
			student.advance(toMidnight(student.now) + 3600);
			const cap = student.catalog.settings.fair_play.daily_xp_cap.quiz;
			for (let i = 0; i < 100 && student.profile.fair_play.xp_by_type.quiz !== cap; i++) quiz(student);
			expect(student.profile.fair_play.xp_by_type.quiz).to.equal(cap);
			expect(gained(quiz(student))).to.equal(0);
			// a lesson is another type: not capped by the quizzes
			const lesson = student.activity("lesson");
			expect(gained(lesson)).to.equal(seedXp(50, [1.05]));
			student.advance(toMidnight(student.now) + 60);
			const nextDay = quiz(student);
			// streak 2 on the second study day
			expect(gained(nextDay)).to.equal(seedXp(80, [1.1]));
			expect(effectsOfKind(nextDay, "xp_reduced").size()).to.equal(0);
			expect(student.profile.fair_play.day).to.equal(utcDay(student.now));
		});

		it("still counts a capped activity for the statistics", () => {
			const student = new TestStudent();
			student.advance(toMidnight(student.now) + 3600);
			const cap = student.catalog.settings.fair_play.daily_xp_cap.quiz;
			for (let i = 0; i < 100 && student.profile.fair_play.xp_by_type.quiz !== cap; i++) quiz(student);
			const before = student.profile.stats.activities_completed;
			quiz(student);
			expect(student.profile.stats.activities_completed).to.equal(before + 1);
		});
	});

	describe("fair play: the same question set again the same day", () => {
		it("earns the repeat factors in turn, the last one repeating", () => {
			const student = new TestStudent();
			student.advance(toMidnight(student.now) + 3600);
			const factors = student.catalog.settings.fair_play.repeat_xp_factors;
			const full = seedXp(80, [1.05]);
			for (let run = 1; run <= factors.size() + 2; run++) {
				const effects = quiz(student, "fractions-1");
				const factor = factors[math.min(run, factors.size()) - 1];
				expect(gained(effects)).to.equal(math.floor(full * factor));
				const reduced = effectsOfKind(effects, "xp_reduced");
				if (factor < 1) {
					expect(reduced[0].reason).to.equal("repeat");
					expect(reduced[0].computed).to.equal(full);
					expect(reduced[0].granted).to.equal(math.floor(full * factor));
					expect(fairPlayText(reduced[0])).to.be.ok();
				} else expect(reduced.size()).to.equal(0);
			}
			expect(student.profile.fair_play.set_runs["fractions-1"]).to.equal(factors.size() + 2);
		});

		it("does not touch other sets, nor activities without a set", () => {
			const student = new TestStudent();
			student.advance(toMidnight(student.now) + 3600);
			const full = seedXp(80, [1.05]);
			quiz(student, "fractions-1");
			quiz(student, "fractions-1");
			expect(gained(quiz(student, "decimals-1"))).to.equal(full);
			expect(gained(quiz(student))).to.equal(full);
			expect(gained(quiz(student))).to.equal(full);
		});

		it("forgets yesterday's sets", () => {
			const student = new TestStudent();
			student.advance(toMidnight(student.now) + 3600);
			quiz(student, "fractions-1");
			quiz(student, "fractions-1");
			student.advance(toMidnight(student.now) + 60);
			expect(gained(quiz(student, "fractions-1"))).to.equal(seedXp(80, [1.1]));
			expect(student.profile.fair_play.set_runs["fractions-1"]).to.equal(1);
		});

		it("keeps at most 200 sets a day; a new set past them counts as a repeat at the last factor", () => {
			const student = new TestStudent();
			student.advance(toMidnight(student.now) + 3600);
			for (let i = 1; i <= 200; i++) student.profile.fair_play.set_runs[`set-${i}`] = 1;
			student.profile.fair_play.day = utcDay(student.now);
			const factors = student.catalog.settings.fair_play.repeat_xp_factors;
			const effects = quiz(student, "one-too-many");
			expect(gained(effects)).to.equal(math.floor(seedXp(80, [1.05]) * factors[factors.size() - 1]));
			expect(student.profile.fair_play.set_runs["one-too-many"]).to.equal(undefined);
		});
	});

	describe("fair play: rushed answers", () => {
		const FAST: ActivityPerformance = { perfect: false, time: 60, expected_time: 600, first_try: true };

		it("removes exactly the 1.2 speed bonus when any answer was rushed, and says so", () => {
			const student = new TestStudent();
			student.advance(toMidnight(student.now) + 3600);
			const honest = quiz(student, undefined, FAST);
			expect(gained(honest)).to.equal(seedXp(80, [1.2, 1.1, 1.05]));
			expect(effectsOfKind(honest, "speed_bonus_withheld").size()).to.equal(0);
			const rushed = quiz(student, undefined, { ...FAST, rushed_answers: 3 });
			expect(gained(rushed)).to.equal(seedXp(80, [1.1, 1.05]));
			const withheld = effectsOfKind(rushed, "speed_bonus_withheld");
			expect(withheld.size()).to.equal(1);
			expect(withheld[0].rushed_answers).to.equal(3);
			expect(fairPlayText(withheld[0])!.find("3 answers", 1, true)[0] !== undefined).to.equal(true);
		});

		it("changes nothing else for a slow activity, and counts rushed answers for life", () => {
			const student = new TestStudent();
			student.advance(toMidnight(student.now) + 3600);
			const slow = quiz(student, undefined, { ...PLAIN_PERFORMANCE, first_try: true, rushed_answers: 2 });
			expect(gained(slow)).to.equal(seedXp(80, [1.1, 1.05]));
			expect(effectsOfKind(slow, "speed_bonus_withheld").size()).to.equal(0);
			quiz(student, undefined, { ...FAST, rushed_answers: 5 });
			quiz(student, undefined, FAST);
			expect(student.profile.fair_play.rushed_answers).to.equal(7);
			student.advance(toMidnight(student.now) + 60);
			quiz(student);
			expect(student.profile.fair_play.rushed_answers).to.equal(7);
		});

		it("gives the server the least time a question can be read and answered in", () => {
			const settings = { min_seconds_per_word: 0.12, min_seconds_per_answer: 1 };
			expect(plausibleAnswerTime(0, settings)).to.equal(1);
			expect(plausibleAnswerTime(25, settings)).to.be.near(4, 1e-9);
			expect(plausibleAnswerTime(10, { min_seconds_per_word: 0.2, min_seconds_per_answer: 2 })).to.be.near(
				4,
				1e-9,
			);
			expect(pcall(() => plausibleAnswerTime(-1, settings))[0]).to.equal(false);
			expect(pcall(() => plausibleAnswerTime(0 / 0, settings))[0]).to.equal(false);
		});
	});

	describe("subject accuracy", () => {
		it("follows performance.accuracy per subject, smoothed like stats.accuracy_rate", () => {
			const student = new TestStudent();
			const act = (subject: string, accuracy: number) =>
				student.act({
					kind: "activity",
					activity: "practice",
					subject,
					performance: { ...PLAIN_PERFORMANCE, accuracy },
				});
			act("math", 0.5);
			expect(student.profile.subject_accuracy.math).to.equal(0.5);
			act("math", 1);
			expect(student.profile.subject_accuracy.math).to.be.near(0.75, 1e-9);
			act("math", 1);
			expect(student.profile.subject_accuracy.math).to.be.near(0.75 + 0.25 / 3, 1e-9);
			act("science", 0.2);
			expect(student.profile.subject_accuracy.science).to.be.near(0.2, 1e-9);
			expect(student.profile.subject_accuracy.math).to.be.near(0.75 + 0.25 / 3, 1e-9);
		});

		it("is left alone by an activity without a subject or without an accuracy", () => {
			const student = new TestStudent();
			student.act({ kind: "activity", activity: "practice", performance: { ...PLAIN_PERFORMANCE, accuracy: 1 } });
			student.act({ kind: "activity", activity: "practice", subject: "art", performance: PLAIN_PERFORMANCE });
			expect(next(student.profile.subject_accuracy)[0]).to.equal(undefined);
		});
	});
};
