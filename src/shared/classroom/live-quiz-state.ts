import { Difficulty, QuestionView, SubjectId } from "shared/content";
import { QuizPhase, QuizScoring } from "./classroom-protocol";

/**
 * The live class quiz as the class server keeps it: plain data (arrays and records only), replaced
 * whole by every operation of live-quiz.ts, so the server can hold it in a table and compare the
 * old and the new state by identity.
 */
export interface LiveQuiz {
	readonly quiz_id: string;
	readonly set_id: string;
	readonly title: string;
	readonly subject: SubjectId;
	readonly difficulty: Difficulty;
	readonly scoring: QuizScoring;
	/** 0 is untimed: the question stays open until the teacher reveals or skips it. */
	readonly seconds_per_question: number;
	readonly phase: QuizPhase;
	/** Index of the question shown (the last one shown once the quiz has ended). */
	readonly current: number;
	readonly questions: readonly LiveQuestion[];
	/** While a question is open and not paused: when its current open stretch began. */
	readonly running_since?: number;
	/** Students in the quiz now. */
	readonly students: readonly number[];
	/** Every student who has been in the quiz, in the order they came: whose results are reckoned. */
	readonly participants: readonly number[];
	readonly started_at: number;
	readonly ended_at?: number;
}

/** "unseen": not shown yet; "open": shown now (answerable unless paused); then revealed or skipped. */
export type LiveQuestionStatus = "unseen" | "open" | "revealed" | "skipped";

export interface LiveQuestion {
	readonly question_id: string;
	/** What every student is shown: the same choices in the same order for everyone. */
	readonly view: QuestionView;
	/** The choice text that is right (one of view.choices). */
	readonly correct_answer: string;
	readonly status: LiveQuestionStatus;
	readonly opened_at?: number;
	/** Seconds it was open before its current open stretch (pauses excluded); its whole open time once closed. */
	readonly open_seconds: number;
	/**
	 * Students it counts for even if they do not answer: those present when it opened who did not
	 * leave before it closed. A student who arrives while it is open may answer it, and then it
	 * counts for them too (see countsFor).
	 */
	readonly asked: readonly number[];
	readonly answers: readonly LiveAnswer[];
	/** Closed because its time ran out (rather than revealed by the teacher). */
	readonly timed_out?: boolean;
}

export interface LiveAnswer {
	readonly user_id: number;
	/** The choice as shown (the canonical text, whatever case the student sent). */
	readonly answer: string;
	readonly correct: boolean;
	/** Seconds the question had been open (pauses excluded) when the answer came. */
	readonly seconds: number;
}

/** Seconds after a timed question's closes_at that an answer on its way is still taken (network time). */
export const LIVE_QUIZ_GRACE = 1;
/** The quiz's seconds_per_question: 0 (untimed) or this range, in whole seconds. */
export const LIVE_QUIZ_SECONDS = { min: 10, max: 120 } as const;

/** The answer a student gave to a question, if any. */
export function answerOf(question: LiveQuestion, userId: number): LiveAnswer | undefined {
	return question.answers.find((given) => given.user_id === userId);
}

/**
 * Whether a question counts for a student's result: it was not skipped, was shown, and the student
 * either answered it or was there from its opening to its close. Questions never shown, skipped
 * ones and ones the student was not there for do not count.
 */
export function countsFor(question: LiveQuestion, userId: number): boolean {
	if (question.status === "unseen" || question.status === "skipped") return false;
	return wasAsked(question, userId);
}

/** Whether a student was asked a question shown: there from its opening to its close, or answered it. */
export function wasAsked(question: LiveQuestion, userId: number): boolean {
	return question.asked.includes(userId) || answerOf(question, userId) !== undefined;
}

/** Seconds the question shown has been open at `now`, pauses excluded. */
export function openSeconds(state: LiveQuiz, now: number): number {
	const question = state.questions[state.current];
	const running = state.phase === "question" && state.running_since !== undefined;
	return question.open_seconds + (running ? math.max(0, now - state.running_since!) : 0);
}

/** When the open question's time runs out: only for a timed question that is open and not paused. */
export function closesAt(state: LiveQuiz): number | undefined {
	if (state.seconds_per_question === 0 || state.phase !== "question" || state.running_since === undefined) {
		return undefined;
	}
	return state.running_since + state.seconds_per_question - state.questions[state.current].open_seconds;
}
