import { ClassBroadcast } from "shared/classroom/classroom-protocol";
import { Remotes } from "shared/remotes";
import { ClientStore } from "./client-store";

/** Seconds before asking again after a refusal (still loading, asked too often): doubling, at most a minute. */
const FIRST_RETRY = 2;
const LAST_RETRY = 60;
/**
 * Asks at most this many times (about five minutes of asking): the server pushes the class by
 * itself whenever it changes, so a server that never answers is not asked forever.
 */
const MAX_ASKS = 8;
/** Seconds a GetClass or GetConsole may take before it counts as unanswered (Net's default is 60). */
const CALL_TIMEOUT = 15;

/**
 * What the server tells this player of the class, kept in the store: the ClassUpdated and
 * ConsoleUpdated pushes, and on start a GetClass (then a GetConsole once the server says this
 * player teaches here). A refusal is asked again later, more slowly each time, until a push or a
 * reply arrives (or MAX_ASKS asks: the pushes still come). The role and place are only ever the server's: nothing here decides them.
 */
export class ClassSync {
	/** Counts pushes, so a reply asked for before a push does not overwrite what the push said. */
	private classPushes = 0;
	private consolePushes = 0;
	private askingConsole = false;

	public constructor(private readonly store: ClientStore) {}

	public start() {
		const notifications = Remotes.Client.GetNamespace("Notifications");
		notifications.Get("ClassUpdated").Connect((view) => {
			this.classPushes += 1;
			this.setClass(view);
		});
		notifications.Get("ConsoleUpdated").Connect((view) => {
			this.consolePushes += 1;
			this.store.console(view);
		});
		task.spawn(() => this.askClass(FIRST_RETRY));
	}

	private setClass(view: ClassBroadcast) {
		this.store.classView(view);
		if (view.place === "class" && view.role === "teacher") {
			if (this.store.console() === undefined && !this.askingConsole) {
				this.askingConsole = true;
				task.spawn(() => this.askConsole(FIRST_RETRY));
			}
		} else if (this.store.console() !== undefined) {
			// the server no longer holds this player to be this class's teacher: the console goes
			this.store.console(undefined);
		}
	}

	/** Asks for the class until it is told, by this reply or by a push. */
	private askClass(firstWait: number) {
		let wait = firstWait;
		const remote = Remotes.Client.GetNamespace("Class").Get("GetClass");
		remote.SetCallTimeout(CALL_TIMEOUT);
		for (let asked = 1; asked <= MAX_ASKS; asked++) {
			const pushesBefore = this.classPushes;
			const [ok, reply] = pcall(() => remote.CallServerAsync().expect());
			if (this.classPushes !== pushesBefore) return;
			if (ok && reply.ok) return this.setClass(reply.view);
			task.wait(wait);
			// a push came meanwhile: the server has started telling this player by itself
			if (this.classPushes !== pushesBefore) return;
			wait = math.min(wait * 2, LAST_RETRY);
		}
	}

	/** Asks for the console while this player teaches here and no push has brought it. */
	private askConsole(firstWait: number) {
		let wait = firstWait;
		const remote = Remotes.Client.GetNamespace("Teacher").Get("GetConsole");
		remote.SetCallTimeout(CALL_TIMEOUT);
		for (let asked = 1; asked <= MAX_ASKS; asked++) {
			const pushesBefore = this.consolePushes;
			const [ok, reply] = pcall(() => remote.CallServerAsync().expect());
			if (this.consolePushes !== pushesBefore || !this.stillTeaching()) break;
			if (ok && reply.ok) {
				this.store.console(reply.view);
				break;
			}
			task.wait(wait);
			if (this.consolePushes !== pushesBefore || !this.stillTeaching()) break;
			wait = math.min(wait * 2, LAST_RETRY);
		}
		this.askingConsole = false;
	}

	private stillTeaching(): boolean {
		const view = this.store.classView();
		return view !== undefined && view.place === "class" && view.role === "teacher";
	}
}
