import { Catalog, LeaderboardDefinition } from "shared/catalog/types";
import {
	DomainContext,
	Effect,
	emptyStatistics,
	forgetUser,
	GameEvent,
	GameStatistics,
	GiftEvent,
	groupCounts,
	nextDueTime,
	prizeEvent,
	prizes,
	processOwnedEvent,
	processGift,
	ProcessResult,
	recordStatistics,
	Rng,
	StockLedger,
} from "shared/domain";
import { DueTimes } from "./due-times";
import { nextPeriodEnd, periodsEndingAt } from "./period-ends";
import { BoardChange, EffectsListener, HostBoards, HostDelivery, HostProfiles, HostStock, NOTHING_SOLD } from "./ports";

export type SubmitOutcome = "applied" | "queued" | "delivered";

export interface GameHostConfig {
	readonly catalog: Catalog;
	readonly rng: Rng;
	readonly profiles: HostProfiles;
	readonly delivery: HostDelivery;
	readonly boards: HostBoards;
	readonly stock: HostStock;
	/** The host's clock, Unix seconds. */
	readonly now: () => number;
}

/** Effects that change the Achievement, Badge and Quest statistics. */
function changesStatistics(effect: Effect): boolean {
	const prefix = effect.kind.sub(1, 6);
	return effect.kind === "achievement_earned" || prefix === "badge_" || prefix === "quest_";
}

/** The reason the rules refused an event, from its effects; undefined when it was applied. */
export function refusalIn(effects: readonly Effect[]): string | undefined {
	for (const effect of effects) if (effect.kind === "rejected") return effect.reason;
	return undefined;
}

interface ClosingGroup {
	readonly board: LeaderboardDefinition;
	readonly period: string;
	readonly group: string;
}

/**
 * How the game rules are played, written once for every host (the live server, the scenario
 * runner, the playtest simulator): an event is applied to a student held here, waits while their
 * profile loads, or is delivered to them elsewhere; a gift changes two profiles; time is caught up
 * (expiries, streak breaks, quest deadlines at their due time, leaderboard periods closed with
 * archive and prizes at their end); statistics are folded from every effect. What differs between
 * hosts comes in through the ports.
 */
export class GameHost {
	private readonly listeners = new Array<EffectsListener>();
	private readonly dueListeners = new Array<() => void>();
	private readonly waiting = new Map<string, GameEvent[]>();
	private readonly dues = new DueTimes();
	private statistics: GameStatistics = emptyStatistics();
	private statisticsChanged = false;
	private rng: Rng;
	/** Everything due up to here has happened. */
	private clock: number;
	private nextBoardEnd: number | undefined;
	private advancing = false;

	public constructor(private readonly config: GameHostConfig) {
		this.rng = config.rng;
		this.clock = config.now();
		this.nextBoardEnd = nextPeriodEnd(config.catalog, this.clock);
	}

	public onEffects(listener: EffectsListener) {
		this.listeners.push(listener);
	}

	/** Called whenever a held profile changed, so its next due time may have too (see nextDue). */
	public onDueChanged(listener: () => void) {
		this.dueListeners.push(listener);
	}

	/** Whether time is being brought up to date now (by another thread, when asked from outside). */
	public isAdvancing(): boolean {
		return this.advancing;
	}

	/** The next moment something is due: a held student's expiry or deadline, or a leaderboard period's end. */
	public nextDue(): number | undefined {
		const student = this.dues.soonest(this.config.profiles.present());
		const board = this.nextBoardEnd;
		if (student === undefined) return board;
		return board === undefined || student < board ? student : board;
	}

	/** Draws later random outcomes from `seed` (a replay of a scenario on a live server). */
	public reseed(seed: number) {
		this.rng = new Rng(seed);
	}

	/** Applies, queues or delivers an event for a student, after what time did before `at`. May yield. */
	public submit(userId: string, event: GameEvent, at = this.config.now()): SubmitOutcome {
		if (this.config.profiles.profileOf(userId) !== undefined) {
			this.advanceTo(at);
			// closing a period or reserving stock may yield: a student who left meanwhile gets it delivered
			if (this.applyHere(userId, event, at) !== undefined) return "applied";
		}
		if (this.config.profiles.isLoading(userId)) {
			const queue = this.waiting.get(userId) ?? [];
			queue.push(event);
			this.waiting.set(userId, queue);
			return "queued";
		}
		this.config.delivery.deliver(userId, event);
		return "delivered";
	}

	/**
	 * Applies an event to a student held here, with no routing (a delivery that reached them).
	 * Returns its effects, or undefined when the student is not held here (nothing was applied).
	 */
	public applyHere(userId: string, event: GameEvent, at = this.config.now()): readonly Effect[] | undefined {
		const before = this.config.profiles.profileOf(userId);
		if (before === undefined) return undefined;
		if (event.kind === "join" && before.created_at === 0) before.created_at = at;
		const reservation = this.config.stock.reserve(event);
		// reserving may yield: the student may have gone meanwhile
		const profile = this.config.profiles.profileOf(userId);
		if (profile === undefined) {
			reservation.settle(true);
			return undefined;
		}
		const result = processOwnedEvent(profile, event, this.context(at, reservation.ledger));
		reservation.settle(refusalIn(result.effects) !== undefined);
		this.commit(userId, result, at);
		return result.effects;
	}

	/**
	 * A badge or an item from one student to another. Both here: it happens at once on both
	 * profiles. The receiver elsewhere: only a badge can go (a thank-you); the giver's half applies
	 * here and the receiver's is delivered, received once. Returns the refusal, or undefined. May yield.
	 */
	public gift(fromUserId: string, gift: GiftEvent, at = this.config.now()): string | undefined {
		if (this.config.profiles.profileOf(fromUserId) === undefined) return "the giver is not playing here";
		this.advanceTo(at);
		// read after time caught up: a tick may have replaced either profile (and closing a period may yield)
		const giver = this.config.profiles.profileOf(fromUserId);
		if (giver === undefined) return "the giver is not playing here";
		const receiver = this.config.profiles.profileOf(gift.to_user_id);
		if (receiver !== undefined) {
			const result = processGift(giver, receiver, gift, this.context(at, NOTHING_SOLD));
			this.commit(fromUserId, result.giver, at);
			this.commit(gift.to_user_id, result.receiver, at);
			return refusalIn(result.giver.effects);
		}
		if (gift.badge_id === undefined) return "an item can only be given to a classmate who is here";
		const sent = this.applyHere(
			fromUserId,
			{ kind: "send_gift", to_user_id: gift.to_user_id, badge_id: gift.badge_id },
			at,
		);
		if (sent === undefined) return "the giver is not playing here";
		const refusal = refusalIn(sent);
		if (refusal !== undefined) return refusal;
		this.submit(gift.to_user_id, { kind: "receive_gift", from_user_id: fromUserId, badge_id: gift.badge_id }, at);
		return undefined;
	}

	/**
	 * A student's profile has loaded here: what time did while they were away happens at the times
	 * it was due, then they join (at the time they arrived), then the events that waited apply.
	 */
	public playerLoaded(userId: string, joinedAt: number) {
		const profile = this.config.profiles.profileOf(userId);
		if (profile === undefined) return;
		let after = math.max(profile.last_active, profile.updated_at);
		for (;;) {
			const current = this.config.profiles.profileOf(userId);
			const due = current !== undefined ? nextDueTime(current, after) : undefined;
			if (due === undefined || due > joinedAt) break;
			this.applyHere(userId, { kind: "tick" }, due);
			after = due;
		}
		this.applyHere(userId, { kind: "join" }, joinedAt);
		const waiting = this.waiting.get(userId);
		this.waiting.delete(userId);
		for (const event of waiting ?? []) {
			// a queued purchase may yield on its stock: if the student left meanwhile, the rest is delivered
			if (this.applyHere(userId, event, this.config.now()) === undefined)
				this.config.delivery.deliver(userId, event);
		}
	}

	/** A student is leaving with their profile still held: they leave (the profile is released after). */
	public playerLeaving(userId: string, at = this.config.now()) {
		this.applyHere(userId, { kind: "leave" }, at);
		this.dues.forget(userId);
	}

	/** A student left before their profile loaded: what waited for them is delivered instead. May yield. */
	public playerGone(userId: string) {
		const waiting = this.waiting.get(userId);
		this.waiting.delete(userId);
		this.dues.forget(userId);
		for (const event of waiting ?? []) this.config.delivery.deliver(userId, event);
	}

	/**
	 * Lets time pass up to `limit`: everything due meanwhile happens at its time, in time order,
	 * student by student in the order the profiles give, then the leaderboard periods ending then.
	 * A second caller while this runs (it may yield closing a period) returns at once.
	 */
	public advanceTo(limit: number) {
		if (this.advancing) return;
		this.advancing = true;
		try {
			this.catchUp(limit);
		} finally {
			this.advancing = false;
		}
	}

	private catchUp(limit: number) {
		for (;;) {
			const present = this.config.profiles.present();
			let soonest = this.dues.soonest(present);
			if (soonest !== undefined && soonest > limit) soonest = undefined;
			const boardEnd = this.nextBoardEnd;
			if (boardEnd !== undefined && boardEnd <= limit && (soonest === undefined || boardEnd < soonest)) {
				soonest = boardEnd;
			}
			if (soonest === undefined) break;
			for (const userId of present) {
				if (this.dues.of(userId) === soonest) this.applyHere(userId, { kind: "tick" }, soonest);
			}
			this.clock = soonest;
			if (soonest === boardEnd) {
				this.nextBoardEnd = nextPeriodEnd(this.config.catalog, soonest);
				this.closeGroups(this.endingGroups(soonest), soonest);
			}
		}
		if (limit > this.clock) this.clock = limit;
	}

	/** Every group of every board period ending at `time`, as the boards' storage knows them. May yield. */
	private endingGroups(time: number): ClosingGroup[] {
		const groups = new Array<ClosingGroup>();
		for (const { board, period } of periodsEndingAt(this.config.catalog, time)) {
			for (const group of this.config.boards.groupsToClose(board, period)) groups.push({ board, period, group });
		}
		return groups;
	}

	/** Closes one group's period (exactly once across hosts): archive, then prizes. May yield. */
	public closePeriod(board: LeaderboardDefinition, period: string, group: string, at: number) {
		this.closeGroups([{ board, period, group }], at);
	}

	/**
	 * Closes periods: each claimed group is ranked and archived, the archives are announced, then
	 * every prize goes to its winner (here or delivered), then the claims are marked done.
	 */
	private closeGroups(groups: readonly ClosingGroup[], at: number) {
		const boards = this.config.boards;
		const claimed = new Array<ClosingGroup>();
		const archived = new Array<BoardChange>();
		const toGive = new Array<{ userId: string; event: GameEvent }>();
		for (const closing of groups) {
			const { board, period, group } = closing;
			if (!boards.claimClose(board, period, group, at)) continue;
			claimed.push(closing);
			const ranked = boards.ranked(board, period, group, at);
			// claimed and finished all the same, so no host tries again; it just has no winners
			if (!groupCounts(board, ranked, this.config.catalog.settings)) continue;
			if (board.configuration.reset_schedule.archive_previous) boards.archive(board, period, group, ranked, at);
			if (ranked.size() > 0) {
				archived.push({
					userId: ranked[0].user_id,
					effect: {
						kind: "leaderboard_archived",
						leaderboard_id: board.id,
						period,
						winner_id: ranked[0].user_id,
						participants: ranked.size(),
					},
				});
			}
			for (const prize of prizes(board, ranked)) {
				toGive.push({ userId: prize.user_id, event: prizeEvent(board, period, prize) });
			}
		}
		for (const change of archived) this.publish(change.userId, [change.effect], at);
		for (const prize of toGive) this.submit(prize.userId, prize.event, at);
		for (const { board, period, group } of claimed) boards.finishClose(board, period, group, at);
	}

	/** The statistics folded since the last take, and whether anything in them changed. */
	public takeStatistics(): { statistics: GameStatistics; changed: boolean } {
		const taken = { statistics: this.statistics, changed: this.statisticsChanged };
		this.statistics = emptyStatistics();
		this.statisticsChanged = false;
		return taken;
	}

	/** Erasure: the user's name leaves the statistics not yet taken. */
	public forgetInStatistics(userId: string) {
		forgetUser(this.statistics, userId);
	}

	private context(at: number, stock: StockLedger): DomainContext {
		return { now: at, rng: this.rng, catalog: this.config.catalog, stock };
	}

	/** Keeps the new profile, notes its next due time, and tells everyone what happened. */
	private commit(userId: string, result: ProcessResult, at: number) {
		this.config.profiles.setProfile(userId, result.profile);
		this.dues.update(userId, result.profile, at);
		for (const listener of this.dueListeners) listener();
		this.publish(userId, result.effects, at);
		for (const change of this.config.boards.record(userId, result.profile, result.effects, at)) {
			this.publish(change.userId, [change.effect], at);
		}
	}

	private publish(userId: string, effects: readonly Effect[], at: number) {
		for (const effect of effects) {
			recordStatistics(this.statistics, effect, userId, at);
			if (changesStatistics(effect)) this.statisticsChanged = true;
		}
		for (const listener of this.listeners) listener(userId, effects, at);
	}
}
