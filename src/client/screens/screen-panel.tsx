import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useClient } from "client/state/store-context";
import { Panel } from "client/ui/panel";

export interface ScreenPanelProps {
	readonly title: string;
}

/** A screen's panel, closed by its button (or the menu key that opened it). */
export const ScreenPanel = hooked("ScreenPanel", (props: Roact.PropsWithChildren<ScreenPanelProps>) => {
	const { actions } = useClient();
	return (
		<Panel title={props.title} onClose={() => actions.openScreen(undefined)}>
			{props[Roact.Children]}
		</Panel>
	);
});
