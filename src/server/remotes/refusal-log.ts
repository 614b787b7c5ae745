/** One refused request, as a moderator or a teacher reads it. */
export interface Refusal {
	readonly at: number;
	readonly remote: string;
	readonly reason: string;
	/** Identical refusals in a row are counted on one entry, so a flood does not push out the rest. */
	count: number;
}

/** Refusals kept per player: the newest. */
export const REFUSALS_KEPT = 50;

/**
 * What each player on this server asked for and was refused (a forged payload, a flood, a rule
 * that said no), newest last. Kept in memory for the visit: it is evidence for the people
 * running the class, not part of the student's saved profile.
 */
export class RefusalLog {
	private readonly byUser = new Map<number, Refusal[]>();
	private readonly totals = new Map<number, number>();

	public record(userId: number, remote: string, reason: string, at: number) {
		this.totals.set(userId, (this.totals.get(userId) ?? 0) + 1);
		const log = this.byUser.get(userId) ?? [];
		this.byUser.set(userId, log);
		const last = log[log.size() - 1];
		if (last !== undefined && last.remote === remote && last.reason === reason) {
			last.count += 1;
			return;
		}
		log.push({ at, remote, reason, count: 1 });
		if (log.size() > REFUSALS_KEPT) log.remove(0);
	}

	/** The player's refusals, oldest first (copies). */
	public of(userId: number): Refusal[] {
		return (this.byUser.get(userId) ?? []).map((refusal) => ({ ...refusal }));
	}

	/** Every refusal of the player this visit, including those no longer kept. */
	public total(userId: number): number {
		return this.totals.get(userId) ?? 0;
	}

	public forget(userId: number) {
		this.byUser.delete(userId);
		this.totals.delete(userId);
	}
}
