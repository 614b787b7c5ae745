import { nextDueTime, PlayerProfile } from "shared/domain";

/**
 * The next moment time alone changes each held profile (an expiry, a streak break, a quest
 * deadline), kept per student and recomputed only when their profile changes, so that finding
 * the soonest across a whole server is one pass over a small map, not a look at every profile.
 */
export class DueTimes {
	private readonly due = new Map<string, number>();

	/** Notes the profile's next due time after `after` (the time it was last brought up to). */
	public update(userId: string, profile: PlayerProfile, after: number) {
		const due = nextDueTime(profile, after);
		if (due === undefined) this.due.delete(userId);
		else this.due.set(userId, due);
	}

	public forget(userId: string) {
		this.due.delete(userId);
	}

	public of(userId: string): number | undefined {
		return this.due.get(userId);
	}

	/** The soonest due time of the given students, if any. */
	public soonest(userIds: readonly string[]): number | undefined {
		let soonest: number | undefined;
		for (const userId of userIds) {
			const due = this.due.get(userId);
			if (due !== undefined && (soonest === undefined || due < soonest)) soonest = due;
		}
		return soonest;
	}
}
