import { getPublicCatalog } from "shared/catalog";
import {
	createDefaultProfile,
	Effect,
	memoryStockLedger,
	processEvent,
	readGameEvent,
	refusalText,
	Rng,
} from "shared/domain";
import {
	addStudent,
	answerQuestion,
	endQuiz,
	nextQuestion,
	pauseQuiz,
	resumeQuiz,
	revealAnswer,
	skipQuestion,
	tickQuiz,
} from "shared/classroom/live-quiz";
import { LiveQuiz } from "shared/classroom/live-quiz-state";
import { LiveQuizResult, quizRecord, quizResults, ResultContext } from "shared/classroom/live-quiz-results";
import { teacherView } from "shared/classroom/live-quiz-views";
import { TERM_START } from "../helpers/domain";
import { accepted, refusalOf, startedQuiz } from "../helpers/live-quiz";

const T = TERM_START;
const catalog = getPublicCatalog();
const context: ResultContext = { pace: catalog.settings.fair_play };

/**
 * The XP formula of gamification-models.md ("XP Calculation System"), written out again here so
 * the rules are checked against the document, not against themselves: the mean of 1.5 for
 * perfect, 1.2 when time < expected_time x 0.5, 1.1 for a first try and min(1 + streak x 0.05,
 * 2.0), times base XP and the boost, floored.
 */
function modelXp(baseXp: number, perfect: boolean, fast: boolean, firstTry: boolean, streak: number): number {
	const multipliers = new Array<number>();
	if (perfect) multipliers.push(1.5);
	if (fast) multipliers.push(1.2);
	if (firstTry) multipliers.push(1.1);
	multipliers.push(math.min(1 + streak * 0.05, 2.0));
	let sum = 0;
	for (const multiplier of multipliers) sum += multiplier;
	const boost = 1;
	return math.floor(baseXp * (sum / multipliers.size()) * boost);
}

/** The XP a result's event gives a fresh profile, and the effects. */
function xpOnFreshProfile(result: LiveQuizResult): { xp: number; effects: Effect[] } {
	const read = readGameEvent(result.event, catalog, { kinds: ["activity"] });
	// the event must be one the rules' schema takes as it is, as the server sends it through readGameEvent
	if (!read.ok) error(`the result's event is refused: ${refusalText(read)}`);
	const ctx = { now: T + 600, rng: new Rng(1), catalog, stock: memoryStockLedger() };
	const effects = processEvent(createDefaultProfile(), result.event, ctx).effects;
	let xp = 0;
	for (const effect of effects) if (effect.kind === "xp_gained" && effect.source === "quiz") xp += effect.amount;
	return { xp, effects };
}

function resultOf(results: LiveQuizResult[], userId: number): LiveQuizResult {
	const found = results.find((result) => result.user_id === userId);
	if (found === undefined) error(`no result for student ${userId}`);
	return found;
}

/** What the spec itself saw answered, per question number: the ledger the quiz's counts must match. */
interface Given {
	readonly userId: number;
	readonly number: number;
	readonly text: string;
	readonly right: boolean;
}

export = () => {
	describe("the issue's live quiz: 5 questions with pause, skip and an early end", () => {
		const A = 1;
		const B = 2;
		const C = 3;
		const D = 4;
		const ledger = new Array<Given>();
		let quiz: LiveQuiz;
		let lateTry = "";
		const give = (userId: number, number: number, text: string, right: boolean, at: number) => {
			quiz = accepted(answerQuestion(quiz, userId, number, text, T + at));
			ledger.push({ userId, number, text, right });
		};

		beforeAll(() => {
			quiz = startedQuiz([A, B, C], "accuracy", 20);
			// question 1, paused for half a minute in the middle, then revealed
			give(A, 1, "5", true, 5);
			give(B, 1, "2", false, 8);
			quiz = accepted(pauseQuiz(quiz, T + 10));
			quiz = accepted(resumeQuiz(quiz, T + 40));
			give(C, 1, "5", true, 42);
			quiz = accepted(revealAnswer(quiz, T + 45));
			// question 2, skipped: it counts for nobody
			quiz = accepted(nextQuestion(quiz, T + 50));
			give(A, 2, "1/2", true, 53);
			give(B, 2, "1/2", true, 55);
			quiz = accepted(skipQuestion(quiz, T + 57));
			// question 3 (true/false) runs out of time; D arrives meanwhile
			give(A, 3, "True", true, 60);
			give(B, 3, "true", true, 62);
			give(C, 3, "TRUE", true, 64);
			quiz = accepted(addStudent(quiz, D, T + 70));
			quiz = tickQuiz(quiz, T + 79);
			lateTry = refusalOf(answerQuestion(quiz, B, 3, "False", T + 79));
			// question 4, revealed with C silent; then the teacher ends before question 5
			quiz = accepted(nextQuestion(quiz, T + 80));
			give(A, 4, "6", true, 84);
			give(B, 4, "4", false, 86);
			quiz = accepted(revealAnswer(quiz, T + 90));
			quiz = accepted(endQuiz(quiz, T + 95));
		});

		it("went through the phases the teacher chose", () => {
			expect(quiz.phase).to.equal("ended");
			const statuses = quiz.questions.map((question) => question.status).join(",");
			expect(statuses).to.equal("revealed,skipped,revealed,revealed,unseen");
			expect(quiz.questions[2].timed_out).to.equal(true);
			// A's answer 5 s in, C's 10 s before the pause and 2 after it
			expect(quiz.questions[0].answers[0].seconds).to.equal(5);
			expect(quiz.questions[0].answers[2].seconds).to.equal(12);
		});

		it("gives each student's XP as the formula gives it for their answers (no speed bonus: accuracy scoring)", () => {
			const results = quizResults(quiz, context);
			const baseXp = catalog.activities.get("quiz")!.base_xp;
			// the counted questions are 1, 3 and 4 (2 was skipped, 5 never shown)
			const expected = [
				{ userId: A, correct: 3, answered: 3 },
				{ userId: B, correct: 1, answered: 3 },
				{ userId: C, correct: 2, answered: 2 },
			];
			for (const { userId, correct, answered } of expected) {
				const result = resultOf(results, userId);
				expect(result.correct).to.equal(correct);
				expect(result.asked).to.equal(3);
				expect(result.answered).to.equal(answered);
				const accuracy = correct / 3;
				expect(result.performance.accuracy).to.equal(accuracy);
				expect(result.event.activity).to.equal("quiz");
				expect(result.event.subject).to.equal("math");
				expect(result.event.set_id).to.equal("class-fractions");
				expect(result.performance.time < result.performance.expected_time * 0.5).to.equal(false);
				// a fresh profile's first activity of the day: a streak of 1, the first try of the set
				const xp = modelXp(baseXp, accuracy === 1, false, accuracy >= 0.6, 1);
				expect(xpOnFreshProfile(result).xp).to.equal(xp);
			}
			expect(xpOnFreshProfile(resultOf(results, A)).xp).to.equal(97);
			expect(xpOnFreshProfile(resultOf(results, B)).xp).to.equal(84);
			expect(xpOnFreshProfile(resultOf(results, C)).xp).to.equal(86);
		});

		it("gives no result to a student who answered nothing", () => {
			const results = quizResults(quiz, context);
			expect(results.size()).to.equal(3);
			expect(results.some((result) => result.user_id === D)).to.equal(false);
		});

		it("records per question what was answered, for the report", () => {
			const record = quizRecord(quiz, T + 200);
			expect(record.quiz_id).to.equal("quiz-1");
			expect(record.started_at).to.equal(T);
			expect(record.ended_at).to.equal(T + 95);
			// question 5 was never shown
			expect(record.questions.size()).to.equal(4);
			record.questions.forEach((question, index) => {
				const given = ledger.filter((entry) => entry.number === index + 1);
				expect(question.answered).to.equal(given.size());
				expect(question.correct).to.equal(given.filter((entry) => entry.right).size());
				let wrong = 0;
				for (const [, count] of pairs(question.wrong_answers)) wrong += count;
				expect(wrong).to.equal(given.filter((entry) => !entry.right).size());
			});
			expect(record.questions[0].wrong_answers["2"]).to.equal(1);
			expect(record.questions[3].wrong_answers["4"]).to.equal(1);
			expect(record.questions[1].skipped).to.equal(true);
			// asked: there from the opening (D arrived during question 3, so was asked question 4 only)
			expect(record.questions.map((question) => question.asked).join(",")).to.equal("3,3,3,4");
			expect(record.questions[2].correct_answer).to.equal("True");
		});

		it("showed the teacher the same counts live", () => {
			const view = teacherView(quiz, 4, T + 96);
			expect(view.questions.size()).to.equal(4);
			expect(view.questions[0].share_correct).to.equal(2 / 3);
			expect(view.questions[2].share_correct).to.equal(1);
			expect(view.questions[3].share_correct).to.equal(1 / 2);
			expect(view.questions[1].skipped).to.equal(true);
		});

		it("refused a change of answer at question 3 once its time had run out", () => {
			expect(lateTry).to.equal("time is up");
		});
	});

	describe("scoring", () => {
		/** Students 1 and 2 answer questions 1 and 2 after these seconds; each gets question 2 wrong. */
		function twoQuestions(scoring: "accuracy" | "speed", seconds: [number, number][]) {
			let quiz = startedQuiz([1, 2], scoring, 20);
			for (let number = 1; number <= 2; number++) {
				const opened = quiz.questions[number - 1].opened_at!;
				const answers = number === 1 ? "5" : "1/3";
				seconds.forEach(([first, second], index) => {
					const wait = number === 1 ? first : second;
					quiz = accepted(answerQuestion(quiz, index + 1, number, answers, opened + wait));
				});
				quiz = accepted(revealAnswer(quiz, opened + 20));
				quiz = accepted(number === 2 ? endQuiz(quiz, opened + 21) : nextQuestion(quiz, opened + 21));
			}
			return quizResults(quiz, context);
		}
		const baseXp = catalog.activities.get("quiz")!.base_xp;

		it("with speed scoring gives the speed bonus to the student who answered fast, not to the slow one", () => {
			const results = twoQuestions("speed", [
				[3, 4],
				[15, 15],
			]);
			const fast = resultOf(results, 1);
			expect(fast.performance.time).to.equal(7);
			expect(fast.performance.expected_time).to.equal(40);
			expect(xpOnFreshProfile(fast).xp).to.equal(modelXp(baseXp, false, true, false, 1));
			const slow = resultOf(results, 2);
			expect(slow.performance.time).to.equal(30);
			expect(xpOnFreshProfile(slow).xp).to.equal(modelXp(baseXp, false, false, false, 1));
			expect(xpOnFreshProfile(fast).xp > xpOnFreshProfile(slow).xp).to.equal(true);
		});

		it("with accuracy scoring gives no speed bonus, however fast", () => {
			const results = twoQuestions("accuracy", [
				[3, 4],
				[15, 15],
			]);
			for (const result of results) {
				expect(result.performance.expected_time).to.equal(result.performance.time);
				expect(xpOnFreshProfile(result).xp).to.equal(modelXp(baseXp, false, false, false, 1));
			}
		});

		it("counts answers faster than the question can be read, and they withhold the speed bonus", () => {
			const results = twoQuestions("speed", [
				[0.5, 4],
				[15, 15],
			]);
			const rushed = resultOf(results, 1);
			expect(rushed.performance.rushed_answers).to.equal(1);
			expect(rushed.answers[0].rushed).to.equal(true);
			const outcome = xpOnFreshProfile(rushed);
			expect(outcome.effects.some((effect) => effect.kind === "speed_bonus_withheld")).to.equal(true);
			expect(outcome.xp).to.equal(modelXp(baseXp, false, false, false, 1));
		});

		it("counts a question a student did not answer with its whole open time, and as wrong", () => {
			let quiz = startedQuiz([1, 2], "speed", 0);
			quiz = accepted(answerQuestion(quiz, 1, 1, "5", T + 3));
			quiz = accepted(answerQuestion(quiz, 2, 1, "5", T + 4));
			quiz = accepted(nextQuestion(accepted(revealAnswer(quiz, T + 50)), T + 51));
			quiz = accepted(answerQuestion(quiz, 1, 2, "1/2", T + 54));
			quiz = accepted(endQuiz(accepted(revealAnswer(quiz, T + 91)), T + 92));
			const silent = resultOf(quizResults(quiz, context), 2);
			expect(silent.asked).to.equal(2);
			expect(silent.correct).to.equal(1);
			expect(silent.performance.accuracy).to.equal(0.5);
			// 4 s for question 1, all 40 s question 2 was open; untimed questions are expected to take 30 s
			expect(silent.performance.time).to.equal(44);
			expect(silent.performance.expected_time).to.equal(60);
		});

		it("does not count a question for a student who arrived during it and did not answer", () => {
			let quiz = accepted(answerQuestion(startedQuiz([1]), 1, 1, "5", T + 3));
			quiz = accepted(addStudent(quiz, 2, T + 4));
			quiz = accepted(nextQuestion(accepted(revealAnswer(quiz, T + 5)), T + 6));
			quiz = accepted(answerQuestion(quiz, 2, 2, "1/2", T + 9));
			quiz = accepted(endQuiz(accepted(revealAnswer(quiz, T + 10)), T + 11));
			const late = resultOf(quizResults(quiz, context), 2);
			expect(late.asked).to.equal(1);
			expect(late.performance.perfect).to.equal(true);
		});

		it("is no first try for a student who did this set already today", () => {
			let quiz = accepted(answerQuestion(startedQuiz([1, 2]), 1, 1, "5", T + 3));
			quiz = accepted(answerQuestion(quiz, 2, 1, "5", T + 3));
			quiz = accepted(endQuiz(accepted(revealAnswer(quiz, T + 5)), T + 6));
			const results = quizResults(quiz, { ...context, ranSetToday: (userId) => userId === 2 });
			expect(resultOf(results, 1).performance.first_try).to.equal(true);
			expect(resultOf(results, 2).performance.first_try).to.equal(false);
		});

		it("has no results before the quiz has ended", () => {
			const [ran, message] = pcall(() => quizResults(startedQuiz(), context));
			expect(ran).to.equal(false);
			expect(tostring(message).find("has not ended", 1, true)[0] !== undefined).to.equal(true);
		});
	});
};
