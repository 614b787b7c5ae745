import { wordsToRead } from "shared/content";
import { ActivityPerformance, GameEvent, MAX_ACTIVITY_SECONDS, plausibleAnswerTime, ReadingPace } from "shared/domain";
import { CLASS_LIMITS, QuizQuestionRecord, QuizRecord } from "./class-record";
import { answerOf, countsFor, LiveQuestion, LiveQuiz, wasAsked } from "./live-quiz-state";

/** The catalog activity a live quiz counts as. */
export const LIVE_QUIZ_ACTIVITY = "quiz";
/** Seconds an untimed question is expected to take (a station's SECONDS_PER_QUESTION). */
export const UNTIMED_QUESTION_SECONDS = 30;
/** Accuracy that passes: a first try counts only when it passes (a station's PASS_ACCURACY). */
export const LIVE_QUIZ_PASS_ACCURACY = 0.6;

const DIFFICULTY_LABELS = { 1: "easy", 2: "medium", 3: "hard" } as const;

export type ActivityEvent = Extract<GameEvent, { kind: "activity" }>;

/** One answer of a student's result: the question's 1-based number in the quiz. */
export interface LiveQuizAnswerResult {
	readonly number: number;
	readonly answer: string;
	readonly correct: boolean;
	readonly seconds: number;
	readonly rushed: boolean;
}

/** A student's result at the end of a live quiz, and the `activity` event it becomes. */
export interface LiveQuizResult {
	readonly user_id: number;
	readonly correct: number;
	/** Questions that counted for them (shown, not skipped, and they were there or answered it). */
	readonly asked: number;
	readonly answered: number;
	/** Their answers to the questions that counted, in order. */
	readonly answers: readonly LiveQuizAnswerResult[];
	readonly performance: ActivityPerformance;
	readonly event: ActivityEvent;
}

/** What the quiz cannot know of itself: how fast a question can be read, and who did this set already today. */
export interface ResultContext {
	/** The catalog's settings.fair_play. */
	readonly pace: ReadingPace;
	/** Whether the student has done this question set already today (then it is no first try). */
	readonly ranSetToday?: (userId: number) => boolean;
}

/** Seconds, in tenths: what was measured, without float noise in the profile. */
function tenths(seconds: number): number {
	return math.floor(seconds * 10 + 0.5) / 10;
}

function expectedSeconds(state: LiveQuiz): number {
	return state.seconds_per_question > 0 ? state.seconds_per_question : UNTIMED_QUESTION_SECONDS;
}

/**
 * The performance of a student's counted questions. Their time is each answer's seconds from the
 * question's opening (pauses excluded), or the question's whole open time when they did not
 * answer it. With "speed" scoring it is measured against the questions' expected time, so the XP
 * formula's speed bonus (time under half the expected time) goes to those who answered fast. With
 * "accuracy" scoring expected_time is the time itself: time < expected_time / 2 can never hold, so
 * there is no speed bonus at all, and the study time recorded is still the time measured.
 */
function performanceOf(
	state: LiveQuiz,
	counted: readonly LiveQuestion[],
	userId: number,
	correct: number,
	rushed: number,
	context: ResultContext,
): ActivityPerformance {
	let time = 0;
	for (const question of counted) time += answerOf(question, userId)?.seconds ?? question.open_seconds;
	// at least a tenth of a second (the rules take no expected time of 0), at most what they take at all
	const measured = math.clamp(tenths(time), 0.1, MAX_ACTIVITY_SECONDS);
	const accuracy = correct / counted.size();
	const firstRun = context.ranSetToday === undefined || !context.ranSetToday(userId);
	return {
		perfect: correct === counted.size(),
		time: measured,
		expected_time: state.scoring === "speed" ? counted.size() * expectedSeconds(state) : measured,
		first_try: firstRun && accuracy >= LIVE_QUIZ_PASS_ACCURACY,
		accuracy,
		rushed_answers: rushed,
	};
}

/** A participant's result, or undefined when they answered none of the questions that counted. */
function resultOf(state: LiveQuiz, userId: number, context: ResultContext): LiveQuizResult | undefined {
	const counted = state.questions.filter((question) => countsFor(question, userId));
	const answers = new Array<LiveQuizAnswerResult>();
	let correct = 0;
	let rushed = 0;
	state.questions.forEach((question, index) => {
		const given = answerOf(question, userId);
		if (given === undefined || !countsFor(question, userId)) return;
		const tooFast = given.seconds < plausibleAnswerTime(wordsToRead(question.view), context.pace);
		if (given.correct) correct += 1;
		if (tooFast) rushed += 1;
		answers.push({
			number: index + 1,
			answer: given.answer,
			correct: given.correct,
			seconds: tenths(given.seconds),
			rushed: tooFast,
		});
	});
	if (answers.size() === 0) return undefined;
	const performance = performanceOf(state, counted, userId, correct, rushed, context);
	const event: ActivityEvent = {
		kind: "activity",
		activity: LIVE_QUIZ_ACTIVITY,
		subject: state.subject,
		difficulty: DIFFICULTY_LABELS[state.difficulty],
		// the same set again the same day earns its repeat factor, as at a station
		set_id: state.set_id,
		performance,
	};
	return { user_id: userId, correct, asked: counted.size(), answered: answers.size(), answers, performance, event };
}

/**
 * Every student's result of an ended quiz, each with the one `activity` event it becomes: accuracy
 * is right answers over the questions that counted for them. A student who answered none of them
 * has no result (and no event). Students who left before the end are included; the server decides
 * what to do with a profile it no longer holds.
 */
export function quizResults(state: LiveQuiz, context: ResultContext): LiveQuizResult[] {
	if (state.phase !== "ended") error(`quizResults: quiz ${state.quiz_id} has not ended`);
	const results = new Array<LiveQuizResult>();
	for (const userId of state.participants) {
		const result = resultOf(state, userId, context);
		if (result !== undefined) results.push(result);
	}
	return results;
}

function questionRecord(state: LiveQuiz, question: LiveQuestion): QuizQuestionRecord {
	const wrong: Record<string, number> = {};
	let kept = 0;
	let correct = 0;
	let asked = 0;
	for (const userId of state.participants) if (wasAsked(question, userId)) asked += 1;
	for (const given of question.answers) {
		if (given.correct) {
			correct += 1;
		} else if (wrong[given.answer] !== undefined || kept < CLASS_LIMITS.maxWrongAnswersKept) {
			if (wrong[given.answer] === undefined) kept += 1;
			wrong[given.answer] = (wrong[given.answer] ?? 0) + 1;
		}
	}
	return {
		question_id: question.question_id,
		prompt: question.view.prompt,
		correct_answer: question.correct_answer,
		// a skipped question counts for nobody's result, but who saw and answered it is still told
		asked,
		answered: question.answers.size(),
		correct,
		wrong_answers: wrong,
		skipped: question.status === "skipped",
	};
}

/**
 * The quiz as the class record keeps it for the report: the questions shown (never the ones the
 * quiz did not reach), each with who was asked, answered and was right, and the wrong answers given.
 */
export function quizRecord(state: LiveQuiz, now: number): QuizRecord {
	const shown = state.questions.filter((question) => question.status !== "unseen");
	return {
		quiz_id: state.quiz_id,
		set_id: state.set_id,
		title: state.title,
		started_at: state.started_at,
		ended_at: state.ended_at ?? now,
		questions: shown.map((question) => questionRecord(state, question)),
	};
}
