import { PresentedQuestion } from "shared/content";

/** One answer as the server measured it. */
export interface AnswerRecord {
	readonly correct: boolean;
	/** Seconds from the question being sent to the answer arriving. */
	readonly seconds: number;
	/** Faster than anyone could read the question. */
	readonly rushed: boolean;
}

/**
 * A student's activity in progress, kept on the server only: the questions as they were shown
 * (with their answers), which one is being asked and since when, and the answers so far.
 */
export interface ActivitySession {
	readonly setId: string;
	readonly title: string;
	readonly subject: string;
	readonly activity: string;
	readonly difficulty: 1 | 2 | 3;
	readonly questions: readonly PresentedQuestion[];
	/** A lesson's pages, shown before its check questions. */
	readonly pages?: readonly string[];
	/** Words on those pages: the first question's reading time includes them. */
	readonly pageWords: number;
	/** Seconds the activity is expected to take: its questions' time, and its pages' for a lesson. */
	readonly expectedTime: number;
	/** Whether the student had not run this set today before (the first try of the day). */
	readonly firstRunToday: boolean;
	/** The index of the question being asked. */
	current: number;
	/** os.clock() when the current question was sent. */
	askedAt: number;
	readonly answers: AnswerRecord[];
}
