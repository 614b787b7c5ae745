import { foldText, LIMITS, presentQuestion, Question, QuestionSet, QuestionView, Shuffler } from "shared/content";
import { CLASS_LIMITS } from "./class-record";
import { QuizOptions } from "./classroom-protocol";
import {
	answerOf,
	closesAt,
	LIVE_QUIZ_GRACE,
	LIVE_QUIZ_SECONDS,
	LiveQuestion,
	LiveQuiz,
	openSeconds,
} from "./live-quiz-state";

/**
 * The live class quiz (issue 14), as a pure state machine: the class server starts it, feeds it
 * the teacher's and the students' actions with its clock, and pushes the views of
 * live-quiz-views.ts. Every operation returns the new state (the one given is never changed) or
 * a refusal the teacher or the student can read.
 *
 * The flow: question 1 opens at the start; the teacher may pause and resume it, reveal it (it
 * closes and counts) or skip it (it counts for nobody, the next one opens); after a reveal, `nextQuestion`
 * opens the next question, or ends the quiz after the last. `nextQuestion` on a question still open is
 * refused: the teacher reveals or skips it first, so no question counts without its answer
 * having been shown. `endQuiz` ends early: the question open at that moment is skipped (nobody loses
 * for a question cut short) and the questions never shown do not count. A timed question whose
 * time runs out is revealed by `tickQuiz` (and by any operation at that time).
 */

export type LiveQuizStep =
	{ readonly ok: true; readonly state: LiveQuiz } | { readonly ok: false; readonly reason: string };

/** The choices a true/false question is shown with and answered by. */
export const TRUE_FALSE_CHOICES = ["True", "False"] as const;

const ENDED = "the quiz has ended";
const NO_TIME = "the server's clock gave no time";

function refused(reason: string): LiveQuizStep {
	return { ok: false, reason };
}

function ok(state: LiveQuiz): LiveQuizStep {
	return { ok: true, state };
}

/** Whether a live quiz can ask this question: multiple-choice and true/false questions only. */
export function isLiveQuizQuestion(question: Question): boolean {
	return question.type === "multiple_choice" || question.type === "true_false";
}

function isUserId(value: unknown): value is number {
	return typeIs(value, "number") && value > 0 && value % 1 === 0 && value < math.huge;
}

function isTime(value: unknown): value is number {
	return typeIs(value, "number") && value === value && value > -math.huge && value < math.huge;
}

/** What is wrong with a question for a live quiz (its 1-based number in the set), if anything. */
function questionProblem(question: Question, number: number): string | undefined {
	if (!isLiveQuizQuestion(question)) {
		return `question ${number} is of type "${question.type}": a live quiz asks only multiple-choice and true/false questions`;
	}
	if (question.type !== "multiple_choice") return undefined;
	if (question.choices.size() < LIMITS.minChoices)
		return `question ${number} has fewer than ${LIMITS.minChoices} choices`;
	if (!question.choices.includes(question.answer)) return `question ${number}: its answer is not one of its choices`;
	const folded = question.choices.map((choice) => foldText(choice));
	for (let index = 0; index < folded.size(); index++) {
		// students answer with a choice's text, so two choices that read the same cannot be told apart
		if (folded.indexOf(folded[index]) !== index) return `question ${number} has two choices that read the same`;
	}
	return undefined;
}

function optionsProblem(set: QuestionSet, options: QuizOptions): string | undefined {
	if (options.set_id !== set.id) return `the quiz options are for set "${options.set_id}", not "${set.id}"`;
	if (options.scoring !== "accuracy" && options.scoring !== "speed") {
		return `scoring: expected "accuracy" or "speed"`;
	}
	const seconds = options.seconds_per_question;
	const { min, max } = LIVE_QUIZ_SECONDS;
	if (!typeIs(seconds, "number") || seconds % 1 !== 0 || (seconds !== 0 && (seconds < min || seconds > max))) {
		return `seconds per question: expected 0 (untimed) or a whole number from ${min} to ${max}`;
	}
	return undefined;
}

/** How every student is shown a question: shuffled once, so everyone sees the same order. */
function liveQuestion(question: Question, seconds: number, shuffler: Shuffler): LiveQuestion {
	const timeLimit = seconds > 0 ? seconds : undefined;
	let view: QuestionView;
	let correct: string;
	if (question.type === "multiple_choice") {
		// the set's own time limit gives way to the quiz's: every student has the same time
		view = { ...presentQuestion(question, shuffler).view, time_limit: timeLimit };
		correct = question.answer;
	} else {
		const tf = question as Extract<Question, { type: "true_false" }>;
		view = { id: tf.id, type: tf.type, prompt: tf.prompt, choices: [...TRUE_FALSE_CHOICES], time_limit: timeLimit };
		correct = tf.answer ? TRUE_FALSE_CHOICES[0] : TRUE_FALSE_CHOICES[1];
	}
	return {
		question_id: question.id,
		view,
		correct_answer: correct,
		status: "unseen",
		open_seconds: 0,
		asked: [],
		answers: [],
	};
}

/**
 * Starts a live quiz of `set` for the students present (user ids): question 1 opens at `now`.
 * `shuffler` (a Roblox Random) orders each multiple-choice question's choices once, for everyone.
 * Refused: a set with no questions, too many, or a question a live quiz cannot ask.
 */
export function startLiveQuiz(
	quizId: string,
	set: QuestionSet,
	options: QuizOptions,
	students: readonly number[],
	now: number,
	shuffler: Shuffler,
): LiveQuizStep {
	if (!typeIs(quizId, "string") || quizId === "") return refused("the quiz needs an id");
	if (!isTime(now)) return refused(NO_TIME);
	const problem = optionsProblem(set, options);
	if (problem !== undefined) return refused(problem);
	const count = set.questions.size();
	if (count === 0) return refused(`"${set.title}" has no questions`);
	if (count > CLASS_LIMITS.maxQuestionsPerSet) {
		return refused(
			`"${set.title}" has ${count} questions: a live quiz asks at most ${CLASS_LIMITS.maxQuestionsPerSet}`,
		);
	}
	for (let index = 0; index < count; index++) {
		const why = questionProblem(set.questions[index], index + 1);
		if (why !== undefined) return refused(why);
	}
	const present = new Array<number>();
	for (const userId of students) {
		if (!isUserId(userId)) return refused(`students: ${tostring(userId)} is not a user id`);
		if (!present.includes(userId)) present.push(userId);
	}
	const questions = set.questions.map((question) => liveQuestion(question, options.seconds_per_question, shuffler));
	questions[0] = { ...questions[0], status: "open", opened_at: now, asked: [...present] };
	return ok({
		quiz_id: quizId,
		set_id: set.id,
		title: set.title,
		subject: set.subject,
		difficulty: set.difficulty,
		scoring: options.scoring,
		seconds_per_question: options.seconds_per_question,
		phase: "question",
		current: 0,
		questions,
		running_since: now,
		students: present,
		participants: [...present],
		started_at: now,
	});
}

/** Seconds the question shown has been open, never past a timed question's limit (an answer in the grace took no longer). */
function heldSeconds(state: LiveQuiz, now: number): number {
	const seconds = openSeconds(state, now);
	return state.seconds_per_question > 0 ? math.min(seconds, state.seconds_per_question) : seconds;
}

/** The state with the question shown replaced. */
function withCurrent(state: LiveQuiz, question: LiveQuestion): LiveQuiz {
	const questions = [...state.questions];
	questions[state.current] = question;
	return { ...state, questions };
}

/** Closes the question shown (revealed or skipped) with its open time settled; the phase is the caller's. */
function closeCurrent(state: LiveQuiz, now: number, status: "revealed" | "skipped", timedOut = false): LiveQuiz {
	const question = state.questions[state.current];
	const seconds = heldSeconds(state, now);
	const closed: LiveQuestion = { ...question, status, open_seconds: seconds, timed_out: timedOut ? true : undefined };
	return { ...withCurrent(state, closed), running_since: undefined };
}

/**
 * The quiz at `now`: a timed question whose time (and the grace for answers on their way) has run
 * out is revealed. Returns the very state given when nothing changed, so the server can tell.
 */
export function tickQuiz(state: LiveQuiz, now: number): LiveQuiz {
	const closes = closesAt(state);
	if (closes === undefined || !isTime(now) || now <= closes + LIVE_QUIZ_GRACE) return state;
	return { ...closeCurrent(state, now, "revealed", true), phase: "revealed" };
}

/** Opens the question after the one shown, or ends the quiz after the last. */
function openNext(state: LiveQuiz, now: number): LiveQuiz {
	const index = state.current + 1;
	if (index >= state.questions.size()) return { ...state, phase: "ended", ended_at: now, running_since: undefined };
	const questions = [...state.questions];
	questions[index] = { ...questions[index], status: "open", opened_at: now, asked: [...state.students] };
	return { ...state, questions, current: index, phase: "question", running_since: now };
}

/** The choice a student's answer text names (case and spacing forgiven), if it names one. */
function choiceNamed(question: LiveQuestion, text: unknown): string | undefined {
	// bytes first: a huge string is refused without folding it
	if (!typeIs(text, "string") || text.size() > LIMITS.option * 4) return undefined;
	const folded = foldText(text);
	return (question.view.choices ?? []).find((choice) => choice === text || foldText(choice) === folded);
}

/**
 * A student's answer (the text of a choice) to question `number`: only the question open now,
 * once per student, before its time is up. Whatever the client sent is checked here.
 */
export function answerQuestion(
	state: LiveQuiz,
	userId: number,
	number: unknown,
	answerText: unknown,
	now: number,
): LiveQuizStep {
	if (!isTime(now)) return refused(NO_TIME);
	state = tickQuiz(state, now);
	if (state.phase === "ended") return refused(ENDED);
	if (!state.students.includes(userId)) return refused("you are not in this quiz");
	if (!typeIs(number, "number") || number % 1 !== 0) return refused("expected the question's number");
	const count = state.questions.size();
	if (number < 1 || number > count) return refused(`there is no question ${number}: the quiz has ${count}`);
	const shown = state.current + 1;
	if (number > shown) return refused(`question ${number} has not been asked yet`);
	if (number < shown) return refused(`question ${number} is closed`);
	const question = state.questions[state.current];
	if (state.phase === "paused") return refused("the quiz is paused");
	if (state.phase === "revealed") {
		return refused(question.timed_out === true ? "time is up" : "the answer is already shown");
	}
	if (answerOf(question, userId) !== undefined) return refused("you already answered this question");
	const choice = choiceNamed(question, answerText);
	if (choice === undefined) return refused("that is not one of the choices");
	const seconds = heldSeconds(state, now);
	const given = { user_id: userId, answer: choice, correct: choice === question.correct_answer, seconds };
	return ok(withCurrent(state, { ...question, answers: [...question.answers, given] }));
}

/** Pauses the open question: no answers are taken and a timed question's clock stops. */
export function pauseQuiz(state: LiveQuiz, now: number): LiveQuizStep {
	if (!isTime(now)) return refused(NO_TIME);
	state = tickQuiz(state, now);
	if (state.phase === "ended") return refused(ENDED);
	if (state.phase === "paused") return refused("the quiz is already paused");
	if (state.phase === "revealed") return refused("the answer is shown: there is no question to pause");
	const question = state.questions[state.current];
	const seconds = heldSeconds(state, now);
	return ok({
		...withCurrent(state, { ...question, open_seconds: seconds }),
		phase: "paused",
		running_since: undefined,
	});
}

/** Resumes a paused question with the time it had left. */
export function resumeQuiz(state: LiveQuiz, now: number): LiveQuizStep {
	if (!isTime(now)) return refused(NO_TIME);
	state = tickQuiz(state, now);
	if (state.phase === "ended") return refused(ENDED);
	if (state.phase !== "paused") return refused("the quiz is not paused");
	return ok({ ...state, phase: "question", running_since: now });
}

/** Skips the question shown before its answer is revealed: it counts for nobody; the next opens, or the quiz ends. */
export function skipQuestion(state: LiveQuiz, now: number): LiveQuizStep {
	if (!isTime(now)) return refused(NO_TIME);
	state = tickQuiz(state, now);
	if (state.phase === "ended") return refused(ENDED);
	if (state.phase === "revealed") {
		return refused("the answer is already shown, so the question counts: go to the next question");
	}
	return ok(openNext(closeCurrent(state, now, "skipped"), now));
}

/** Closes the question shown and shows its answer to everyone: it counts. */
export function revealAnswer(state: LiveQuiz, now: number): LiveQuizStep {
	if (!isTime(now)) return refused(NO_TIME);
	state = tickQuiz(state, now);
	if (state.phase === "ended") return refused(ENDED);
	if (state.phase === "revealed") return refused("the answer is already shown");
	return ok({ ...closeCurrent(state, now, "revealed"), phase: "revealed" });
}

/** After a reveal: opens the next question, or ends the quiz after the last. */
export function nextQuestion(state: LiveQuiz, now: number): LiveQuizStep {
	if (!isTime(now)) return refused(NO_TIME);
	state = tickQuiz(state, now);
	if (state.phase === "ended") return refused(ENDED);
	if (state.phase !== "revealed") return refused("reveal the answer (or skip the question) first");
	return ok(openNext(state, now));
}

/** Ends the quiz now: a question still open is skipped; questions never shown do not count. */
export function endQuiz(state: LiveQuiz, now: number): LiveQuizStep {
	if (!isTime(now)) return refused(NO_TIME);
	state = tickQuiz(state, now);
	if (state.phase === "ended") return refused("the quiz has already ended");
	const closed = state.phase === "revealed" ? state : closeCurrent(state, now, "skipped");
	return ok({ ...closed, phase: "ended", ended_at: now, running_since: undefined });
}

/** A student arriving: they can answer from the question open now on (it counts for them if they do). */
export function addStudent(state: LiveQuiz, userId: number, now: number): LiveQuizStep {
	if (!isTime(now)) return refused(NO_TIME);
	state = tickQuiz(state, now);
	if (state.phase === "ended") return refused(ENDED);
	if (!isUserId(userId)) return refused(`${tostring(userId)} is not a user id`);
	if (state.students.includes(userId)) return refused(`student ${userId} is already in the quiz`);
	const participants = state.participants.includes(userId) ? state.participants : [...state.participants, userId];
	return ok({ ...state, students: [...state.students, userId], participants });
}

/**
 * A student leaving: the open question no longer counts for them unless they answered it; what
 * they answered before stays theirs (quizResults reckons every participant).
 */
export function removeStudent(state: LiveQuiz, userId: number, now: number): LiveQuizStep {
	if (!isTime(now)) return refused(NO_TIME);
	state = tickQuiz(state, now);
	if (state.phase === "ended") return refused(ENDED);
	if (!state.students.includes(userId)) return refused(`student ${tostring(userId)} is not in the quiz`);
	const left = { ...state, students: state.students.filter((id) => id !== userId) };
	const question = state.questions[state.current];
	if (question.status !== "open" || answerOf(question, userId) !== undefined) return ok(left);
	return ok(withCurrent(left, { ...question, asked: question.asked.filter((id) => id !== userId) }));
}
