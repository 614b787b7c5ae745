import { Remotes } from "shared/remotes";
import { ClientStore } from "./client-store";
import { setReply } from "./client-actions";

/** The teacher remotes that take an action's fields and answer done or a refusal. */
export type TeacherActionName =
	| "Award"
	| "Revoke"
	| "StartClassQuest"
	| "EndClassQuest"
	| "ResetBoard"
	| "Spotlight"
	| "SetFrozen"
	| "BringEveryone"
	| "SetLocked"
	| "Announce"
	| "SetNotificationsPaused"
	| "StartQuiz"
	| "PauseQuiz"
	| "ResumeQuiz"
	| "SkipQuestion"
	| "RevealAnswer"
	| "NextQuestion"
	| "EndQuiz";

/** The reply keys of the classroom's requests in `store.replies` (a row's own key is built from its user id). */
export const CLASS_REPLY = {
	join: "class:join",
	create: "class:create",
	quiz: "class:quiz",
	questions: "console:questions",
	report: "console:report",
} as const;

/** The reply key of one roster row's forms (award, revoke, spotlight). */
export function rosterReplyKey(userId: number): string {
	return `console:roster:${userId}`;
}

/**
 * What the classroom screens can ask the server. Every request's answer lands in `store.replies`
 * under its key ("" when done, else the server's reason), and what the server sends back (a code,
 * the read questions, the report) in its store slice; the class and the console themselves change
 * only when the server pushes them.
 */
export interface ClassActions {
	/** In the hub: the code as the student typed it (the server forgives case, spaces and dashes). */
	joinClass(this: void, code: string): void;
	answerQuiz(this: void, quizId: string, number: number, answer: string): void;
	createClass(this: void, name: string): void;
	newJoinCode(this: void, replyKey: string): void;
	teacher(this: void, action: TeacherActionName, fields: object | undefined, replyKey: string): void;
	previewQuestions(this: void, text: string): void;
	saveQuestionSet(this: void, title: string, text: string): void;
	loadReport(this: void): void;
}

const NO_ANSWER = "no answer from the server: try again";

/**
 * The classroom actions of a live client: each call goes through its remote in a thread of its own
 * (Net's `Get` waits for the remote, and a click handler must not yield).
 */
export function remoteClassActions(store: ClientStore): ClassActions {
	const classNamespace = Remotes.Client.GetNamespace("Class");
	const teacherNamespace = Remotes.Client.GetNamespace("Teacher");
	const send = (key: string, call: () => Promise<void>) => {
		setReply(store, key, "…");
		task.spawn(() => call().catch(() => setReply(store, key, NO_ANSWER)));
	};
	const done = (key: string) => (reply: { ok: boolean; reason?: string }) =>
		setReply(store, key, reply.ok ? "" : (reply.reason ?? "refused"));
	return {
		joinClass: (code) =>
			send(CLASS_REPLY.join, () =>
				classNamespace.Get("JoinClass").CallServerAsync(code).then(done(CLASS_REPLY.join)),
			),
		answerQuiz: (quizId, number, answer) =>
			send(CLASS_REPLY.quiz, () =>
				classNamespace
					.Get("AnswerLiveQuiz")
					.CallServerAsync({ quiz_id: quizId, number, answer })
					.then(done(CLASS_REPLY.quiz)),
			),
		createClass: (name) =>
			send(CLASS_REPLY.create, () =>
				teacherNamespace
					.Get("CreateClass")
					.CallServerAsync({ name })
					.then((reply) => {
						if (reply.ok) store.issuedCode(reply.join_code);
						done(CLASS_REPLY.create)(reply);
					}),
			),
		newJoinCode: (replyKey) =>
			send(replyKey, () =>
				teacherNamespace
					.Get("NewJoinCode")
					.CallServerAsync()
					.then((reply) => {
						if (reply.ok) store.issuedCode(reply.join_code);
						done(replyKey)(reply);
					}),
			),
		teacher: (action, fields, replyKey) =>
			send(replyKey, () =>
				teacherNamespace
					.Get(action as "Award")
					.CallServerAsync(fields)
					.then(done(replyKey)),
			),
		previewQuestions: (text) =>
			send(CLASS_REPLY.questions, () =>
				teacherNamespace
					.Get("PreviewQuestions")
					.CallServerAsync({ text })
					.then((reply) => {
						store.questionImport(reply);
						done(CLASS_REPLY.questions)(reply);
					}),
			),
		saveQuestionSet: (title, text) =>
			send(CLASS_REPLY.questions, () =>
				teacherNamespace
					.Get("SaveQuestionSet")
					.CallServerAsync({ title, text })
					.then((reply) => {
						store.questionImport(reply);
						done(CLASS_REPLY.questions)(reply);
					}),
			),
		loadReport: () =>
			send(CLASS_REPLY.report, () =>
				teacherNamespace
					.Get("GetReport")
					.CallServerAsync()
					.then((reply) => {
						if (reply.ok) store.report(reply.report);
						done(CLASS_REPLY.report)(reply);
					}),
			),
	};
}
