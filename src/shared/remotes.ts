import Net from "@rbxts/net";
import { Effect } from "shared/domain";
import { PatchOp } from "shared/view/view-patch";
import { StudentView } from "shared/view/student-view";
import { ActivityReply, ActivityStart, AnswerReply } from "shared/activity-protocol";
import { LeaderboardReply } from "shared/leaderboard-protocol";
import {
	ClassBroadcast,
	ClassReply,
	CodeReply,
	ConsoleReply,
	ConsoleView,
	ImportReply,
	ReportReply,
} from "shared/classroom/classroom-protocol";

/** What every student action is answered with: done, or refused with a reason a student can read. */
export type ActionReply = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The student's view as first sent, with a version each patch counts from. */
export interface ViewMessage {
	readonly version: number;
	readonly view: StudentView;
}

/** The answer to GetView: the whole view, or why not yet (still loading, too many requests). */
export type ViewReply =
	{ readonly ok: true; readonly message: ViewMessage } | { readonly ok: false; readonly reason: string };

/** What changed after an event, from `version - 1` to `version`, and what the student is told of it. */
export interface PatchMessage {
	readonly version: number;
	readonly ops: readonly PatchOp[];
	readonly effects: readonly Effect[];
}

/**
 * A student action: the fields of its event, as the event schema names them (shared/domain's
 * event-schema), e.g. `{ badge_id: "helper" }`. The server reads them with readStudentAction; a
 * client never sends an event kind the server alone decides (an activity result, a grant).
 */
const action = () => Net.Definitions.ServerAsyncFunction<(fields?: unknown) => ActionReply>();

/** A teacher's action on their class: refused with a reason for anyone the server does not hold to be the teacher. */
const teacherAction = () => Net.Definitions.ServerAsyncFunction<(fields?: unknown) => ActionReply>();

/**
 * Every remote between client and server, grouped by audience. No remote validates with Net's
 * middleware: each server handler reads its arguments with the event schema and answers a
 * refusal with its reason (a middleware would drop the request silently), and every one is
 * rate-limited per player (server/remotes/rate-limits.ts lists the limits).
 */
export const Remotes = Net.Definitions.Create({
	Student: Net.Definitions.Namespace({
		/** The student's whole view, or why not yet (it is also pushed, as ViewReset, once it has loaded). */
		GetView: Net.Definitions.ServerAsyncFunction<() => ViewReply>(),
		/**
		 * Starts the learning station of a subject the student stands at: `"math"`, or
		 * `{ subject: "math", mode: "lesson" }`. Answered with the first question, never its answer.
		 */
		StartActivity: Net.Definitions.ServerAsyncFunction<(station?: unknown) => ActivityReply>(),
		/** Answers the question the server last asked: `{ question: "q3", answer: 2 }`. */
		AnswerQuestion: Net.Definitions.ServerAsyncFunction<(answer?: unknown) => AnswerReply>(),
		/** One board's current period as the student sees it: `{ board_id }`. */
		GetLeaderboard: Net.Definitions.ServerAsyncFunction<(request?: unknown) => LeaderboardReply>(),
		/** Leaves the activity; nothing is earned for it. */
		QuitActivity: action(),
		EquipBadge: action(),
		UnequipBadge: action(),
		BuyBadge: action(),
		SetShowcase: action(),
		AssignQuest: action(),
		AbandonQuest: action(),
		RateQuest: action(),
		/** Buys a shop reward: `{ reward_id }`. */
		Purchase: action(),
		UseItem: action(),
		/** A badge or an item to a classmate on this server: `{ to_user_id, badge_id }` or `{ to_user_id, item_id }`. */
		Gift: action(),
		Prestige: action(),
		SetNotifications: action(),
		SetPrivacy: action(),
		BlockUser: action(),
		UnblockUser: action(),
	}),
	/** What every player may ask of the classroom: join a class in the hub, answer the live quiz. */
	Class: Net.Definitions.Namespace({
		/** In the hub: the join code a student was given (`"KX7-4PM"`); answered, then the student is teleported. */
		JoinClass: action(),
		/** What this player is told of the class (the same as the ClassUpdated push). */
		GetClass: Net.Definitions.ServerAsyncFunction<() => ClassReply>(),
		/** The answer to the live quiz's open question: `{ quiz_id, number, answer }` (a choice's text). */
		AnswerLiveQuiz: action(),
	}),
	/** The teacher's console. Every one refuses a student, whatever they send. */
	Teacher: Net.Definitions.Namespace({
		/** In the hub: `{ name }`; reserves a classroom server, answers with its join code, then teleports the teacher. */
		CreateClass: Net.Definitions.ServerAsyncFunction<(fields?: unknown) => CodeReply>(),
		GetConsole: Net.Definitions.ServerAsyncFunction<() => ConsoleReply>(),
		/** `{ user_id, xp?, coins?, badge_id?, reason }` */
		Award: teacherAction(),
		/** `{ user_id, xp?, coins?, badge_id?, reason }` */
		Revoke: teacherAction(),
		/** `{ quest_id, minutes }` */
		StartClassQuest: teacherAction(),
		EndClassQuest: teacherAction(),
		/** `{ archive }`: starts a new class board; archive keeps the old board's top in the class record. */
		ResetBoard: teacherAction(),
		/** `{ user_id }`, or nothing to clear the spotlight. */
		Spotlight: teacherAction(),
		/** `{ frozen }` */
		SetFrozen: teacherAction(),
		BringEveryone: teacherAction(),
		/** `{ locked }` */
		SetLocked: teacherAction(),
		/** Retires the class's code and issues a new one. */
		NewJoinCode: Net.Definitions.ServerAsyncFunction<() => CodeReply>(),
		/** `{ text }`: filtered, then shown to the class as a banner. */
		Announce: teacherAction(),
		/** `{ paused }` */
		SetNotificationsPaused: teacherAction(),
		/** `{ text }`: pasted CSV or tab-separated questions, read and checked, nothing saved. */
		PreviewQuestions: Net.Definitions.ServerAsyncFunction<(fields?: unknown) => ImportReply>(),
		/** `{ title, text, subject? }`: read, checked, filtered and saved to the class record. */
		SaveQuestionSet: Net.Definitions.ServerAsyncFunction<(fields?: unknown) => ImportReply>(),
		/** `{ set_id, scoring?, seconds_per_question? }` */
		StartQuiz: teacherAction(),
		PauseQuiz: teacherAction(),
		ResumeQuiz: teacherAction(),
		SkipQuestion: teacherAction(),
		RevealAnswer: teacherAction(),
		NextQuestion: teacherAction(),
		EndQuiz: teacherAction(),
		GetReport: Net.Definitions.ServerAsyncFunction<() => ReportReply>(),
	}),
	Notifications: Net.Definitions.Namespace({
		/** The whole view: on join, and again whenever the client may have missed a patch. */
		ViewReset: Net.Definitions.ServerToClientEvent<[message: ViewMessage]>(),
		/** After each event: what changed and what to tell the student. */
		ViewPatched: Net.Definitions.ServerToClientEvent<[message: PatchMessage]>(),
		/** An activity the server started for the student (they used a station's prompt). */
		ActivityStarted: Net.Definitions.ServerToClientEvent<[start: ActivityStart]>(),
		/** Why a station's prompt did not start an activity. */
		StationRefused: Net.Definitions.ServerToClientEvent<[reason: string]>(),
		/** The class as this player sees it: after every change the class makes (a banner, a freeze, the quiz). */
		ClassUpdated: Net.Definitions.ServerToClientEvent<[view: ClassBroadcast]>(),
		/** The teacher's console, after every change. */
		ConsoleUpdated: Net.Definitions.ServerToClientEvent<[view: ConsoleView]>(),
	}),
});
