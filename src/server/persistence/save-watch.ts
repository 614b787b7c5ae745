/** How a watched profile is saved, as the watch sees it (the profile store plugs ProfileService in). */
export interface SaveTarget {
	/** Asks for a save now (ProfileService queues it behind its 7 s per-key write cooldown). */
	save(): void;
	isActive(): boolean;
}

/**
 * ProfileService auto-saves every 30 s; a save that has not landed 15 s after that is overdue even
 * when no error was reported (a request that never came back).
 */
export const SAVE_OVERDUE_AFTER = 45;
/** The first retry after a failed save; each further failure doubles it, up to SAVE_RETRY_MAX. */
export const SAVE_RETRY_FIRST = 1;
/** The longest wait between retries: ProfileService's 7 s write cooldown makes shorter waits moot anyway. */
export const SAVE_RETRY_MAX = 8;
/** After this long without one successful save the student is told and the profile released. */
export const SAVE_GIVE_UP_AFTER = 300;

/**
 * Watches one held profile's saves: a failed (or overdue) save is retried with backoff from
 * SAVE_RETRY_FIRST to SAVE_RETRY_MAX seconds instead of waiting for the next auto-save, so a
 * crash loses less; after SAVE_GIVE_UP_AFTER seconds without a successful save, `giveUp` is called
 * once (the student is told, the profile released).
 */
export class SaveWatch {
	private lastSaved = os.time();
	private backoff = SAVE_RETRY_FIRST;
	private retryPending = false;
	private timer: thread | undefined;
	private stopped = false;

	public constructor(
		private readonly target: SaveTarget,
		private readonly giveUp: () => void,
	) {
		this.schedule(SAVE_OVERDUE_AFTER);
	}

	/** A save landed: the backoff starts again and the next check waits for the auto-save after it. */
	public saved() {
		this.lastSaved = os.time();
		this.backoff = SAVE_RETRY_FIRST;
		this.retryPending = false;
		this.schedule(SAVE_OVERDUE_AFTER);
	}

	/** A request on this profile's key failed: retry after the current backoff. */
	public failed() {
		if (this.retryPending || this.stopped) return;
		this.retryPending = true;
		this.schedule(this.backoff);
	}

	/** Seconds since the last successful save (or the load). */
	public secondsSinceSave(): number {
		return os.time() - this.lastSaved;
	}

	public stop() {
		this.stopped = true;
		this.cancel();
	}

	private check() {
		this.timer = undefined;
		this.retryPending = false;
		if (this.stopped || !this.target.isActive()) return this.stop();
		if (this.secondsSinceSave() >= SAVE_GIVE_UP_AFTER) {
			this.stop();
			this.giveUp();
			return;
		}
		this.target.save();
		this.backoff = math.min(this.backoff * 2, SAVE_RETRY_MAX);
		// no success and no error reported by then (a save still queued): look again
		this.schedule(this.backoff);
	}

	private schedule(seconds: number) {
		if (this.stopped) return;
		this.cancel();
		this.timer = task.delay(seconds, () => this.check());
	}

	private cancel() {
		if (this.timer !== undefined && this.timer !== coroutine.running()) task.cancel(this.timer);
		this.timer = undefined;
	}
}
