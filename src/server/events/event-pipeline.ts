import { HttpService, Players } from "@rbxts/services";
import { Catalog } from "shared/catalog/types";
import { DomainContext, StockLedger } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { GameEvent } from "shared/domain/events";
import { processGift } from "shared/domain/badges/badge-gift";
import { processEvent } from "shared/domain/process-event";
import { Rng } from "shared/domain/rng";
import { RewardStock, SOLD_OUT } from "server/economy/reward-stock";
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
	/** Unlimited rewards need no ledger; limited ones go through `stock` (see apply). */
	private readonly noLimits: StockLedger = {
		sold() {
			return 0;
		},
		record() {},
	};

	public constructor(
		private readonly sessions: PlayerSessions,
		private readonly store: PlayerProfileStore,
		private readonly catalog: Catalog,
		private readonly stock: RewardStock,
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

	/**
	 * A badge from one student to another. Both here: the gift happens at once on both profiles
	 * (trades included). The receiver elsewhere: only a "gift" badge can go; the giver's half applies
	 * here and the receiver's half is delivered, applied once wherever they next play. Returns the
	 * refusal, or undefined. May yield.
	 */
	public gift(fromUserId: number, toUserId: number, badgeId: string): string | undefined {
		const giver = Players.GetPlayerByUserId(fromUserId);
		const giverSession = giver !== undefined ? this.sessions.sessionOf(giver) : undefined;
		if (giver === undefined || giverSession === undefined) return "the giver is not playing here";
		const receiver = Players.GetPlayerByUserId(toUserId);
		const receiverSession = receiver !== undefined ? this.sessions.sessionOf(receiver) : undefined;
		const ctx = this.context();
		if (receiver !== undefined && receiverSession !== undefined) {
			const event = { kind: "gift", to_user_id: tostring(toUserId), badge_id: badgeId } as const;
			const result = processGift(giverSession.data(), receiverSession.data(), event, ctx);
			giverSession.setData(result.giver.profile);
			receiverSession.setData(result.receiver.profile);
			for (const listener of this.listeners) {
				listener(fromUserId, result.giver.effects);
				listener(toUserId, result.receiver.effects);
			}
			return refusalIn(result.giver.effects);
		}
		const sent = this.apply(giver, giverSession, {
			kind: "send_gift",
			to_user_id: tostring(toUserId),
			badge_id: badgeId,
		});
		const refusal = refusalIn(sent);
		if (refusal !== undefined) return refusal;
		this.submit(toUserId, { kind: "receive_gift", from_user_id: tostring(fromUserId), badge_id: badgeId });
		return undefined;
	}

	private context(stock: StockLedger = this.noLimits): DomainContext {
		return { now: os.time(), rng: this.rng, catalog: this.catalog, stock };
	}

	private applyDelivery(player: Player, session: ProfileSession, delivery: Delivery) {
		this.apply(player, session, delivery.event as GameEvent);
	}

	private apply(player: Player, session: ProfileSession, event: GameEvent): readonly Effect[] {
		if (!session.isActive()) return [];
		// a limited reward reserves its copy across servers first; without one, the rules say sold out
		let ledger: StockLedger | undefined;
		let reserved = false;
		if (event.kind === "purchase" && this.stock.isLimited(event.reward_id)) {
			const reservation = this.stock.reserve(event.reward_id);
			reserved = reservation !== undefined;
			ledger = reservation ?? SOLD_OUT;
			if (!session.isActive()) {
				if (reserved) this.stock.release(event.reward_id);
				return [];
			}
		}
		const result = processEvent(session.data(), event, this.context(ledger));
		if (reserved && event.kind === "purchase" && refusalIn(result.effects) !== undefined) {
			this.stock.release(event.reward_id);
		}
		session.setData(result.profile);
		for (const listener of this.listeners) listener(player.UserId, result.effects);
		return result.effects;
	}
}

function refusalIn(effects: readonly Effect[]): string | undefined {
	for (const effect of effects) if (effect.kind === "rejected") return effect.reason;
	return undefined;
}

function toDelivery(event: GameEvent): Delivery {
	return { Type: "event", event };
}
