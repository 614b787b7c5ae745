import Roact from "@rbxts/roact";
import { Players, Workspace } from "@rbxts/services";
import { getPublicCatalog } from "shared/catalog";
import { App } from "./app";
import { ActivityController } from "./activity/activity-controller";
import { connectMenuKeys } from "./menu/menu-keys";
import { NotificationQueue } from "./notifications/notification-queue";
import { notificationsOf, refusalNotification } from "./notifications/notifications-of";
import { remoteActions } from "./state/client-actions";
import { remoteClassActions } from "./state/class-actions";
import { ClassSync } from "./state/class-sync";
import { createClientStore } from "./state/client-store";
import { ViewStore } from "./state/view-store";
import { watchViewport } from "./state/viewport";
import { COMPACT_HEIGHT } from "./ui/theme";

/** Seconds between two ticks of the clock that quest timers and cooldowns count against (they show minutes). */
const CLOCK_TICK = 60;

/** The client's composition root: the store, the controllers that feed it, and the UI mounted once into PlayerGui. */
export function startClient() {
	const playerGui = Players.LocalPlayer.WaitForChild("PlayerGui") as PlayerGui;
	const store = createClientStore();
	const views = new ViewStore();
	const activity = new ActivityController();
	const notifications = new NotificationQueue(store);
	const catalog = getPublicCatalog();
	views.onChanged((view) => store.view(view));
	views.onEffects((effects) => {
		const view = store.view();
		if (view !== undefined) notifications.push(notificationsOf(effects, catalog, view));
	});
	activity.onChanged((state) => store.activity(state));
	activity.onRefused((reason) => notifications.push([refusalNotification(reason)]));
	const client = {
		store,
		actions: remoteActions(store),
		classroom: remoteClassActions(store),
		activity: {
			onAnswer: (answer: unknown) => activity.answer(answer),
			onTurnPage: () => activity.turnPage(),
			onGoOn: () => activity.goOn(),
			onQuit: () => activity.quit(),
			onPick: (index: number) => activity.pick(index),
			onClearPicks: () => activity.clearPicks(),
			onDraft: (text: string) => activity.setDraft(text),
		},
	};
	const tree = Roact.mount(<App client={client} />, playerGui, "ClassQuest");
	watchViewport((size) => store.textScale({ ...store.textScale(), compact: size.Y < COMPACT_HEIGHT }));
	connectMenuKeys(store);
	task.spawn(() => {
		for (;;) {
			store.clock(math.floor(Workspace.GetServerTimeNow()));
			task.wait(CLOCK_TICK);
		}
	});
	const classSync = new ClassSync(store);
	views.start();
	activity.start();
	classSync.start();
	return { store, views, activity, classSync, tree };
}
