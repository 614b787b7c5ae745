import Roact from "@rbxts/roact";
import { StudentView } from "shared/view/student-view";
import { ActivityPanel, ActivityPanelProps } from "./activity/activity-panel";
import { ActivityState } from "./activity/activity-controller";
import { Hud } from "./hud/hud";

export interface AppProps {
	readonly view?: StudentView;
	readonly activity?: ActivityState;
	readonly activityActions?: Omit<ActivityPanelProps, "state">;
	/** Why a station did not start, in the server's words. */
	readonly notice?: string;
}

/** The root of the student's screen: composes every UI feature. */
export function App(props: AppProps) {
	return (
		<screengui ResetOnSpawn={false} ZIndexBehavior={Enum.ZIndexBehavior.Sibling}>
			<Hud Key="Hud" view={props.view} />
			{props.notice !== undefined && (
				<textlabel
					Key="Notice"
					Size={new UDim2(0.5, 0, 0, 44)}
					Position={new UDim2(0.25, 0, 0, 16)}
					BackgroundColor3={Color3.fromRGB(24, 28, 40)}
					TextColor3={Color3.fromRGB(240, 240, 245)}
					TextSize={18}
					TextWrapped={true}
					Text={`ⓘ ${props.notice}`}
				/>
			)}
			{props.activity !== undefined && props.activityActions !== undefined && (
				<ActivityPanel Key="Activity" state={props.activity} {...props.activityActions} />
			)}
		</screengui>
	);
}
