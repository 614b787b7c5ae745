import { QuestionView } from "shared/content";

/** A learning activity as the student's screen shows it once it starts: never an answer. */
export interface ActivityStart {
	readonly set_id: string;
	readonly title: string;
	readonly subject: string;
	/** The catalog activity it counts as ("quiz", "practice", "lesson"...). */
	readonly activity: string;
	/** A lesson's pages, read before its check questions. */
	readonly pages?: readonly string[];
	readonly question_count: number;
	readonly number: number;
	readonly question: QuestionView;
}

/** What the student is told after each answer. */
export interface Feedback {
	readonly correct: boolean;
	readonly correct_answer: string;
	readonly explanation: string;
	/** Set when the answer came after the question's time limit (it counts as wrong). */
	readonly too_late?: boolean;
}

/** The end of an activity, as the server measured it. */
export interface ActivitySummary {
	readonly correct: number;
	readonly questions: number;
	readonly accuracy: number;
	readonly perfect: boolean;
	readonly first_try: boolean;
	/** Seconds, measured on the server from each question being sent to its answer arriving. */
	readonly time: number;
	readonly expected_time: number;
	readonly rushed_answers: number;
	/** XP and coins the rules gave for it (after fair play). */
	readonly xp: number;
	readonly coins: number;
}

export type ActivityReply =
	{ readonly ok: true; readonly start: ActivityStart } | { readonly ok: false; readonly reason: string };

export type AnswerReply =
	| {
			readonly ok: true;
			readonly feedback: Feedback;
			/** The next question, until the last one is answered. */
			readonly next?: { readonly number: number; readonly question: QuestionView };
			readonly summary?: ActivitySummary;
			/** Set when the last answer was graded but the activity could not be recorded (why). */
			readonly not_recorded?: string;
	  }
	| { readonly ok: false; readonly reason: string };
