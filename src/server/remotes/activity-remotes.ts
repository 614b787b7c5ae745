import { ActivityService } from "server/activities/activity-service";
import { StationDirectory } from "server/world/station-directory";
import { ActivityReply, AnswerReply } from "shared/activity-protocol";
import { Remotes } from "shared/remotes";
import { refusedAction, RemoteGuard } from "./remote-guard";
import { readFields } from "./request-fields";

const refusedActivity = (reason: string): ActivityReply & AnswerReply => ({ ok: false, reason });

/** The station's remote fields: a subject, or `{ subject, mode }`. */
function stationOf(station: unknown): { subject: unknown; mode: unknown } | string {
	if (!typeIs(station, "table")) return { subject: station, mode: "quiz" };
	const fields = readFields(station, ["subject", "mode"]);
	if (typeIs(fields, "string")) return fields;
	return { subject: fields.subject, mode: fields.mode ?? "quiz" };
}

/**
 * A station's prompt starts its activity like the StartActivity remote, through the same guard
 * (a prompt can be fired as fast as a remote), and the client is told the first question or why not.
 */
export function serveStationPrompts(guard: RemoteGuard, stations: StationDirectory, activities: ActivityService) {
	const notifications = Remotes.Server.GetNamespace("Notifications");
	stations.onStationTriggered((player, subject) => {
		const reply = guard.serve(player, "StartActivity", refusedActivity, () => {
			const started = activities.begin(player, subject);
			return started.ok ? started : guard.refuse(player, "StartActivity", started.reason, refusedActivity);
		});
		if (reply.ok) notifications.Get("ActivityStarted").SendToPlayer(player, reply.start);
		else notifications.Get("StationRefused").SendToPlayer(player, reply.reason);
	});
}

/** Serves the activity remotes: start a station, answer the question asked, quit. */
export function serveActivityRemotes(guard: RemoteGuard, activities: ActivityService) {
	const student = Remotes.Server.GetNamespace("Student");
	student.Get("StartActivity").SetCallback((player, station) =>
		guard.serve(player, "StartActivity", refusedActivity, () => {
			const fields = stationOf(station);
			if (typeIs(fields, "string")) return guard.refuse(player, "StartActivity", fields, refusedActivity);
			const reply = activities.begin(player, fields.subject, fields.mode);
			return reply.ok ? reply : guard.refuse(player, "StartActivity", reply.reason, refusedActivity);
		}),
	);
	student.Get("AnswerQuestion").SetCallback((player, answer) =>
		guard.serve(player, "AnswerQuestion", refusedActivity, () => {
			const fields = readFields(answer, ["question", "answer"]);
			if (typeIs(fields, "string")) return guard.refuse(player, "AnswerQuestion", fields, refusedActivity);
			const reply = activities.answer(player, fields.question, fields.answer);
			return reply.ok ? reply : guard.refuse(player, "AnswerQuestion", reply.reason, refusedActivity);
		}),
	);
	student.Get("QuitActivity").SetCallback((player, fields) =>
		guard.serve(player, "QuitActivity", refusedAction, () => {
			if (fields !== undefined)
				return guard.refuse(player, "QuitActivity", "quitting takes no fields", refusedAction);
			const refusal = activities.quit(player);
			return refusal === undefined ? { ok: true } : guard.refuse(player, "QuitActivity", refusal, refusedAction);
		}),
	);
}
