import Roact from "@rbxts/roact";
import { Players } from "@rbxts/services";
import { App } from "./app";
import { ViewStore } from "./state/view-store";

/** The client's composition root: starts the controllers and mounts the UI into PlayerGui. */
export function startClient() {
	const playerGui = Players.LocalPlayer.WaitForChild("PlayerGui") as PlayerGui;
	const store = new ViewStore();
	const tree = Roact.mount(<App view={store.current()} />, playerGui, "ClassQuest");
	store.onChanged((view) => {
		Roact.update(tree, <App view={view} />);
	});
	store.start();
	return { store, tree };
}
