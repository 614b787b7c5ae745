import Roact from "@rbxts/roact";
import { subscribe } from "@rbxts/charm";
import { useContext, useEffect, useMutable, useState } from "@rbxts/roact-hooked";
import { ClientStore } from "./client-store";
import { ClientActions } from "./client-actions";
import { ClassActions } from "./class-actions";
import type { ActivityActions } from "client/activity/activity-actions";

/** What every component below the App reads: the store, and what the student can ask the server. */
export interface ClientContext {
	readonly store: ClientStore;
	readonly actions: ClientActions;
	/** What the activity panel's buttons do (absent where no activity can run: a preview). */
	readonly activity?: ActivityActions;
	/** What the classroom's screens ask the server (absent where no class runs: a student-screens preview). */
	readonly classroom?: ClassActions;
}

export const StoreContext = Roact.createContext<ClientContext | undefined>(undefined);

export function useClient(): ClientContext {
	const client = useContext(StoreContext);
	if (client === undefined) error("a screen was mounted without a StoreContext.Provider above it", 2);
	return client;
}

/** The classroom's actions; a classroom screen mounted without them is a mistake of its mount. */
export function useClassActions(): ClassActions {
	const classroom = useClient().classroom;
	if (classroom === undefined) error("a classroom screen was mounted without classroom actions in its context", 2);
	return classroom;
}

/**
 * The value of `selector(store)`, read afresh at each render (a selector may depend on props or
 * state, such as the board a tab chose), re-rendering the component only when its value changes
 * (by identity: the view's patches copy only what changed, so an unchanged slice is the same table).
 */
export function useAtom<T>(selector: (store: ClientStore) => T): T {
	const { store } = useClient();
	const latest = useMutable(selector);
	latest.current = selector;
	const [, setVersion] = useState(0);
	useEffect(
		() =>
			subscribe(
				() => latest.current(store),
				() => setVersion((version) => version + 1),
			),
		[],
	);
	return selector(store);
}
