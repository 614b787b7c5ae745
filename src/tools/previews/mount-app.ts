import type RoactModule from "@rbxts/roact";
import type * as AppModule from "client/app";
import type * as StoreModule from "client/state/client-store";
import type * as ActionsModule from "client/state/client-actions";
import type * as ClassActionsModule from "client/state/class-actions";
import type * as ViewportModule from "client/state/viewport";
import type * as ThemeModule from "client/ui/theme";
import type { ActivityActions } from "client/activity/activity-actions";
import type { ClientActions } from "client/state/client-actions";
import type { ClassActions } from "client/state/class-actions";
import type { ClientStore } from "client/state/client-store";

const ROACT = "ReplicatedStorage/rbxts_include/node_modules/@rbxts/roact/src";

/** The client's UI mounted by a runner (a preview, a spec), with the store it reads. */
export interface MountedApp {
	readonly store: ClientStore;
	readonly gui: ScreenGui;
	unmount(this: void): void;
}

/**
 * Mounts the student's App into a simulated client's PlayerGui, with a fresh store filled by
 * `fill` before the first render. The modules are the client's own (required in its context), so
 * the UI runs where it runs in the game; `actions` defaults to the real remote-backed ones, and so does `classroom`.
 */
export function mountApp(
	client: EmulatedClient,
	fill: (store: ClientStore) => void,
	actions?: (store: ClientStore) => ClientActions,
	activity?: ActivityActions,
	classroom?: (store: ClientStore) => ClassActions,
): MountedApp {
	const scripts = `Players/${client.player.Name}/PlayerScripts/TS`;
	const Roact = client.requireModule<typeof RoactModule>(ROACT);
	const { App } = client.requireModule<typeof AppModule>(`${scripts}/app`);
	const { createClientStore } = client.requireModule<typeof StoreModule>(`${scripts}/state/client-store`);
	const { remoteActions } = client.requireModule<typeof ActionsModule>(`${scripts}/state/client-actions`);
	const { remoteClassActions } = client.requireModule<typeof ClassActionsModule>(`${scripts}/state/class-actions`);
	const { watchViewport } = client.requireModule<typeof ViewportModule>(`${scripts}/state/viewport`);
	const { COMPACT_HEIGHT } = client.requireModule<typeof ThemeModule>(`${scripts}/ui/theme`);
	const store = createClientStore();
	// as the client's root does: a phone's viewport lays the screens out compact
	watchViewport((size) => store.textScale({ ...store.textScale(), compact: size.Y < COMPACT_HEIGHT }));
	fill(store);
	const tree = Roact.mount(
		Roact.createElement(App, {
			client: {
				store,
				actions: (actions ?? remoteActions)(store),
				activity,
				classroom: (classroom ?? remoteClassActions)(store),
			},
		}),
		client.playerGui(),
		"ClassQuest",
	);
	const gui = client.playerGui().FindFirstChild("ClassQuest") as ScreenGui;
	return { store, gui, unmount: () => Roact.unmount(tree) };
}
