import Roact from "@rbxts/roact";
import { ActivityLayer } from "./activity/activity-layer";
import { ClassBanner } from "./classroom/class-banner";
import { LiveQuizPanel } from "./classroom/live-quiz-panel";
import { Hud } from "./hud/hud";
import { MenuBar } from "./menu/menu-bar";
import { NotificationView } from "./notifications/notification-view";
import { OpenScreen } from "./screens/open-screen";
import { ClientContext, StoreContext } from "./state/store-context";

export interface AppProps {
	readonly client: ClientContext;
}

/**
 * The root of the student's screen. It renders once: each part below reads its own slice of the
 * store, so a change re-renders only the parts that show it.
 */
export function App(props: AppProps) {
	return (
		<screengui ResetOnSpawn={false} ZIndexBehavior={Enum.ZIndexBehavior.Sibling}>
			<StoreContext.Provider value={props.client}>
				<Hud Key="Hud" />
				<MenuBar Key="Menu" />
				<ClassBanner Key="ClassBanner" />
				<OpenScreen Key="Screen" />
				<LiveQuizPanel Key="LiveQuiz" />
				<ActivityLayer Key="Activity" />
				<NotificationView Key="Notification" />
			</StoreContext.Provider>
		</screengui>
	);
}
