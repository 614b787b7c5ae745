import { QuestionView } from "shared/content";
import { ClassLogEntry } from "./class-record";

/** What the classroom's remotes carry between the server and the teacher's and students' clients. */

/** How a live quiz is scored: right answers only (the default: no speed pressure), or with a speed bonus. */
export type QuizScoring = "accuracy" | "speed";

export interface QuizOptions {
	readonly set_id: string;
	readonly scoring: QuizScoring;
	/** Seconds each question stays open; 0 is untimed (the teacher moves on). */
	readonly seconds_per_question: number;
}

/** Where a live quiz is: a question open, paused, its answer shown, or finished. */
export type QuizPhase = "question" | "paused" | "revealed" | "ended";

/** The live quiz as a student sees it: the same question for everyone, never its answer before it is revealed. */
export interface LiveQuizView {
	readonly quiz_id: string;
	readonly title: string;
	readonly phase: QuizPhase;
	readonly scoring: QuizScoring;
	/** 1-based number of the question shown, and how many the quiz has. */
	readonly number: number;
	readonly count: number;
	readonly question?: QuestionView;
	/** Server time (Workspace:GetServerTimeNow) the open question closes at; absent when untimed or paused. */
	readonly closes_at?: number;
	/** This student's answer to the question shown, once given (the answer text). */
	readonly your_answer?: string;
	/** After the teacher reveals it. */
	readonly correct_answer?: string;
	/** At the end: this student's result, and what it earned (absent for the teacher). */
	readonly result?: {
		readonly correct: number;
		readonly questions: number;
		readonly xp: number;
		readonly coins: number;
	};
}

/** One question of the running quiz as the teacher sees it, live. */
export interface QuizQuestionStats {
	readonly number: number;
	readonly prompt: string;
	readonly correct_answer: string;
	readonly answered: number;
	readonly correct: number;
	/** Share right of those who answered, 0..1 (0 when none answered). */
	readonly share_correct: number;
	readonly skipped: boolean;
}

/** The running quiz in the teacher's console. */
export interface TeacherQuizView {
	readonly quiz_id: string;
	readonly title: string;
	readonly phase: QuizPhase;
	readonly scoring: QuizScoring;
	readonly number: number;
	readonly count: number;
	readonly prompt: string;
	readonly choices: readonly string[];
	readonly correct_answer: string;
	readonly closes_at?: number;
	/** Students online now, and how many of them answered the question shown. */
	readonly online: number;
	readonly answered: number;
	/** Every question shown so far, in order. */
	readonly questions: readonly QuizQuestionStats[];
}

/** A roster row of the console. */
export interface RosterRow {
	readonly user_id: number;
	readonly display_name: string;
	readonly online: boolean;
	readonly level: number;
	readonly xp_week: number;
	readonly streak: number;
	/** Unix seconds. */
	readonly last_active: number;
}

/** A question set the teacher can start a quiz with: the default content's or their own. */
export interface ClassSetSummary {
	readonly set_id: string;
	readonly title: string;
	readonly subject: string;
	readonly question_count: number;
	readonly own: boolean;
}

/** What the teacher's console shows, pushed after every change. */
export interface ConsoleView {
	readonly class_id: string;
	readonly name: string;
	/** As typed by students ("KX7-4PM"); absent once retired. */
	readonly join_code?: string;
	readonly join_code_expires_at?: number;
	readonly locked: boolean;
	readonly frozen: boolean;
	readonly notifications_paused: boolean;
	readonly spotlight?: { readonly user_id: number; readonly display_name: string };
	readonly class_quest?: { readonly quest_id: string; readonly title: string; readonly deadline: number };
	readonly roster: readonly RosterRow[];
	/** The newest log entries, newest first. */
	readonly log: readonly ClassLogEntry[];
	readonly question_sets: readonly ClassSetSummary[];
	/** Quests the teacher may start as a class quest. */
	readonly quests: readonly { readonly quest_id: string; readonly title: string }[];
	readonly quiz?: TeacherQuizView;
}

/** What every player on a classroom server (and in the hub) is told of the class. */
export interface ClassBroadcast {
	readonly place: "hub" | "class";
	/** This player's role, decided by the server. */
	readonly role: "teacher" | "student";
	readonly class_id?: string;
	readonly name?: string;
	readonly teacher_name?: string;
	/** The teacher's last announcement (filtered), shown as a banner. */
	readonly announcement?: { readonly text: string; readonly at: number };
	readonly frozen: boolean;
	readonly notifications_paused: boolean;
	readonly spotlight?: { readonly user_id: number; readonly display_name: string };
	readonly class_quest?: { readonly quest_id: string; readonly title: string; readonly deadline: number };
	readonly quiz?: LiveQuizView;
	/** Something the server has to tell this player about the class (a teleport that did not work). */
	readonly notice?: string;
}

/** A line of pasted questions that could not be read: 1-based line number and what was wrong. */
export interface ImportError {
	readonly line: number;
	readonly message: string;
}

/** A question read from pasted text, as the preview shows it. */
export interface ImportedQuestion {
	readonly line: number;
	readonly prompt: string;
	readonly correct_answer: string;
	readonly wrong_answers: readonly string[];
}

export type ImportReply =
	| { readonly ok: true; readonly questions: readonly ImportedQuestion[]; readonly set_id?: string }
	| { readonly ok: false; readonly reason: string; readonly errors: readonly ImportError[] };

/** One student's row of the class report. */
export interface StudentReportRow {
	readonly user_id: number;
	readonly display_name: string;
	readonly level: number;
	readonly xp_week: number;
	readonly activities_week: number;
	readonly streak: number;
	readonly achievements_week: number;
	/** Share right per subject id this week, 0..1, for subjects answered. */
	readonly accuracy: Readonly<Record<string, number>>;
}

/** One question of the class's live quizzes in the report. */
export interface QuestionReportRow {
	readonly quiz_title: string;
	readonly number: number;
	readonly prompt: string;
	readonly correct_answer: string;
	readonly answered: number;
	readonly correct: number;
	readonly share_correct: number;
	/** The wrong answer given most often, when any was. */
	readonly common_wrong_answer?: string;
}

export interface ClassReport {
	readonly class_name: string;
	readonly week: string;
	readonly students: readonly StudentReportRow[];
	readonly questions: readonly QuestionReportRow[];
	/** The two tables as CSV text the teacher can copy into a spreadsheet. */
	readonly students_csv: string;
	readonly questions_csv: string;
}

export type ConsoleReply =
	{ readonly ok: true; readonly view: ConsoleView } | { readonly ok: false; readonly reason: string };
export type ClassReply =
	{ readonly ok: true; readonly view: ClassBroadcast } | { readonly ok: false; readonly reason: string };
export type ReportReply =
	{ readonly ok: true; readonly report: ClassReport } | { readonly ok: false; readonly reason: string };
/** The answer to creating a class or a new code: the code students type. */
export type CodeReply =
	{ readonly ok: true; readonly join_code: string } | { readonly ok: false; readonly reason: string };
