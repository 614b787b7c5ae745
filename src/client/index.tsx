import Roact from "@rbxts/roact";
import { Players } from "@rbxts/services";
import { App } from "./app";
import { ProfileController } from "./profile/profile-controller";

/** The client's composition root: starts the controllers and mounts the UI into PlayerGui. */
export function startClient() {
	const playerGui = Players.LocalPlayer.WaitForChild("PlayerGui") as PlayerGui;
	const profile = new ProfileController();
	const tree = Roact.mount(<App snapshot={profile.current()} />, playerGui, "ClassQuest");
	profile.onChanged((snapshot) => {
		Roact.update(tree, <App snapshot={snapshot} />);
	});
	profile.start();
	return { profile, tree };
}
