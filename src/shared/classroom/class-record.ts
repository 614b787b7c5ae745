import { QuestionSet } from "shared/content";

/**
 * A class as stored in the `ClassRecords` DataStore, keyed by `class_id`: who teaches it, who has
 * joined, its settings, the teacher's question sets, its live-quiz results and a bounded log of
 * every teacher action. Written only by the server of the class (the reserved server) and by the
 * hub when the class is created; read and repaired on every load (class-record-repair.ts).
 */
export interface ClassRecord {
	readonly schema: number;
	readonly class_id: string;
	/** Shown to students in the hub and on the class banner; the teacher's text, filtered. */
	name: string;
	readonly teacher_user_id: number;
	teacher_name: string;
	readonly created_at: number;
	/** TeleportService:ReserveServer's access code: what TeleportOptions.ReservedServerAccessCode takes. */
	readonly access_code: string;
	/** The reserved server's game.PrivateServerId (the class server knows its class by it). */
	readonly private_server_id: string;
	/** The one live join code of the class (absent once retired), and when it stops working. */
	join_code?: string;
	join_code_expires_at?: number;
	settings: ClassSettings;
	roster: RosterEntry[];
	/** The teacher's own question sets (content format, multiple choice), newest last. */
	question_sets: QuestionSet[];
	/** Finished live quizzes, newest last (bounded): what the per-question report reads. */
	quizzes: QuizRecord[];
	/** Class boards reset so far: the class board's group is class_id, then `class_id#<season>`. */
	board_season: number;
	/** The top of each class board archived by a reset, newest last (bounded). */
	archived_boards: ArchivedBoard[];
	/** Every teacher action, newest last (bounded: the oldest entries drop off). */
	log: ClassLogEntry[];
}

export interface ClassSettings {
	/** No new students may join (those on the roster still can). */
	locked: boolean;
	/** The class's students get no pop-up notifications (effects are still applied and shown in their screens). */
	notifications_paused: boolean;
	/** The class quest the teacher started, while it runs. */
	class_quest?: { readonly quest_id: string; readonly deadline: number };
}

/** A student who has joined the class, with what the roster and the report show of them. */
export interface RosterEntry {
	readonly user_id: number;
	/** Students are shown by display name only. */
	display_name: string;
	readonly joined_at: number;
	last_active: number;
	/** From the student's profile, the last time this class's server held it. */
	level: number;
	xp_total: number;
	/** ISO week ("2026-W49") the week counters below are for. */
	week: string;
	xp_week: number;
	activities_week: number;
	streak: number;
	/** Achievement ids earned in `week`. */
	achievements_week: string[];
	/** Questions answered and right, per subject id, in `week`. */
	subjects_week: Record<string, { answered: number; correct: number }>;
}

export interface QuizRecord {
	readonly quiz_id: string;
	readonly set_id: string;
	readonly title: string;
	readonly started_at: number;
	readonly ended_at: number;
	readonly questions: QuizQuestionRecord[];
}

export interface QuizQuestionRecord {
	readonly question_id: string;
	readonly prompt: string;
	readonly correct_answer: string;
	/** Students who were asked it (present when it was shown), who answered, who were right. */
	readonly asked: number;
	readonly answered: number;
	readonly correct: number;
	/** Wrong answers given, with how many gave each. */
	readonly wrong_answers: Record<string, number>;
	/** Skipped by the teacher before it was revealed. */
	readonly skipped: boolean;
}

export interface ArchivedBoard {
	readonly season: number;
	readonly archived_at: number;
	readonly top: readonly { readonly name: string; readonly score: number }[];
}

export interface ClassLogEntry {
	readonly at: number;
	/** Who did it: the teacher's user id and display name. */
	readonly by: number;
	readonly by_name: string;
	/** What: a teacher action id ("award", "revoke", "freeze", "quiz_start"...). */
	readonly action: string;
	/** To whom, when it was one student. */
	readonly target?: number;
	readonly target_name?: string;
	/** What exactly, in words ("+50 XP", "locked", "Fractions quiz, 5 questions"). */
	readonly detail: string;
	/** Why, in the teacher's words (required for awards and revokes). */
	readonly reason?: string;
}

export const CLASS_RECORD_SCHEMA = 1;

/** Bounds that keep a class record far under the 4 MB DataStore value limit. */
export const CLASS_LIMITS = {
	maxStudents: 40,
	maxRoster: 60,
	maxQuestionSets: 20,
	maxQuestionsPerSet: 50,
	maxQuizzes: 20,
	maxLog: 300,
	maxArchivedBoards: 10,
	maxClassName: 40,
	maxReason: 120,
	maxAnnouncement: 200,
	maxWrongAnswersKept: 20,
} as const;

/** The leaderboard group of a class's boards: a reset starts a new group, so the old board stays readable. */
export function classBoardGroup(classId: string, season: number): string {
	return season === 0 ? classId : `${classId}#${season}`;
}
