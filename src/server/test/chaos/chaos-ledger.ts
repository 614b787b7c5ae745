import { Effect } from "shared/domain";
import { servicesOf, stored } from "../helpers/server";

/** A student's totals after one moment of play, as the ledger saw them. */
export interface Totals {
	readonly xp: number;
	readonly coins: number;
	readonly items: number;
}

interface Moment extends Totals {
	readonly at: number;
}

/** What a case lost and duplicated, summed over its students (each field >= 0). */
export interface Tally {
	xpLost: number;
	xpDup: number;
	coinsLost: number;
	coinsDup: number;
	itemsLost: number;
	itemsDup: number;
}

/** What a crash without BindToClose cost, within the window the design accepts. */
export interface WindowLoss {
	xp: number;
	coins: number;
	items: number;
	/** The longest play, in seconds, a student lost (from their first unsaved grant to the crash). */
	seconds: number;
}

const NOTHING: Totals = { xp: 0, coins: 0, items: 0 };

export function emptyTally(): Tally {
	return { xpLost: 0, xpDup: 0, coinsLost: 0, coinsDup: 0, itemsLost: 0, itemsDup: 0 };
}

/** The items a saved profile holds: the sum of its stacks. */
function itemCount(items: readonly { quantity: number }[]): number {
	let count = 0;
	for (const item of items) count += item.quantity;
	return count;
}

/** A student's totals in their profile as the DataStore holds it now (not any server's memory). */
export function savedTotals(world: EmulatedWorld, userId: number): Totals | undefined {
	const data = stored(world, userId)?.Data;
	if (data === undefined) return undefined;
	return { xp: data.experience.total_xp, coins: data.currency.coins, items: itemCount(data.inventory.items) };
}

/**
 * The chaos matrix's ledger, kept apart from the servers' state: every XP, coin and item grant the
 * rules made, from the effects each followed server reports at the moment of grant, moment by
 * moment, and every leaderboard prize by its source (a prize paid twice is a duplicate even when
 * the profile saved both payments). Compared with the profiles saved in the DataStore.
 */
export class ChaosLedger {
	private readonly moments = new Map<number, Moment[]>();
	private readonly prizes = new Map<number, Map<string, number>>();
	/** Coins paid by a prize source more than once, per student. */
	private readonly prizeDup = new Map<number, number>();

	/** Counts every effect this server reports from now on. */
	public follow(server: EmulatedServer): this {
		servicesOf(server).pipeline.host.onEffects((userId, effects, at) =>
			this.observe(tonumber(userId)!, effects, at),
		);
		return this;
	}

	public expected(userId: number): Totals {
		const list = this.moments.get(userId);
		return list !== undefined ? list[list.size() - 1] : NOTHING;
	}

	/** Leaderboard prizes paid, each source counted once. */
	public prizesPaid(): number {
		let count = 0;
		for (const [, paid] of this.prizes) count += paid.size();
		return count;
	}

	/** What the ledger expects of `userIds` together. */
	public total(userIds: readonly number[]): Totals {
		let xp = 0;
		let coins = 0;
		let items = 0;
		for (const userId of userIds) {
			const want = this.expected(userId);
			xp += want.xp;
			coins += want.coins;
			items += want.items;
		}
		return { xp, coins, items };
	}

	/** The saved profiles of `userIds` against the ledger: what was lost and what was duplicated. */
	public compare(world: EmulatedWorld, userIds: readonly number[]): Tally {
		const tally = emptyTally();
		for (const userId of userIds) {
			const want = this.expected(userId);
			const got = savedTotals(world, userId) ?? NOTHING;
			tally.xpLost += math.max(0, want.xp - got.xp);
			tally.xpDup += math.max(0, got.xp - want.xp);
			tally.coinsLost += math.max(0, want.coins - got.coins);
			tally.coinsDup += math.max(0, got.coins - want.coins) + (this.prizeDup.get(userId) ?? 0);
			tally.itemsLost += math.max(0, want.items - got.items);
			tally.itemsDup += math.max(0, got.items - want.items);
		}
		return tally;
	}

	/**
	 * After a crash without BindToClose: when each saved profile is exactly the ledger at some
	 * earlier moment, the play after that moment is the loss the design accepts (returned, and the
	 * ledger goes on from the saved profile). A saved profile that is no moment of the ledger was
	 * lost from or duplicated in the middle: it is left in the ledger for `compare` to report.
	 */
	public settleCrash(world: EmulatedWorld, userIds: readonly number[], crashAt: number): WindowLoss {
		const loss: WindowLoss = { xp: 0, coins: 0, items: 0, seconds: 0 };
		for (const userId of userIds) {
			const saved = savedTotals(world, userId) ?? NOTHING;
			const list = this.moments.get(userId) ?? [];
			let index = list.size() - 1;
			while (index >= 0 && !same(list[index], saved)) index--;
			if (index < 0 && !same(NOTHING, saved)) continue;
			const want = this.expected(userId);
			if (index < list.size() - 1) {
				const firstUnsaved = list[index + 1];
				loss.seconds = math.max(loss.seconds, crashAt - firstUnsaved.at);
			}
			loss.xp += want.xp - saved.xp;
			loss.coins += want.coins - saved.coins;
			loss.items += want.items - saved.items;
			this.moments.set(userId, [{ at: crashAt, ...saved }]);
		}
		return loss;
	}

	private observe(userId: number, effects: readonly Effect[], at: number) {
		let xp = 0;
		let coins = 0;
		let items = 0;
		for (const effect of effects) {
			if (effect.kind === "xp_gained") xp += effect.amount;
			else if (effect.kind === "currency_changed" && effect.currency === "coins") {
				coins += effect.delta;
				if (effect.reason.sub(1, 12) === "leaderboard:") this.prize(userId, effect.reason, effect.delta);
			} else if (effect.kind === "item_added") items += effect.quantity;
			else if (effect.kind === "item_removed" || effect.kind === "item_expired") items -= effect.quantity;
			else if (effect.kind === "item_used") items -= 1;
		}
		if (xp === 0 && coins === 0 && items === 0) return;
		const last = this.expected(userId);
		const list = this.moments.get(userId) ?? [];
		list.push({ at, xp: last.xp + xp, coins: last.coins + coins, items: last.items + items });
		this.moments.set(userId, list);
	}

	private prize(userId: number, source: string, coins: number) {
		const paid = this.prizes.get(userId) ?? new Map<string, number>();
		if (paid.has(source)) this.prizeDup.set(userId, (this.prizeDup.get(userId) ?? 0) + coins);
		paid.set(source, coins);
		this.prizes.set(userId, paid);
	}
}

function same(a: Totals, b: Totals): boolean {
	return a.xp === b.xp && a.coins === b.coins && a.items === b.items;
}
