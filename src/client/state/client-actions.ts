import { Remotes } from "shared/remotes";
import { ClientStore, ScreenId } from "./client-store";

/** The student remotes that take an action's fields and answer done or a refusal. */
export type ActionName =
	| "EquipBadge"
	| "UnequipBadge"
	| "BuyBadge"
	| "SetShowcase"
	| "AssignQuest"
	| "AbandonQuest"
	| "RateQuest"
	| "Purchase"
	| "UseItem"
	| "Prestige"
	| "SetNotifications"
	| "SetPrivacy";

/** What the screens can ask for. The server decides; the store shows what it answered. */
export interface ClientActions {
	/**
	 * Sends an action; its reply lands in `store.replies` under `replyKey` ("" when done, else
	 * the server's reason), so the screen that sent it can say why it was refused.
	 */
	act(this: void, action: ActionName, fields: object | undefined, replyKey: string): void;
	/** Reads a board's current page into `store.leaderboards`. */
	loadLeaderboard(this: void, boardId: string): void;
	openScreen(this: void, screen: ScreenId | undefined): void;
	setLargerText(this: void, larger: boolean): void;
}

/** A copy of a map with one entry set: an atom's value is replaced, never changed in place. */
export function withEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> {
	const copy = new Map<string, V>();
	for (const [k, v] of map) copy.set(k, v);
	copy.set(key, value);
	return copy;
}

/** Records what an action's request came back with: "…" while waiting, "" when done, else the server's reason. */
export function setReply(store: ClientStore, key: string, text: string) {
	store.replies(withEntry(store.replies(), key, text));
}

/**
 * The actions of a live client: each goes through its remote, in a thread of its own (Net's `Get`
 * waits a frame, and a component's click handler or effect must not yield).
 */
export function remoteActions(store: ClientStore): ClientActions {
	const student = Remotes.Client.GetNamespace("Student");
	return {
		act: (action, fields, replyKey) => {
			setReply(store, replyKey, "…");
			task.spawn(() =>
				student
					.Get(action as "EquipBadge")
					.CallServerAsync(fields)
					.then((reply) => setReply(store, replyKey, reply.ok ? "" : reply.reason))
					.catch(() => setReply(store, replyKey, "no answer from the server: try again")),
			);
		},
		loadLeaderboard: (boardId) =>
			task.spawn(() =>
				student
					.Get("GetLeaderboard")
					.CallServerAsync({ board_id: boardId })
					.then((reply) => {
						if (reply.ok) {
							store.leaderboards(withEntry(store.leaderboards(), boardId, reply.page));
							setReply(store, `board:${boardId}`, "");
						} else setReply(store, `board:${boardId}`, reply.reason);
					})
					.catch(() => setReply(store, `board:${boardId}`, "no answer from the server: try again")),
			),
		openScreen: (screen) => store.screen(screen),
		setLargerText: (larger) => store.textScale({ ...store.textScale(), larger }),
	};
}
