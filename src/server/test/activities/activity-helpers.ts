import type * as ContentModule from "server/content/default-content";
import { ActivityReply, AnswerReply, ActivityStart } from "shared/activity-protocol";
import { QuestionView } from "shared/content";
import { questionOf, rightAnswer, wrongAnswer } from "tools/playtest/answer-key";
import { stationPartOf } from "tools/playtest/stations";
import { remotesOf } from "../helpers/remotes";

/** Walks the student's character up to the station (a few studs in front of it). */
export function walkTo(server: EmulatedServer, client: EmulatedClient, subject: string) {
	const part = stationPartOf(server, subject);
	client.moveTo(part.CFrame.Position.add(new Vector3(0, 0, 4)));
}

export function startActivity(client: EmulatedClient, station: unknown): ActivityReply {
	return remotesOf(client).GetNamespace("Student").Get("StartActivity").CallServerAsync(station).expect();
}

export function answerQuestion(client: EmulatedClient, payload: unknown): AnswerReply {
	return remotesOf(client).GetNamespace("Student").Get("AnswerQuestion").CallServerAsync(payload).expect();
}

/** The server's content pack (specs may read it; a client never can). */
export function serverContent(server: EmulatedServer) {
	return server
		.requireModule<typeof ContentModule>("ServerScriptService/TS/content/default-content")
		.getDefaultContent();
}

/** Answers the question shown, right or wrong, after `seconds` of thinking. */
export function answerShown(
	server: EmulatedServer,
	client: EmulatedClient,
	start: ActivityStart,
	view: QuestionView,
	right: boolean,
	seconds: number,
): AnswerReply {
	const question = questionOf(serverContent(server), start.set_id, view);
	if (seconds > 0) Emulation.advance(seconds);
	return answerQuestion(client, {
		question: view.id,
		answer: right ? rightAnswer(question, view) : wrongAnswer(question, view),
	});
}

/** Answers every question of the activity, right or wrong as `right` says, after `seconds` each. */
export function playThrough(
	server: EmulatedServer,
	client: EmulatedClient,
	start: ActivityStart,
	right: (index: number) => boolean,
	seconds: number,
) {
	let view: QuestionView | undefined = start.question;
	let index = 0;
	let last: AnswerReply | undefined;
	while (view !== undefined) {
		last = answerShown(server, client, start, view, right(index), seconds);
		if (!last.ok) error(`an answer was refused: ${last.reason}`);
		view = last.ok ? last.next?.question : undefined;
		index += 1;
	}
	return last!;
}

/** Walks to a subject's station and plays its quiz, every answer right after `seconds` of thought. */
export function playQuiz(server: EmulatedServer, client: EmulatedClient, subject: string, seconds = 8): AnswerReply {
	walkTo(server, client, subject);
	const reply = startActivity(client, subject);
	if (!reply.ok) error(`the ${subject} station refused: ${reply.reason}`);
	return playThrough(server, client, reply.start, () => true, seconds);
}

/** Walks to a subject's station and plays its lesson: its check questions right, after `seconds` each. */
export function playLesson(server: EmulatedServer, client: EmulatedClient, subject: string, seconds = 20): AnswerReply {
	walkTo(server, client, subject);
	const reply = startActivity(client, { subject, mode: "lesson" });
	if (!reply.ok) error(`the ${subject} station refused a lesson: ${reply.reason}`);
	return playThrough(server, client, reply.start, () => true, seconds);
}
