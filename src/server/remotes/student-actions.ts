import { Catalog } from "shared/catalog/types";
import { readStudentAction, refusalText } from "shared/domain";
import { ActionReply, Remotes } from "shared/remotes";
import { EventPipeline, NOT_LOADED } from "server/events/event-pipeline";
import { PlayerSessions } from "server/players/player-sessions";
import { LimitedRemote } from "./rate-limits";
import { refusedAction, RemoteGuard } from "./remote-guard";
import { eventOf } from "./request-fields";

/** Each action remote and the event kind it asks for (the remote, never the client, says which). */
export const ACTION_KINDS = {
	EquipBadge: "equip_badge",
	UnequipBadge: "unequip_badge",
	BuyBadge: "buy_badge",
	SetShowcase: "set_showcase",
	AssignQuest: "assign_quest",
	AbandonQuest: "abandon_quest",
	RateQuest: "rate_quest",
	Purchase: "purchase",
	UseItem: "use_item",
	Prestige: "prestige",
	SetNotifications: "set_notifications",
	SetPrivacy: "set_privacy",
	BlockUser: "block_user",
	UnblockUser: "unblock_user",
} as const satisfies Partial<Record<LimitedRemote, string>>;

const OK: ActionReply = { ok: true };

/**
 * Serves the student's action remotes: each request is rate-limited, read with the event schema
 * (readStudentAction: a forged kind, field or value is refused naming it), applied to the
 * student's profile here, and answered with done or the refusal. Nothing a client sends is used
 * before it is read.
 */
export function serveStudentActions(
	guard: RemoteGuard,
	sessions: PlayerSessions,
	pipeline: EventPipeline,
	catalog: Catalog,
) {
	const student = Remotes.Server.GetNamespace("Student");
	for (const [remote, kind] of pairs(ACTION_KINDS)) {
		student.Get(remote).SetCallback((player, fields) =>
			guard.serve(player, remote, refusedAction, () => {
				const raw = eventOf(kind, fields);
				if (typeIs(raw, "string")) return guard.refuse(player, remote, raw, refusedAction);
				const read = readStudentAction(raw, catalog, { sender: tostring(player.UserId) });
				if (!read.ok) return guard.refuse(player, remote, refusalText(read), refusedAction);
				const outcome = pipeline.act(player.UserId, read.event as never);
				if (outcome.refusal !== undefined) return guard.refuse(player, remote, outcome.refusal, refusedAction);
				return OK;
			}),
		);
	}
	student.Get("Gift").SetCallback((player, fields) =>
		guard.serve(player, "Gift", refusedAction, () => {
			const raw = eventOf("gift", fields);
			if (typeIs(raw, "string")) return guard.refuse(player, "Gift", raw, refusedAction);
			const read = readStudentAction(raw, catalog, {
				sender: tostring(player.UserId),
				checkRecipient: (userId) => whyNotRecipient(sessions, player, userId),
			});
			if (!read.ok) return guard.refuse(player, "Gift", refusalText(read), refusedAction);
			if (read.event.kind !== "gift") return guard.refuse(player, "Gift", "expected a gift", refusedAction);
			if (sessions.sessionOf(player) === undefined)
				return guard.refuse(player, "Gift", NOT_LOADED, refusedAction);
			const refusal = pipeline.host.gift(tostring(player.UserId), read.event);
			if (refusal !== undefined) return guard.refuse(player, "Gift", refusal, refusedAction);
			return OK;
		}),
	);
}

/** A gift or a trade goes to a classmate here, whose profile is loaded; never to yourself. */
function whyNotRecipient(sessions: PlayerSessions, giver: Player, userId: string): string | undefined {
	const id = tonumber(userId);
	// a user id as Roblox writes it: "04902" or "4902.0" would name the same student under another key
	if (id === undefined || tostring(id) !== userId) return `expected a user id, got "${userId.sub(1, 20)}"`;
	if (id === giver.UserId) return "you cannot give something to yourself";
	if (sessions.sessionOfUser(id) === undefined) {
		return "that classmate is not here: gifts and trades are with a classmate in this server";
	}
	return undefined;
}
