import Roact from "@rbxts/roact";
import { ProfileSnapshot } from "shared/domain";
import { Hud } from "./hud/hud";

export interface AppProps {
	readonly snapshot?: ProfileSnapshot;
}

/** The root of the student's screen: composes every UI feature. */
export function App(props: AppProps) {
	return (
		<screengui ResetOnSpawn={false} ZIndexBehavior={Enum.ZIndexBehavior.Sibling}>
			<Hud Key="Hud" snapshot={props.snapshot} />
		</screengui>
	);
}
