import { HttpService } from "@rbxts/services";
import { Catalog } from "shared/catalog/types";
import { Effect, GameEvent, Rng } from "shared/domain";
import { GameHost, HostBoards, HostProfiles, HostStock, NOTHING_SOLD, refusalIn, SubmitOutcome } from "shared/host";
import { RewardStock, SOLD_OUT } from "server/economy/reward-stock";
import { PlayerProfileStore } from "server/persistence/player-profile-store";
import { PlayerSessions } from "server/players/player-sessions";

export type { SubmitOutcome };

/** What a student's own action came to: its effects, and the refusal when the rules said no. */
export interface ActOutcome {
	readonly effects: readonly Effect[];
	readonly refusal?: string;
}

export const NOT_LOADED = "your progress is still loading: try again in a moment";

/** What the pipeline hands on after every event: the player and what changed. */
export type EffectsListener = (userId: number, effects: readonly Effect[]) => void;

/** The students whose profiles this server holds, as the host sees them. */
function sessionProfiles(sessions: PlayerSessions): HostProfiles {
	// by user id, not through Players: a leaving student's profile is still held while their leave hooks run
	const sessionOf = (userId: string) => sessions.sessionOfUser(tonumber(userId) ?? 0);
	return {
		profileOf(userId) {
			return sessionOf(userId)?.data();
		},
		setProfile(userId, profile) {
			sessionOf(userId)?.setData(profile);
		},
		isLoading(userId) {
			return sessions.isLoading(tonumber(userId) ?? 0);
		},
		present() {
			return sessions.players().map((player) => tostring(player.UserId));
		},
	};
}

/** Limited rewards reserve their copy across servers first; without one, the rules say sold out. */
function crossServerStock(stock: RewardStock): HostStock {
	return {
		reserve(event) {
			if (event.kind !== "purchase" || !stock.isLimited(event.reward_id)) {
				return { ledger: NOTHING_SOLD, settle() {} };
			}
			const reservation = stock.reserve(event.reward_id);
			return {
				ledger: reservation ?? SOLD_OUT,
				settle(refused) {
					if (reservation !== undefined && refused) stock.release(event.reward_id);
				},
			};
		},
	};
}

/**
 * The one way a learning event reaches a profile on the server: the game host (shared/host) with
 * this server's parts plugged in: ProfileService sessions, delivery through global updates (an
 * event for a student elsewhere or offline is applied once wherever and whenever they next play),
 * limited stock across servers, and the leaderboards' OrderedDataStores. It joins a student when
 * their profile loads (after catching up what time did while they were away), and leaves them
 * before it is released.
 */
export class EventPipeline {
	public readonly host: GameHost;
	private readonly listeners = new Array<EffectsListener>();
	/** Test seam (see dropEveryNth): 0 drops nothing. */
	private dropPeriod = 0;
	private submitted = 0;

	public constructor(
		private readonly sessions: PlayerSessions,
		store: PlayerProfileStore,
		catalog: Catalog,
		stock: RewardStock,
		boards: HostBoards,
	) {
		this.host = new GameHost({
			catalog,
			// a different sequence on every server; the rules stay deterministic given it
			rng: new Rng(tonumber(HttpService.GenerateGUID(false).sub(1, 8), 16) ?? 1),
			profiles: sessionProfiles(sessions),
			delivery: {
				deliver(userId, event) {
					store.deliver(tonumber(userId)!, { Type: "event", event });
				},
			},
			boards,
			stock: crossServerStock(stock),
			now: () => os.time(),
		});
		this.host.onEffects((userId, effects) => {
			const id = tonumber(userId)!;
			// a failing listener (a view that could not be sent) must not undo or hide what was applied
			for (const listener of this.listeners) {
				const [ok, err] = pcall(() => listener(id, effects));
				if (!ok) warn(`after an event of ${id}: ${err}`);
			}
		});
	}

	/** Registers with the player lifecycle: first of all hooks, so joining and leaving come first. */
	public start() {
		this.sessions.onLoaded((player, session, joinedAt) => {
			this.host.playerLoaded(tostring(player.UserId), joinedAt);
			// a delivery is cleared only when it reached the profile, so none is lost on the way out
			session.receiveDeliveries(
				(delivery) => this.host.applyHere(tostring(player.UserId), delivery.event as GameEvent) !== undefined,
			);
		});
		this.sessions.beforeRelease((player) => this.host.playerLeaving(tostring(player.UserId)));
		this.sessions.onLeftWhileLoading((userId) => this.host.playerGone(tostring(userId)));
	}

	public onEffects(listener: EffectsListener) {
		this.listeners.push(listener);
	}

	/** Applies, queues or delivers an event for a student. May yield when it delivers. */
	public submit(userId: number, event: GameEvent): SubmitOutcome {
		this.submitted += 1;
		// the test seam: a lost event, said to have been applied (what a silent bug would do)
		if (this.dropPeriod > 0 && this.submitted % this.dropPeriod === 0) return "applied";
		return this.host.submit(tostring(userId), event);
	}

	/**
	 * A student's own action (a remote): applied to their profile held here, after what time did,
	 * and never queued or delivered elsewhere, since the student asked here and now. May yield.
	 */
	public act(userId: number, event: GameEvent): ActOutcome {
		const id = tostring(userId);
		if (this.sessions.sessionOfUser(userId) === undefined) return { effects: [], refusal: NOT_LOADED };
		this.host.advanceTo(os.time());
		const effects = this.host.applyHere(id, event);
		if (effects === undefined) return { effects: [], refusal: NOT_LOADED };
		return { effects, refusal: refusalIn(effects) };
	}

	/**
	 * TEST SEAM, for specs only (no game code calls it): from now on every `n`th submitted event is
	 * silently lost, so a spec can prove its ledger comparison catches a lost event. 0 turns it off.
	 */
	public dropEveryNth(n: number) {
		this.dropPeriod = n;
		this.submitted = 0;
	}

	/**
	 * A badge from one student to another, here or elsewhere (see GameHost.gift). Returns the
	 * refusal, or undefined. May yield.
	 */
	public gift(fromUserId: number, toUserId: number, badgeId: string): string | undefined {
		return this.host.gift(tostring(fromUserId), {
			kind: "gift",
			to_user_id: tostring(toUserId),
			badge_id: badgeId,
		});
	}
}
