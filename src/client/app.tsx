import Roact from "@rbxts/roact";
import { StudentView } from "shared/view/student-view";
import { ActivityPanel, ActivityPanelProps } from "./activity/activity-panel";
import { ActivityState } from "./activity/activity-controller";
import { Hud } from "./hud/hud";

export interface AppProps {
	readonly view?: StudentView;
	readonly activity?: ActivityState;
	readonly activityActions?: Omit<ActivityPanelProps, "state">;
}

/** The root of the student's screen: composes every UI feature. */
export function App(props: AppProps) {
	return (
		<screengui ResetOnSpawn={false} ZIndexBehavior={Enum.ZIndexBehavior.Sibling}>
			<Hud Key="Hud" view={props.view} />
			{props.activity !== undefined && props.activityActions !== undefined && (
				<ActivityPanel Key="Activity" state={props.activity} {...props.activityActions} />
			)}
		</screengui>
	);
}
