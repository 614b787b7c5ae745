import { HttpService, Players } from "@rbxts/services";
import { Catalog } from "shared/catalog/types";
import { DomainContext, memoryStockLedger, StockLedger } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { GameEvent } from "shared/domain/events";
import { processEvent } from "shared/domain/process-event";
import { Rng } from "shared/domain/rng";
import { Delivery, PlayerProfileStore, ProfileSession } from "server/persistence/player-profile-store";
import { PlayerSessions } from "server/players/player-sessions";

export type SubmitOutcome = "applied" | "queued" | "delivered";

/** What the pipeline hands on after every event: the player and what changed. */
export type EffectsListener = (userId: number, effects: readonly Effect[]) => void;

/**
 * The one way a learning event reaches a profile on the server. Whoever produces it (the activity
 * system, a teacher, a quest trigger) calls `submit`; the rules run on the loaded profile, the new
 * profile replaces the old in its session, and the effects go to every listener (saving is the
 * session's, ranking and notifying are the listeners'). An event for a student whose profile is
 * still loading waits in a queue; one for a student who is not on this server is delivered through
 * their profile (a global update), and applied once wherever and whenever they next play.
 */
export class EventPipeline {
	private readonly queues = new Map<number, GameEvent[]>();
	private readonly listeners = new Array<EffectsListener>();
	private readonly rng: Rng;
	private readonly stock: StockLedger = memoryStockLedger();

	public constructor(
		private readonly sessions: PlayerSessions,
		private readonly store: PlayerProfileStore,
		private readonly catalog: Catalog,
	) {
		// a different sequence on every server; the rules stay deterministic given it
		this.rng = new Rng(tonumber(HttpService.GenerateGUID(false).sub(1, 8), 16) ?? 1);
	}

	public start() {
		this.sessions.onProfileLoaded((player, session) => {
			session.receiveDeliveries((delivery) => this.applyDelivery(player, session, delivery));
			const waiting = this.queues.get(player.UserId);
			this.queues.delete(player.UserId);
			for (const event of waiting ?? []) this.apply(player, session, event);
		});
		Players.PlayerRemoving.Connect((player) => {
			// a student who leaves before their profile loaded gets the waiting events delivered instead
			const waiting = this.queues.get(player.UserId);
			this.queues.delete(player.UserId);
			for (const event of waiting ?? []) task.spawn(() => this.store.deliver(player.UserId, toDelivery(event)));
		});
	}

	public onEffects(listener: EffectsListener) {
		this.listeners.push(listener);
	}

	/** Applies, queues or delivers an event for a student. May yield when it delivers. */
	public submit(userId: number, event: GameEvent): SubmitOutcome {
		const player = Players.GetPlayerByUserId(userId);
		const session = player !== undefined ? this.sessions.sessionOf(player) : undefined;
		if (player !== undefined && session !== undefined) {
			this.apply(player, session, event);
			return "applied";
		}
		if (player !== undefined && this.sessions.isLoading(userId)) {
			const queue = this.queues.get(userId) ?? [];
			queue.push(event);
			this.queues.set(userId, queue);
			return "queued";
		}
		this.store.deliver(userId, toDelivery(event));
		return "delivered";
	}

	private applyDelivery(player: Player, session: ProfileSession, delivery: Delivery) {
		this.apply(player, session, delivery.event as GameEvent);
	}

	private apply(player: Player, session: ProfileSession, event: GameEvent) {
		if (!session.isActive()) return;
		const ctx: DomainContext = { now: os.time(), rng: this.rng, catalog: this.catalog, stock: this.stock };
		const result = processEvent(session.data(), event, ctx);
		session.setData(result.profile);
		for (const listener of this.listeners) listener(player.UserId, result.effects);
	}
}

function toDelivery(event: GameEvent): Delivery {
	return { Type: "event", event };
}
