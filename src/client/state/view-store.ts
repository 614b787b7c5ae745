import { Effect } from "shared/domain";
import { PatchMessage, Remotes, ViewMessage } from "shared/remotes";
import { StudentView } from "shared/view/student-view";
import { applyPatch } from "shared/view/view-patch";

type ViewListener = (view: StudentView) => void;
type EffectsListener = (effects: readonly Effect[]) => void;

/**
 * The student's view as the server last sent it: the whole view on join, then numbered patches.
 * A patch that does not follow the last one (one was missed) asks the server for the whole view.
 */
export class ViewStore {
	private view: StudentView | undefined;
	private version = 0;
	private requesting = false;
	private readonly viewListeners = new Array<ViewListener>();
	private readonly effectsListeners = new Array<EffectsListener>();

	public start() {
		const notifications = Remotes.Client.GetNamespace("Notifications");
		notifications.Get("ViewReset").Connect((message) => this.reset(message));
		notifications.Get("ViewPatched").Connect((message) => this.patch(message));
		this.requestWholeView();
	}

	public current(): StudentView | undefined {
		return this.view;
	}

	public onChanged(listener: ViewListener) {
		this.viewListeners.push(listener);
	}

	/** The effects of each event, in order, for notifications. */
	public onEffects(listener: EffectsListener) {
		this.effectsListeners.push(listener);
	}

	private reset(message: ViewMessage) {
		if (message.version <= this.version && this.view !== undefined) return;
		this.version = message.version;
		this.view = message.view;
		for (const listener of this.viewListeners) listener(message.view);
	}

	private patch(message: PatchMessage) {
		if (message.version <= this.version) return;
		if (this.view === undefined || message.version !== this.version + 1) {
			this.requestWholeView();
		} else {
			this.version = message.version;
			this.view = applyPatch(this.view, message.ops);
			for (const listener of this.viewListeners) listener(this.view);
		}
		for (const listener of this.effectsListeners) listener(message.effects);
	}

	private requestWholeView() {
		if (this.requesting) return;
		this.requesting = true;
		Remotes.Client.GetNamespace("Student")
			.Get("GetView")
			.CallServerAsync()
			.then((reply) => {
				// refused (not loaded yet, or asked too often): the whole view comes by itself, as
				// ViewReset, once the profile has loaded
				if (reply.ok) this.reset(reply.message);
			})
			.catch((err) => warn(`could not fetch the student's view: ${err}`))
			.finally(() => (this.requesting = false));
	}
}
