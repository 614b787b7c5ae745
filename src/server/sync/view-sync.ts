import { HttpService, Players } from "@rbxts/services";
import { Catalog } from "shared/catalog/types";
import { Effect } from "shared/domain";
import { PatchMessage, Remotes, ViewMessage, ViewReply } from "shared/remotes";
import { clientEffects } from "shared/view/client-effects";
import { StudentView, studentView } from "shared/view/student-view";
import { diffView } from "shared/view/view-patch";
import { EventPipeline, NOT_LOADED } from "server/events/event-pipeline";
import { PlayerSessions } from "server/players/player-sessions";
import { RemoteGuard } from "server/remotes/remote-guard";

const refusedView = (reason: string): ViewReply => ({ ok: false, reason });

interface Synced {
	version: number;
	view: StudentView;
}

/** Bytes sent to clients by this service, as JSON (Roblox's wire format is binary and smaller). */
export interface SyncTraffic {
	resets: number;
	patches: number;
	bytes: number;
}

/**
 * Keeps each student's client in step with their profile: the whole view when the profile loads
 * (and on request), then after every event only what changed, numbered so a client that missed
 * one asks for the whole view again, with the effects it turns into notifications.
 */
export class ViewSync {
	private readonly synced = new Map<number, Synced>();
	private readonly traffic: SyncTraffic = { resets: 0, patches: 0, bytes: 0 };
	/** Students told no effects for now (a teacher paused notifications): their view still follows. */
	private quiet: (userId: number) => boolean = () => false;

	public constructor(
		private readonly sessions: PlayerSessions,
		private readonly catalog: Catalog,
	) {}

	public start(pipeline: EventPipeline, guard: RemoteGuard) {
		const notifications = Remotes.Server.GetNamespace("Notifications");
		Remotes.Server.GetNamespace("Student")
			.Get("GetView")
			.SetCallback((player) =>
				guard.serve(player, "GetView", refusedView, () => {
					const message = this.reset(player);
					return message !== undefined ? { ok: true, message } : refusedView(NOT_LOADED);
				}),
			);
		this.sessions.onLoaded((player) => {
			const message = this.reset(player);
			if (message !== undefined)
				this.send(() => notifications.Get("ViewReset").SendToPlayer(player, message), message);
		});
		pipeline.onEffects((userId, effects) => this.changed(userId, effects));
		this.sessions.onLeft((player) => this.synced.delete(player.UserId));
	}

	/** The whole view of a student as it is now, restarting their numbering; undefined before it loaded. */
	public reset(player: Player): ViewMessage | undefined {
		const profile = this.sessions.profileOf(player);
		if (profile === undefined) return undefined;
		const previous = this.synced.get(player.UserId);
		const entry = { version: (previous?.version ?? 0) + 1, view: studentView(profile, this.catalog, os.time()) };
		this.synced.set(player.UserId, entry);
		this.traffic.resets += 1;
		return { version: entry.version, view: entry.view };
	}

	/** While `quiet(userId)` holds, patches carry what changed but no effects, so nothing pops up. */
	public silenceWhile(quiet: (userId: number) => boolean) {
		this.quiet = quiet;
	}

	public trafficSoFar(): SyncTraffic {
		return { ...this.traffic };
	}

	private changed(userId: number, effects: readonly Effect[]) {
		const player = Players.GetPlayerByUserId(userId);
		const entry = this.synced.get(userId);
		if (player === undefined || entry === undefined) return;
		const profile = this.sessions.profileOf(player);
		if (profile === undefined) return;
		const view = studentView(profile, this.catalog, os.time());
		const ops = diffView(entry.view, view);
		const told = this.quiet(userId) ? [] : clientEffects(effects, this.catalog);
		if (ops.size() === 0 && told.size() === 0) return;
		entry.version += 1;
		entry.view = view;
		const message: PatchMessage = { version: entry.version, ops, effects: told };
		this.traffic.patches += 1;
		this.send(
			() => Remotes.Server.GetNamespace("Notifications").Get("ViewPatched").SendToPlayer(player, message),
			message,
		);
	}

	private send(fire: () => void, message: object) {
		this.traffic.bytes += HttpService.JSONEncode(message).size();
		fire();
	}
}
