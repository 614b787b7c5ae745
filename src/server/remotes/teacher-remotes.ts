import { CodeReply, ConsoleReply, ImportReply, ReportReply } from "shared/classroom/classroom-protocol";
import { ActionReply, Remotes } from "shared/remotes";
import { ClassBroadcaster } from "server/classroom/class-broadcast";
import { ClassHub, NOT_A_TEACHER } from "server/classroom/class-hub";
import { TeacherActions } from "server/classroom/teacher-actions";
import { TeacherAuthority } from "server/classroom/teacher-authority";
import { LimitedRemote } from "./rate-limits";
import { RemoteGuard, refusedAction } from "./remote-guard";
import { readFields } from "./request-fields";

/** The live quiz's controls (class-quiz.ts): each answers undefined when done, else why not. */
export interface QuizControl {
	start(teacher: Player, fields: Record<string, unknown>): string | undefined;
	pause(teacher: Player): string | undefined;
	resume(teacher: Player): string | undefined;
	skip(teacher: Player): string | undefined;
	reveal(teacher: Player): string | undefined;
	next(teacher: Player): string | undefined;
	end(teacher: Player): string | undefined;
}

/** The classroom's server side that the teacher remotes reach: the hub's, or a class server's. */
export interface TeacherServices {
	readonly hub?: ClassHub;
	readonly actions?: TeacherActions;
	readonly quiz?: QuizControl;
}

const IN_THE_HUB = "classes are created in the hub";
const IN_A_CLASS = "open your class first: this is the hub";

const refusedCode = (reason: string): CodeReply => ({ ok: false, reason });
const refusedConsole = (reason: string): ConsoleReply => ({ ok: false, reason });
const refusedReport = (reason: string): ReportReply => ({ ok: false, reason });
const refusedImport = (reason: string): ImportReply => ({ ok: false, reason, errors: [] });

/** Fields the teacher remotes take, by remote (anything else is refused by name). */
const FIELDS: Partial<Record<LimitedRemote, readonly string[]>> = {
	CreateClass: ["name"],
	Award: ["user_id", "xp", "coins", "badge_id", "reason"],
	Revoke: ["user_id", "xp", "coins", "badge_id", "reason"],
	StartClassQuest: ["quest_id", "minutes"],
	ResetBoard: ["archive"],
	Spotlight: ["user_id"],
	SetFrozen: ["frozen"],
	SetLocked: ["locked"],
	Announce: ["text"],
	SetNotificationsPaused: ["paused"],
	PreviewQuestions: ["text"],
	SaveQuestionSet: ["title", "text", "subject"],
	StartQuiz: ["set_id", "scoring", "seconds_per_question"],
};

/**
 * Every remote of the teacher's console. Each refuses anyone the server does not hold to be the
 * teacher before it reads a single field, whatever they send; then reads the fields by name.
 */
export function serveTeacherRemotes(
	guard: RemoteGuard,
	authority: TeacherAuthority,
	broadcaster: ClassBroadcaster,
	services: TeacherServices,
) {
	const remotes = Remotes.Server.GetNamespace("Teacher");

	/** The common door: rate limit, teacher check, fields read; then the handler. */
	function serve<R>(
		player: Player,
		name: LimitedRemote,
		request: unknown,
		refused: (reason: string) => R,
		handler: (fields: Record<string, unknown>) => R | string,
	): R {
		return guard.serve(player, name, refused, () => {
			if (!authority.isTeacher(player)) return guard.refuse(player, name, NOT_A_TEACHER, refused);
			const allowed = FIELDS[name];
			const fields =
				request === undefined && allowed === undefined ? {} : readFields(request ?? {}, allowed ?? []);
			if (typeIs(fields, "string")) return guard.refuse(player, name, fields, refused);
			const reply = handler(fields);
			if (typeIs(reply, "string")) return guard.refuse(player, name, reply, refused);
			broadcaster.schedule();
			return reply;
		});
	}

	/** A console action answered with done or why not. */
	function action(
		name: LimitedRemote,
		run: (actions: TeacherActions, teacher: Player, fields: Record<string, unknown>) => string | undefined,
	) {
		(
			remotes.Get(name as "Award") as {
				SetCallback(cb: (player: Player, request?: unknown) => ActionReply): void;
			}
		).SetCallback((player, request) =>
			serve(player, name, request, refusedAction, (fields) => {
				if (services.actions === undefined) return IN_A_CLASS;
				return run(services.actions, player, fields) ?? { ok: true };
			}),
		);
	}

	function quizAction(
		name: LimitedRemote,
		run: (quiz: QuizControl, teacher: Player, fields: Record<string, unknown>) => string | undefined,
	) {
		action(name, (_, teacher, fields) =>
			services.quiz === undefined ? IN_A_CLASS : run(services.quiz, teacher, fields),
		);
	}

	remotes.Get("CreateClass").SetCallback((player, request) =>
		serve(player, "CreateClass", request, refusedCode, (fields) => {
			if (services.hub === undefined) return IN_THE_HUB;
			const created = services.hub.createClass(player, fields.name);
			return created.ok ? { ok: true, join_code: created.value } : created.reason;
		}),
	);
	remotes.Get("GetConsole").SetCallback((player) =>
		serve(player, "GetConsole", undefined, refusedConsole, () => {
			const view = broadcaster.consoleFor(player);
			return view !== undefined ? { ok: true, view } : IN_A_CLASS;
		}),
	);
	remotes.Get("NewJoinCode").SetCallback((player) =>
		serve(player, "NewJoinCode", undefined, refusedCode, () => {
			if (services.actions === undefined) return IN_A_CLASS;
			const issued = services.actions.newJoinCode(player);
			return typeIs(issued, "string") ? issued : { ok: true, join_code: issued.code };
		}),
	);
	remotes
		.Get("PreviewQuestions")
		.SetCallback((player, request) =>
			serve(player, "PreviewQuestions", request, refusedImport, (fields) =>
				services.actions === undefined ? IN_A_CLASS : services.actions.previewQuestions(fields),
			),
		);
	remotes
		.Get("SaveQuestionSet")
		.SetCallback((player, request) =>
			serve(player, "SaveQuestionSet", request, refusedImport, (fields) =>
				services.actions === undefined ? IN_A_CLASS : services.actions.saveQuestionSet(player, fields),
			),
		);
	remotes.Get("GetReport").SetCallback((player) =>
		serve(player, "GetReport", undefined, refusedReport, () => {
			if (services.actions === undefined) return IN_A_CLASS;
			const report = services.actions.report();
			return typeIs(report, "string") ? report : { ok: true, report };
		}),
	);

	action("Award", (actions, teacher, fields) => actions.award(teacher, fields, "grant"));
	action("Revoke", (actions, teacher, fields) => actions.award(teacher, fields, "revoke"));
	action("StartClassQuest", (actions, teacher, fields) => actions.startClassQuest(teacher, fields));
	action("EndClassQuest", (actions, teacher) => actions.endClassQuest(teacher));
	action("ResetBoard", (actions, teacher, fields) => actions.resetBoard(teacher, fields));
	action("Spotlight", (actions, teacher, fields) => actions.spotlight(teacher, fields));
	action("SetFrozen", (actions, teacher, fields) => actions.setFrozen(teacher, fields));
	action("BringEveryone", (actions, teacher) => actions.bringEveryone(teacher));
	action("SetLocked", (actions, teacher, fields) => actions.setLocked(teacher, fields));
	action("Announce", (actions, teacher, fields) => actions.announce(teacher, fields));
	action("SetNotificationsPaused", (actions, teacher, fields) => actions.setNotificationsPaused(teacher, fields));
	quizAction("StartQuiz", (quiz, teacher, fields) => quiz.start(teacher, fields));
	quizAction("PauseQuiz", (quiz, teacher) => quiz.pause(teacher));
	quizAction("ResumeQuiz", (quiz, teacher) => quiz.resume(teacher));
	quizAction("SkipQuestion", (quiz, teacher) => quiz.skip(teacher));
	quizAction("RevealAnswer", (quiz, teacher) => quiz.reveal(teacher));
	quizAction("NextQuestion", (quiz, teacher) => quiz.next(teacher));
	quizAction("EndQuiz", (quiz, teacher) => quiz.end(teacher));
}
