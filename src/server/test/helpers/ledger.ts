import { Effect, GameEvent } from "shared/domain";
import type { SubmitOutcome } from "server/events/event-pipeline";
import { servicesOf, stored } from "./server";

/** A student's totals after one moment of play, as the ledger saw them. */
interface Entry {
	readonly at: number;
	readonly xp: number;
	readonly coins: number;
	readonly activities: number;
}

/** What a crash cost a student: the play after their last saved moment. */
export interface Loss {
	readonly seconds: number;
	readonly xp: number;
}

const START: Entry = { at: 0, xp: 0, coins: 0, activities: 0 };

/**
 * What should have been saved, kept by the spec itself, apart from the server's own state: the
 * activities the spec submitted, the XP and coins of every effect the servers it follows reported
 * (`host.onEffects`), and the grants it sent to students elsewhere. Comparing a saved profile with
 * it finds an event lost anywhere between the spec and the DataStore.
 */
export class Ledger {
	private readonly entries = new Map<number, Entry[]>();
	/** Submitted activities that were said to be applied here but gave no XP. */
	private readonly unanswered = new Map<number, number>();
	private answered = false;

	/** Counts every effect this server reports from now on. */
	public follow(server: EmulatedServer): this {
		servicesOf(server).pipeline.host.onEffects((userId, effects, at) =>
			this.observe(tonumber(userId)!, effects, at),
		);
		return this;
	}

	/** Submits an event through the server's pipeline, as a student's client or a teacher would. */
	public submit(server: EmulatedServer, userId: number, event: GameEvent): SubmitOutcome {
		this.answered = false;
		const outcome = servicesOf(server).pipeline.submit(userId, event);
		if (event.kind === "activity") {
			this.add(userId, { activities: 1 });
			if (outcome === "applied" && !this.answered) {
				this.unanswered.set(userId, (this.unanswered.get(userId) ?? 0) + 1);
			}
		}
		return outcome;
	}

	/** A grant the spec sent to a student elsewhere or offline (its effects happen on a server not followed). */
	public sent(userId: number, grant: { xp?: number; coins?: number }) {
		this.add(userId, { xp: grant.xp ?? 0, coins: grant.coins ?? 0 });
	}

	/** The totals the ledger expects for a student now. */
	public expected(userId: number): Entry {
		const list = this.entries.get(userId);
		return list !== undefined ? list[list.size() - 1] : START;
	}

	/** Every difference between the saved profiles of `userIds` and the ledger (empty when nothing was lost). */
	public compare(world: EmulatedWorld, userIds: number[]): string[] {
		const differences = new Array<string>();
		for (const userId of userIds) {
			const saved = stored(world, userId)?.Data;
			const want = this.expected(userId);
			if (saved === undefined) {
				differences.push(`${userId}: nothing saved`);
				continue;
			}
			const got = {
				xp: saved.experience.total_xp,
				coins: saved.currency.coins,
				activities: saved.stats.activities_completed,
			};
			for (const field of ["xp", "coins", "activities"] as const) {
				if (got[field] !== want[field])
					differences.push(`${userId}: ${field} saved ${got[field]}, ledger ${want[field]}`);
			}
			const silent = this.unanswered.get(userId) ?? 0;
			if (silent > 0) differences.push(`${userId}: ${silent} submitted activities gave no XP`);
		}
		return differences;
	}

	/**
	 * What a crash at `crashAt` cost a student whose saved profile has `savedXp`: the saved profile
	 * must be exactly the ledger up to some moment (else an event was lost in the middle: an error);
	 * the loss is the play from the first moment not saved to the crash.
	 */
	public lossAt(userId: number, savedXp: number, crashAt: number): Loss {
		const list = this.entries.get(userId) ?? [];
		let kept = START;
		for (const entry of list) {
			if (entry.xp > savedXp) {
				if (kept.xp !== savedXp) break;
				return { seconds: math.max(0, crashAt - entry.at), xp: this.expected(userId).xp - savedXp };
			}
			kept = entry;
		}
		if (kept.xp !== savedXp)
			error(`${userId}: saved XP ${savedXp} is no moment of the ledger (${kept.xp} before it)`);
		return { seconds: 0, xp: 0 };
	}

	/** After a crash: the saved profile is the ledger's from now on (what the crash lost is accounted for). */
	public rebase(userId: number, saved: { xp: number; coins: number; activities: number }) {
		this.entries.set(userId, [{ at: this.expected(userId).at, ...saved }]);
	}

	private observe(userId: number, effects: readonly Effect[], at: number) {
		let xp = 0;
		let coins = 0;
		for (const effect of effects) {
			if (effect.kind === "xp_gained") xp += effect.amount;
			if (effect.kind === "currency_changed" && effect.currency === "coins") coins += effect.delta;
		}
		if (xp > 0) this.answered = true;
		if (xp !== 0 || coins !== 0) this.add(userId, { xp, coins }, at);
	}

	private add(userId: number, change: Partial<Omit<Entry, "at">>, at = os.time()) {
		const last = this.expected(userId);
		const list = this.entries.get(userId) ?? [];
		list.push({
			at,
			xp: last.xp + (change.xp ?? 0),
			coins: last.coins + (change.coins ?? 0),
			activities: last.activities + (change.activities ?? 0),
		});
		this.entries.set(userId, list);
	}
}
