import { ClassReply } from "shared/classroom/classroom-protocol";
import { ActionReply, Remotes } from "shared/remotes";
import { ClassBroadcaster } from "server/classroom/class-broadcast";
import { ClassHub } from "server/classroom/class-hub";
import { RemoteGuard, refusedAction } from "./remote-guard";
import { readFields } from "./request-fields";

/** What the live quiz answers a student's answer with: undefined when taken, else why not. */
export type AnswerTaker = (player: Player, quizId: unknown, numberOf: unknown, answer: unknown) => string | undefined;

const refusedClass = (reason: string): ClassReply => ({ ok: false, reason });

/**
 * The remotes every player has of the classroom: JoinClass in the hub (`hub` given), GetClass
 * everywhere, AnswerLiveQuiz on a class's server (`answer` given).
 */
export function serveClassRemotes(
	guard: RemoteGuard,
	broadcaster: ClassBroadcaster,
	hub: ClassHub | undefined,
	answer: AnswerTaker | undefined,
) {
	const remotes = Remotes.Server.GetNamespace("Class");
	remotes.Get("JoinClass").SetCallback((player, typed) =>
		guard.serve(player, "JoinClass", refusedAction, (): ActionReply => {
			if (hub === undefined)
				return guard.refuse(
					player,
					"JoinClass",
					"you are in a class already: join another from the hub",
					refusedAction,
				);
			const joined = hub.joinClass(player, typed);
			return joined.ok ? { ok: true } : guard.refuse(player, "JoinClass", joined.reason, refusedAction);
		}),
	);
	remotes.Get("GetClass").SetCallback((player) =>
		guard.serve(player, "GetClass", refusedClass, (): ClassReply => ({
			ok: true,
			view: broadcaster.viewFor(player),
		})),
	);
	remotes.Get("AnswerLiveQuiz").SetCallback((player, request) =>
		guard.serve(player, "AnswerLiveQuiz", refusedAction, (): ActionReply => {
			if (answer === undefined)
				return guard.refuse(player, "AnswerLiveQuiz", "there is no live quiz here", refusedAction);
			const fields = readFields(request, ["quiz_id", "number", "answer"]);
			if (typeIs(fields, "string")) return guard.refuse(player, "AnswerLiveQuiz", fields, refusedAction);
			const refusal = answer(player, fields.quiz_id, fields.number, fields.answer);
			return refusal === undefined
				? { ok: true }
				: guard.refuse(player, "AnswerLiveQuiz", refusal, refusedAction);
		}),
	);
}
