import Roact from "@rbxts/roact";
import { StudentView } from "shared/view/student-view";
import { Hud } from "./hud/hud";

export interface AppProps {
	readonly view?: StudentView;
}

/** The root of the student's screen: composes every UI feature. */
export function App(props: AppProps) {
	return (
		<screengui ResetOnSpawn={false} ZIndexBehavior={Enum.ZIndexBehavior.Sibling}>
			<Hud Key="Hud" view={props.view} />
		</screengui>
	);
}
