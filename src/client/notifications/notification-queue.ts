import { ClientStore } from "client/state/client-store";
import { Notification } from "./notification";

/** Notifications beyond this many waiting are dropped, oldest progress first: a burst must not queue for minutes. */
const MAX_WAITING = 8;

/**
 * Shows notifications one at a time: the first of `store.notifications` is on screen for its
 * seconds, then the next. A burst (a quiz that levels up, earns an achievement and finishes a
 * quest) is shown in order rather than stacked.
 */
export class NotificationQueue {
	private showing = false;

	public constructor(private readonly store: ClientStore) {}

	public push(notifications: readonly Notification[]) {
		if (notifications.size() === 0) return;
		const queue = [...this.store.notifications(), ...notifications];
		while (queue.size() > MAX_WAITING) {
			// the one on screen stays; the oldest quest progress goes first (a later one says more)
			const progress = queue.findIndex((item, index) => index > 0 && item.kind === "quest_progress");
			queue.remove(progress > 0 ? progress : 1);
		}
		this.store.notifications(queue);
		if (!this.showing) this.showNext();
	}

	private showNext() {
		const current = this.store.notifications()[0];
		if (current === undefined) {
			this.showing = false;
			return;
		}
		this.showing = true;
		task.delay(current.seconds, () => {
			const queue = this.store.notifications();
			this.store.notifications(queue.filter((_, index) => index > 0));
			this.showNext();
		});
	}
}
