import { BadgeService } from "@rbxts/services";
import { Catalog } from "shared/catalog/types";
import { Effect, PlayerProfile } from "shared/domain";

/**
 * BadgeService's per-server limit is 50 + 35 x players requests a minute
 * (https://create.roblox.com/docs/reference/engine/classes/BadgeService); the base alone is used,
 * so awards stay under it with any number of players and leave room for other callers.
 */
export const BADGE_REQUESTS_PER_MINUTE = 50;
/** Tries per award before giving up until the student's next join (which reconciles). */
export const BADGE_MAX_ATTEMPTS = 6;
/** Seconds before the first retry; each next retry waits twice as long (2, 4, 8, 16, 32). */
const FIRST_RETRY_DELAY = 2;

/** What the service needs of BadgeService (a seam for specs; the real service by default). */
export interface BadgeAwarder {
	UserHasBadgeAsync(userId: number, badgeId: number): boolean;
	AwardBadge(userId: number, badgeId: number): boolean;
}

interface Job {
	readonly userId: number;
	readonly robloxBadgeId: number;
	attempt: number;
	notBefore: number;
}

/**
 * Awards the Roblox badge a catalog badge names (`roblox_badge_id`) when a student gets the
 * catalog badge, and on every join for each one they own but lack on Roblox (an award that failed
 * every try last visit). Never twice: ownership is checked with UserHasBadgeAsync first, and a
 * user's badge is queued once at a time. Never in the event pipeline's way: one worker thread does
 * the requests, within a per-minute budget, retrying with backoff.
 */
export class RobloxBadges {
	private readonly robloxIdOf = new Map<string, number>();
	private readonly queue = new Array<Job>();
	private readonly queued = new Set<string>();
	private readonly requestTimes = new Array<number>();
	private working = false;

	public constructor(
		catalog: Catalog,
		private readonly awarder: BadgeAwarder = BadgeService,
	) {
		catalog.badges.forEach((badge, id) => {
			if (badge.roblox_badge_id !== undefined) this.robloxIdOf.set(id, badge.roblox_badge_id);
		});
	}

	/** Test seam: makes a catalog badge name a Roblox badge, as `roblox_badge_id` does in the catalog. */
	public link(catalogBadgeId: string, robloxBadgeId: number) {
		this.robloxIdOf.set(catalogBadgeId, robloxBadgeId);
	}

	/** From the event pipeline: every badge_awarded effect with a Roblox badge is queued. */
	public onEffects(userId: number, effects: readonly Effect[]) {
		for (const effect of effects) {
			if (effect.kind === "badge_awarded") {
				const robloxId = this.robloxIdOf.get(effect.badge_id);
				if (robloxId !== undefined) this.enqueue(userId, robloxId);
			}
		}
	}

	/** On join: every owned catalog badge with a Roblox badge is checked (and awarded when missing). */
	public reconcile(userId: number, profile: PlayerProfile) {
		for (const [badgeId] of pairs(profile.badges_owned)) {
			const robloxId = this.robloxIdOf.get(badgeId as string);
			if (robloxId !== undefined) this.enqueue(userId, robloxId);
		}
	}

	/** Awards waiting or retrying now. */
	public pending(): number {
		return this.queue.size();
	}

	private enqueue(userId: number, robloxBadgeId: number) {
		const key = `${userId}:${robloxBadgeId}`;
		if (this.queued.has(key)) return;
		this.queued.add(key);
		this.queue.push({ userId, robloxBadgeId, attempt: 0, notBefore: os.clock() });
		if (!this.working) {
			this.working = true;
			task.spawn(() => this.work());
		}
	}

	private work() {
		while (this.queue.size() > 0) {
			let soonest = 0;
			for (let i = 1; i < this.queue.size(); i++) {
				if (this.queue[i].notBefore < this.queue[soonest].notBefore) soonest = i;
			}
			const job = this.queue[soonest];
			const wait = job.notBefore - os.clock();
			if (wait > 0) {
				task.wait(wait);
				continue;
			}
			this.queue.remove(soonest);
			if (!this.tryAward(job)) {
				job.attempt += 1;
				if (job.attempt < BADGE_MAX_ATTEMPTS) {
					job.notBefore = os.clock() + FIRST_RETRY_DELAY * 2 ** (job.attempt - 1);
					this.queue.push(job);
					continue;
				}
				warn(
					`RobloxBadges: badge ${job.robloxBadgeId} for ${job.userId} failed ${job.attempt} times; next join retries`,
				);
			}
			this.queued.delete(`${job.userId}:${job.robloxBadgeId}`);
		}
		this.working = false;
	}

	/** True once the user has the badge (already, or awarded now); false to retry. Yields. */
	private tryAward(job: Job): boolean {
		this.takeBudget();
		const [checked, has] = pcall(() => this.awarder.UserHasBadgeAsync(job.userId, job.robloxBadgeId));
		if (!checked) return false;
		if (has) return true;
		this.takeBudget();
		const [awarded] = pcall(() => this.awarder.AwardBadge(job.userId, job.robloxBadgeId));
		return awarded;
	}

	/** Waits until one more request fits in the last minute's budget, then counts it. */
	private takeBudget() {
		for (;;) {
			const now = os.clock();
			while (this.requestTimes.size() > 0 && now - this.requestTimes[0] >= 60) this.requestTimes.shift();
			if (this.requestTimes.size() < BADGE_REQUESTS_PER_MINUTE) break;
			task.wait(60 - (now - this.requestTimes[0]));
		}
		this.requestTimes.push(os.clock());
	}
}
