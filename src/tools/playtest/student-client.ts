import type * as RemotesModule from "shared/remotes";
import type * as ViewStoreModule from "client/state/view-store";
import { ActivityStart } from "shared/activity-protocol";
import { ClassBroadcast } from "shared/classroom/classroom-protocol";
import { Effect } from "shared/domain";
import { StudentView } from "shared/view/student-view";

type ClientRemotes = (typeof RemotesModule)["Remotes"]["Client"];

/**
 * A player's client on the server they are on now: its remotes, the student's view as the game's
 * own ViewStore keeps it (the whole view, then numbered patches), the class as last pushed, and the
 * activities its stations started. A teleport makes a new client on the next server: `bind` again.
 */
export class StudentClient {
	public readonly remotes: ClientRemotes;
	public readonly started = new Array<ActivityStart>();
	public lastClass: ClassBroadcast | undefined;
	private readonly viewStore: ViewStoreModule.ViewStore;

	public constructor(
		public readonly server: EmulatedServer,
		public readonly client: EmulatedClient,
		onEffects: (effects: readonly Effect[]) => void,
		onClass: (view: ClassBroadcast) => void,
	) {
		this.remotes = client.requireModule<typeof RemotesModule>("ReplicatedStorage/TS/remotes").Remotes.Client;
		const notifications = this.remotes.GetNamespace("Notifications");
		notifications.Get("ActivityStarted").Connect((start) => this.started.push(start));
		notifications.Get("ClassUpdated").Connect((view) => {
			this.lastClass = view;
			onClass(view);
		});
		const store = client.requireModule<typeof ViewStoreModule>(
			`Players/${client.player.Name}/PlayerScripts/TS/state/view-store`,
		);
		this.viewStore = new store.ViewStore();
		this.viewStore.onEffects(onEffects);
		this.viewStore.start();
	}

	/** What the student's screen holds now (undefined until the profile has loaded). */
	public view(): StudentView | undefined {
		return this.viewStore.current();
	}

	public student() {
		return this.remotes.GetNamespace("Student");
	}

	/** A remote of any namespace by name, for the forged calls a cheat sends. */
	public anyRemote(namespace: string, name: string): { CallServerAsync(...args: unknown[]): { expect(): unknown } } {
		const space = this.remotes.GetNamespace(namespace as "Student") as unknown as {
			Get(name: string): { CallServerAsync(...args: unknown[]): { expect(): unknown } };
		};
		return space.Get(name);
	}
}
