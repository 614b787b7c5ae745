import Roact from "@rbxts/roact";
import { Players } from "@rbxts/services";
import { App } from "./app";
import { ActivityController } from "./activity/activity-controller";
import { ViewStore } from "./state/view-store";

/** The client's composition root: starts the controllers and mounts the UI into PlayerGui. */
export function startClient() {
	const playerGui = Players.LocalPlayer.WaitForChild("PlayerGui") as PlayerGui;
	const store = new ViewStore();
	const activity = new ActivityController();
	const activityActions = {
		onAnswer: (answer: unknown) => activity.answer(answer),
		onTurnPage: () => activity.turnPage(),
		onGoOn: () => activity.goOn(),
		onQuit: () => activity.quit(),
		onPick: (index: number) => activity.pick(index),
		onClearPicks: () => activity.clearPicks(),
		onDraft: (text: string) => activity.setDraft(text),
	};
	const render = () => (
		<App
			view={store.current()}
			activity={activity.current()}
			activityActions={activityActions}
			notice={activity.currentNotice()}
		/>
	);
	const tree = Roact.mount(render(), playerGui, "ClassQuest");
	store.onChanged(() => Roact.update(tree, render()));
	activity.onChanged(() => Roact.update(tree, render()));
	store.start();
	activity.start();
	return { store, activity, tree };
}
