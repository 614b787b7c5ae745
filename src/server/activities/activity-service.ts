import { Catalog } from "shared/catalog/types";
import {
	Content,
	gradeAnswer,
	Lesson,
	pickSet,
	presentQuestion,
	Question,
	QuestionSet,
	SUBJECT_IDS,
	SubjectId,
	targetDifficulty,
	wordsToRead,
} from "shared/content";
import { Effect, GameEvent, plausibleAnswerTime, readGameEvent, refusalText, utcDay } from "shared/domain";
import { ActivityReply, ActivityStart, ActivitySummary, AnswerReply } from "shared/activity-protocol";
import { EventPipeline, NOT_LOADED } from "server/events/event-pipeline";
import { PlayerSessions } from "server/players/player-sessions";
import { ActivitySession, AnswerRecord } from "./activity-session";
import { pickLesson } from "./pick-lesson";

/** Questions of a set asked in one quiz (all of a lesson's check questions are asked). */
export const QUESTIONS_PER_QUIZ = 5;
/** Seconds a question is expected to take when it has no time limit of its own. */
export const SECONDS_PER_QUESTION = 30;
/** Seconds a lesson page is expected to take to read. */
export const SECONDS_PER_PAGE = 60;
/** Network time allowed on top of a question's time limit. */
export const TIME_LIMIT_GRACE = 2;
/** Accuracy that passes an activity: a first try counts only when it passes. */
export const PASS_ACCURACY = 0.6;

const DIFFICULTY_LABELS = { 1: "easy", 2: "medium", 3: "hard" } as const;

/** Whether a student stands at the learning station of a subject (the world decides). */
export type StationCheck = (player: Player, subject: SubjectId) => boolean;

/** What a place's own server-side learning content reports, to be graded like a station's. */
export interface LearningResult {
	/** A catalog activity id: "quiz", "lesson", "practice"... */
	readonly activity: string;
	readonly subject?: string;
	readonly difficulty?: string;
	readonly set_id?: string;
	readonly correct: number;
	readonly questions: number;
	/** Seconds the student took, as the place's server measured them. */
	readonly seconds: number;
	/** Seconds the activity is expected to take (the catalog activity's expected_time by default). */
	readonly expected_seconds?: number;
	readonly rushed_answers?: number;
	readonly first_try?: boolean;
}

/** An activity the rules accepted: the subject (when it had one) and the answers right of those asked. */
export type RecordedListener = (
	player: Player,
	subject: string | undefined,
	correct: number,
	questions: number,
) => void;

export type RecordOutcome =
	{ readonly ok: true; readonly summary: ActivitySummary } | { readonly ok: false; readonly reason: string };

function refused(reason: string): { ok: false; reason: string } {
	return { ok: false, reason };
}

/**
 * Learning activities, run and graded on the server: a student starts a station, the server picks
 * a set at the difficulty their accuracy in the subject earns, sends one question at a time
 * without its answer, grades each answer, measures the time itself, and turns the finished
 * session into the rules' `activity` event. The client never sends a result, a time or a score.
 */
export class ActivityService {
	private readonly running = new Map<number, ActivitySession>();
	private readonly recordedListeners = new Array<RecordedListener>();

	public constructor(
		private readonly sessions: PlayerSessions,
		private readonly pipeline: EventPipeline,
		private readonly catalog: Catalog,
		private readonly content: Content,
		private readonly atStation: StationCheck,
		private readonly rng: Random = new Random(),
		private readonly clock: () => number = () => os.clock(),
	) {}

	public start() {
		// leaving mid-activity abandons it: nothing is earned (while the profile is still held, the
		// set's run is counted, see abandon), and nothing of it is kept
		this.sessions.beforeRelease((player) => this.abandon(player));
		this.sessions.onLeft((player) => this.running.delete(player.UserId));
	}

	/** Whether the student has an activity in progress. */
	public isRunning(player: Player): boolean {
		return this.running.has(player.UserId);
	}

	/** Starts the station of `subject` for a student standing at it; `mode` "lesson" starts a lesson. */
	public begin(player: Player, subjectRaw: unknown, mode: unknown = "quiz"): ActivityReply {
		if (!typeIs(subjectRaw, "string") || !SUBJECT_IDS.includes(subjectRaw as SubjectId)) {
			return refused(`unknown subject: expected one of ${SUBJECT_IDS.join(", ")}`);
		}
		if (mode !== "quiz" && mode !== "lesson") return refused(`unknown mode: expected "quiz" or "lesson"`);
		const subject = subjectRaw as SubjectId;
		const profile = this.sessions.profileOf(player);
		if (profile === undefined) return refused(NOT_LOADED);
		if (this.running.has(player.UserId)) return refused("finish or quit the activity you are doing first");
		if (!this.atStation(player, subject)) return refused(`walk to the ${subject} station to start it`);
		const difficulty = targetDifficulty(profile.subject_accuracy[subject]);
		const runsToday = profile.fair_play.day === utcDay(os.time()) ? profile.fair_play.set_runs : {};
		const done = new Set<string>();
		for (const [setId] of pairs(runsToday)) done.add(setId as string);
		const picked =
			mode === "lesson"
				? pickLesson(this.content, subject, difficulty, this.rng, done)
				: pickSet(this.content, subject, difficulty, this.rng, done);
		if (picked === undefined) return refused(`there is nothing to learn at the ${subject} station yet`);
		const session = this.open(picked, mode === "lesson", runsToday[picked.id] === undefined);
		this.running.set(player.UserId, session);
		return { ok: true, start: this.startOf(session) };
	}

	/** Grades the answer to the question being asked, then asks the next or ends the activity. */
	public answer(player: Player, questionId: unknown, answer: unknown): AnswerReply {
		const session = this.running.get(player.UserId);
		if (session === undefined) return refused("you are not doing an activity: start one at a station");
		const presented = session.questions[session.current];
		if (questionId !== presented.view.id) {
			const asked = session.questions.some(
				(shown, index) => index < session.current && shown.view.id === questionId,
			);
			return refused(asked ? "that question was already answered" : "that question was not asked");
		}
		const grading = gradeAnswer(presented, answer);
		if (!grading.valid) return refused(grading.reason);
		const seconds = math.max(0, this.clock() - session.askedAt);
		// a lesson's first question is timed from the start: its pages are read in that time too
		const first = session.current === 0;
		const pageSeconds = first ? (session.pages?.size() ?? 0) * SECONDS_PER_PAGE : 0;
		const pageWords = first ? session.pageWords : 0;
		const limit = presented.view.time_limit;
		const tooLate = limit !== undefined && seconds > limit + pageSeconds + TIME_LIMIT_GRACE;
		const reading = plausibleAnswerTime(wordsToRead(presented.view) + pageWords, this.catalog.settings.fair_play);
		const record: AnswerRecord = { correct: grading.correct && !tooLate, seconds, rushed: seconds < reading };
		session.answers.push(record);
		const feedback = {
			correct: record.correct,
			correct_answer: grading.correct_answer,
			explanation: grading.explanation,
			too_late: tooLate ? true : undefined,
		};
		session.current += 1;
		if (session.current < session.questions.size()) {
			session.askedAt = this.clock();
			return {
				ok: true,
				feedback,
				next: { number: session.current + 1, question: session.questions[session.current].view },
			};
		}
		this.running.delete(player.UserId);
		const outcome = this.finish(player, session);
		// the answer was graded either way: its feedback is the student's even if the result was not kept
		if (!outcome.ok) return { ok: true, feedback, not_recorded: outcome.reason };
		return { ok: true, feedback, summary: outcome.summary };
	}

	/** Leaves the activity in progress; nothing is earned for it. */
	public quit(player: Player): string | undefined {
		if (!this.running.has(player.UserId)) return "you are not doing an activity";
		this.abandon(player);
		return undefined;
	}

	/**
	 * Drops the student's activity. One left with answers given counts as a run of its set today
	 * (activity_abandoned: no XP), since the feedback showed those answers: quitting and starting
	 * again is a repeat, with no first try.
	 */
	private abandon(player: Player) {
		const session = this.running.get(player.UserId);
		if (session === undefined) return;
		this.running.delete(player.UserId);
		if (session.answers.size() > 0) {
			const outcome = this.pipeline.act(player.UserId, { kind: "activity_abandoned", set_id: session.setId });
			if (outcome.refusal !== undefined) warn(`abandoned activity of ${player.UserId}: ${outcome.refusal}`);
		}
	}

	/**
	 * The server API for a place's own learning content (a puzzle, an obby of questions): its
	 * server reports what it measured and the rules grade it like a station's activity. Never
	 * called with anything a client sent.
	 */
	public record(player: Player, result: LearningResult): RecordOutcome {
		const questions = result.questions;
		if (!typeIs(questions, "number") || questions < 1 || questions % 1 !== 0) {
			return refused("questions: expected a whole number of at least 1");
		}
		if (
			!typeIs(result.correct, "number") ||
			result.correct < 0 ||
			result.correct > questions ||
			result.correct % 1 !== 0
		) {
			return refused(`correct: expected a whole number from 0 to ${questions}`);
		}
		const accuracy = result.correct / questions;
		const event = {
			kind: "activity",
			activity: result.activity,
			subject: result.subject,
			difficulty: result.difficulty,
			set_id: result.set_id,
			performance: {
				perfect: result.correct === questions,
				time: result.seconds,
				// absent: the event schema gives the catalog activity's own
				expected_time: result.expected_seconds,
				first_try: result.first_try ?? false,
				accuracy,
				rushed_answers: result.rushed_answers,
			},
		};
		return this.submit(player, event, result.correct, questions);
	}

	private open(picked: QuestionSet | Lesson, lesson: boolean, firstRunToday: boolean): ActivitySession {
		const chosen: Question[] = [...picked.questions];
		if (!lesson) {
			// a random subset, in a random order
			for (let i = chosen.size() - 1; i > 0; i--) {
				const j = this.rng.NextInteger(0, i);
				[chosen[i], chosen[j]] = [chosen[j], chosen[i]];
			}
			while (chosen.size() > QUESTIONS_PER_QUIZ) chosen.pop();
		}
		const questions = chosen.map((question) => presentQuestion(question, this.rng));
		const pages = lesson ? (picked as Lesson).pages.size() : 0;
		let expectedTime = pages * SECONDS_PER_PAGE;
		for (const question of chosen) expectedTime += question.time_limit ?? SECONDS_PER_QUESTION;
		const now = this.clock();
		return {
			setId: picked.id,
			title: picked.title,
			subject: picked.subject,
			activity: lesson ? "lesson" : (picked as QuestionSet).activity,
			difficulty: picked.difficulty,
			questions,
			expectedTime,
			firstRunToday,
			current: 0,
			askedAt: now,
			answers: [],
			pages: lesson ? [...(picked as Lesson).pages] : undefined,
			pageWords: lesson ? countWords((picked as Lesson).pages) : 0,
		};
	}

	private startOf(session: ActivitySession): ActivityStart {
		return {
			set_id: session.setId,
			title: session.title,
			subject: session.subject,
			activity: session.activity,
			pages: session.pages,
			question_count: session.questions.size(),
			number: 1,
			question: session.questions[0].view,
		};
	}

	private finish(player: Player, session: ActivitySession): RecordOutcome {
		let correct = 0;
		let time = 0;
		let rushed = 0;
		for (const answer of session.answers) {
			if (answer.correct) correct += 1;
			time += answer.seconds;
			if (answer.rushed) rushed += 1;
		}
		const questions = session.answers.size();
		const accuracy = correct / questions;
		return this.submit(
			player,
			{
				kind: "activity",
				activity: session.activity,
				subject: session.subject,
				difficulty: DIFFICULTY_LABELS[session.difficulty],
				set_id: session.setId,
				performance: {
					perfect: correct === questions,
					// tenths of a second: what the server measured, without float noise in the profile
					time: math.floor(time * 10 + 0.5) / 10,
					expected_time: session.expectedTime,
					first_try: session.firstRunToday && accuracy >= PASS_ACCURACY,
					accuracy,
					rushed_answers: rushed,
				},
			},
			correct,
			questions,
		);
	}

	/** Called after every activity the rules accepted (a class's report counts answers per subject). */
	public onRecorded(listener: RecordedListener) {
		this.recordedListeners.push(listener);
	}

	private submit(player: Player, raw: object, correct: number, questions: number): RecordOutcome {
		const read = readGameEvent(raw, this.catalog, { kinds: ["activity"] });
		if (!read.ok) return refused(refusalText(read));
		const event = read.event as Extract<GameEvent, { kind: "activity" }>;
		const outcome = this.pipeline.act(player.UserId, event);
		if (outcome.refusal !== undefined) return refused(outcome.refusal);
		const performance = event.performance;
		for (const listener of this.recordedListeners) {
			const [ok, err] = pcall(() => listener(player, event.subject, correct, questions));
			if (!ok) warn(`after an activity of ${player.UserId}: ${err}`);
		}
		return {
			ok: true,
			summary: {
				correct,
				questions,
				accuracy: correct / questions,
				perfect: performance.perfect,
				first_try: performance.first_try,
				time: performance.time,
				expected_time: performance.expected_time,
				rushed_answers: performance.rushed_answers ?? 0,
				...earned(outcome.effects, event.activity),
			},
		};
	}
}

/** Words in a lesson's pages (read before its first question). */
function countWords(pages: readonly string[]): number {
	let words = 0;
	for (const page of pages) words += page.gsub("%S+", "")[1];
	return words;
}

/** XP and coins an activity's effects gave. */
function earned(effects: readonly Effect[], activity: string) {
	let xp = 0;
	let coins = 0;
	for (const effect of effects) {
		if (effect.kind === "xp_gained" && effect.source === activity) xp += effect.amount;
		if (effect.kind === "currency_changed" && effect.currency === "coins" && effect.reason === activity) {
			coins += effect.delta;
		}
	}
	return { xp, coins };
}
