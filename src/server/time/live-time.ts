import { GameHost } from "shared/host";

/**
 * Lets time pass on the live server as it does in the scenario runner: one timer for the whole
 * server wakes at the next moment anything is due (a student's expiry, streak break or quest
 * deadline, a leaderboard period's end) and asks the host to bring everyone up to then, so what a
 * student sees changes at its time (within a second) while they stand idle. A change that makes
 * something due sooner moves the timer earlier; nothing polls per student or per frame.
 */
export class LiveTime {
	private wake?: { readonly at: number; readonly thread: thread };

	public constructor(private readonly host: GameHost) {}

	public start() {
		this.host.onDueChanged(() => this.schedule());
		this.schedule();
	}

	private schedule() {
		const due = this.host.nextDue();
		if (due === undefined) return;
		// a timer that wakes no later than that will look again when it wakes
		if (this.wake !== undefined && this.wake.at <= due) return;
		if (this.wake !== undefined) task.cancel(this.wake.thread);
		// something due already means another thread is bringing time up to date (closing a period
		// may take a while): look again in a second rather than every frame
		const wait = due > os.time() ? due - os.time() : 1;
		const thread = task.delay(wait, () => {
			this.wake = undefined;
			const [ok, err] = pcall(() => this.host.advanceTo(os.time()));
			if (!ok) warn(`live time: ${err}`);
			this.schedule();
		});
		this.wake = { at: due, thread };
	}
}
