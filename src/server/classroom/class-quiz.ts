import { Catalog } from "shared/catalog/types";
import { CLASS_LIMITS } from "shared/classroom/class-record";
import { LiveQuizView, QuizOptions, QuizScoring, TeacherQuizView } from "shared/classroom/classroom-protocol";
import {
	addStudent,
	answerQuestion,
	endQuiz,
	LiveQuizStep,
	nextQuestion,
	pauseQuiz,
	resumeQuiz,
	removeStudent,
	revealAnswer,
	skipQuestion,
	startLiveQuiz,
	tickQuiz,
} from "shared/classroom/live-quiz";
import { LIVE_QUIZ_ACTIVITY, quizRecord, quizResults } from "shared/classroom/live-quiz-results";
import { LiveQuiz } from "shared/classroom/live-quiz-state";
import { QuizEarnings, studentView, teacherView } from "shared/classroom/live-quiz-views";
import { Content, QuestionSet } from "shared/content";
import { Effect, GameEvent, readGameEvent, refusalText, utcDay } from "shared/domain";
import { EventPipeline } from "server/events/event-pipeline";
import { PlayerSessions } from "server/players/player-sessions";
import { QuizControl } from "server/remotes/teacher-remotes";
import { Classroom } from "./classroom";
import { QuizViews } from "./class-views";

const NO_QUIZ = "no quiz is running";

/**
 * The class's live quiz on its server: the pure state machine (shared/classroom/live-quiz) kept
 * here, driven by the teacher's controls and the students' answers, ticked once a second so a
 * timed question closes on time, and at its end each student's result played as their `activity`
 * event (applied here, or delivered to a student who left) and the per-question counts kept in
 * the class record for the report.
 */
export class ClassQuiz implements QuizControl, QuizViews {
	private state?: LiveQuiz;
	private finished = true;
	private readonly earned = new Map<number, QuizEarnings>();
	private onChange: () => void = () => undefined;
	private quizzes = 0;
	private readonly random = new Random();

	public constructor(
		private readonly classroom: Classroom,
		private readonly pipeline: EventPipeline,
		private readonly sessions: PlayerSessions,
		private readonly catalog: Catalog,
		private readonly content: Content,
		private readonly isTeacher: (player: Player) => boolean,
	) {}

	/** Starts following arrivals and the clock; `onChange` is told after every change of the quiz. */
	public run(onChange: () => void) {
		this.onChange = onChange;
		this.sessions.onLoaded((player) => {
			if (this.state === undefined || this.finished || this.isTeacher(player)) return;
			this.apply(addStudent(this.state, player.UserId, os.time()));
		});
		// a student who leaves mid-question is not marked for it; what they answered still counts, delivered
		this.sessions.onLeft((player) => {
			if (this.state === undefined || this.finished || !this.state.students.includes(player.UserId)) return;
			this.apply(removeStudent(this.state, player.UserId, os.time()));
		});
	}

	/** Once a second while a quiz runs (an idle class server, days on end, wakes for nothing): a timed question closes on time. */
	private tickWhileRunning() {
		task.spawn(() => {
			while (this.state !== undefined && !this.finished) {
				task.wait(1);
				const state = this.state;
				if (state === undefined || this.finished) return;
				const ticked = tickQuiz(state, os.time());
				if (ticked !== state) this.settle(ticked);
			}
		});
	}

	/** `{ set_id, scoring?, seconds_per_question? }`: one of the class's own sets or the game's. */
	public start(teacher: Player, fields: Record<string, unknown>): string | undefined {
		const record = this.classroom.peek();
		if (record === undefined) return "this server has no class";
		if (this.state !== undefined && !this.finished) return "a quiz is running: end it first";
		const setId = fields.set_id;
		if (!typeIs(setId, "string")) return "set_id: pick a question set";
		const set: QuestionSet | undefined =
			record.question_sets.find((own) => own.id === setId) ?? this.content.sets.get(setId);
		if (set === undefined) return `set_id: no question set "${setId.sub(1, 60)}"`;
		const scoring = fields.scoring ?? "accuracy";
		if (scoring !== "accuracy" && scoring !== "speed") return `scoring: expected "accuracy" or "speed"`;
		const seconds = fields.seconds_per_question ?? 0;
		if (!typeIs(seconds, "number")) return "seconds_per_question: expected a number of seconds, or 0 for untimed";
		const options: QuizOptions = { set_id: setId, scoring: scoring as QuizScoring, seconds_per_question: seconds };
		const students = this.classroom.studentsHere().map((player) => player.UserId);
		this.quizzes += 1;
		const quizId = `${record.class_id.sub(1, 8)}-${os.time()}-${this.quizzes}`;
		const started = startLiveQuiz(quizId, set, options, students, os.time(), this.random);
		if (!started.ok) return started.reason;
		this.finished = false;
		this.earned.clear();
		this.state = started.state;
		this.tickWhileRunning();
		const timing = seconds > 0 ? `${seconds} s a question` : "untimed";
		this.classroom.log(teacher, {
			action: "quiz_start",
			detail: `"${set.title}", ${set.questions.size()} questions, ${scoring === "speed" ? "with a speed bonus" : "accuracy only"}, ${timing}`,
		});
		this.onChange();
		return undefined;
	}

	public pause(): string | undefined {
		return this.step((state, now) => pauseQuiz(state, now));
	}

	public resume(): string | undefined {
		return this.step((state, now) => resumeQuiz(state, now));
	}

	public skip(): string | undefined {
		return this.step((state, now) => skipQuestion(state, now));
	}

	public reveal(): string | undefined {
		return this.step((state, now) => revealAnswer(state, now));
	}

	public next(): string | undefined {
		return this.step((state, now) => nextQuestion(state, now));
	}

	public end(teacher: Player): string | undefined {
		const refusal = this.step((state, now) => endQuiz(state, now));
		if (refusal === undefined) this.classroom.log(teacher, { action: "quiz_end", detail: "ended by the teacher" });
		return refusal;
	}

	/** A student's answer from AnswerLiveQuiz: undefined when taken, else why not. */
	public answer(player: Player, quizId: unknown, number: unknown, answer: unknown): string | undefined {
		const state = this.state;
		if (state === undefined || this.finished) return NO_QUIZ;
		if (this.isTeacher(player)) return "the teacher runs the quiz and does not answer it";
		if (quizId !== state.quiz_id) return "that quiz is over: answer the one on your screen";
		return this.apply(answerQuestion(state, player.UserId, number, answer, os.time()));
	}

	public studentView(userId: number): LiveQuizView | undefined {
		const state = this.state;
		if (state === undefined) return undefined;
		return studentView(state, userId, os.time(), this.earned.get(userId));
	}

	public teacherView(online: number): TeacherQuizView | undefined {
		const state = this.state;
		if (state === undefined) return undefined;
		return teacherView(state, online, os.time());
	}

	private step(run: (state: LiveQuiz, now: number) => LiveQuizStep): string | undefined {
		const state = this.state;
		if (state === undefined || this.finished) return NO_QUIZ;
		return this.apply(run(state, os.time()));
	}

	private apply(step: LiveQuizStep): string | undefined {
		if (!step.ok) return step.reason;
		this.settle(step.state);
		return undefined;
	}

	private settle(state: LiveQuiz) {
		this.state = state;
		if (state.phase === "ended" && !this.finished) this.finish(state);
		this.onChange();
	}

	/** Each student's result becomes their activity event; the counts go to the class record. */
	private finish(state: LiveQuiz) {
		this.finished = true;
		const now = os.time();
		// a set the student already did today is no first try (as at the stations); one who left is given the benefit
		const ranSetToday = (userId: number) => {
			const profile = this.sessions.sessionOfUser(userId)?.data();
			if (profile === undefined || profile.fair_play.day !== utcDay(now)) return false;
			return (profile.fair_play.set_runs[state.set_id] ?? 0) > 0;
		};
		const results = quizResults(state, { pace: this.catalog.settings.fair_play, ranSetToday });
		for (const result of results) {
			const read = readGameEvent(result.event, this.catalog, { kinds: ["activity"] });
			if (!read.ok) {
				warn(`the quiz result of ${result.user_id} was refused: ${refusalText(read)}`);
				continue;
			}
			const event = read.event as GameEvent;
			// a student here gets it now, with what it earned on their screen; one who left, wherever they are
			const here = this.sessions.sessionOfUser(result.user_id) !== undefined;
			if (here) {
				const outcome = this.pipeline.act(result.user_id, event);
				this.earned.set(result.user_id, earnedBy(outcome.effects));
			} else this.pipeline.submit(result.user_id, event);
			this.classroom.recordAnswers(result.user_id, state.subject, result.correct, result.asked);
		}
		const record = this.classroom.peek();
		if (record !== undefined) {
			record.quizzes.push(quizRecord(state, now));
			while (record.quizzes.size() > CLASS_LIMITS.maxQuizzes) record.quizzes.remove(0);
			this.classroom.changed();
		}
	}
}

/** XP and coins the quiz itself gave (an achievement it completed pays its own, shown on its own). */
function earnedBy(effects: readonly Effect[]): QuizEarnings {
	let xp = 0;
	let coins = 0;
	for (const effect of effects) {
		if (effect.kind === "xp_gained" && effect.source === LIVE_QUIZ_ACTIVITY) xp += effect.amount;
		if (effect.kind === "currency_changed" && effect.currency === "coins" && effect.reason === LIVE_QUIZ_ACTIVITY)
			coins += effect.delta;
	}
	return { xp, coins };
}
