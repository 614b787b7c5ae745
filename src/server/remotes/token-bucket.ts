/** How a bucket refills: up to `burst` requests at once, then `perSecond` on average. */
export interface BucketLimit {
	readonly burst: number;
	readonly perSecond: number;
}

/**
 * A token bucket: each request takes a token; tokens come back at `perSecond` up to `burst`.
 * Unlike a count per minute, a student who clicks a few times quickly is never refused, and a
 * script firing without pause is held to the average from its first second.
 */
export class TokenBucket {
	private tokens: number;
	private updatedAt: number;

	public constructor(
		private readonly limit: BucketLimit,
		now: number,
	) {
		this.tokens = limit.burst;
		this.updatedAt = now;
	}

	/** Takes a token if there is one; false when the request is over the limit. */
	public take(now: number): boolean {
		// a clock that went back (another server's time after a teleport) refills nothing
		const elapsed = math.max(0, now - this.updatedAt);
		this.tokens = math.min(this.limit.burst, this.tokens + elapsed * this.limit.perSecond);
		this.updatedAt = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}
