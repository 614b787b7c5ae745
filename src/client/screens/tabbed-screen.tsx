import Roact from "@rbxts/roact";
import { Label } from "client/ui/label";
import { ScrollList } from "client/ui/scroll-list";
import { Tab, TabBar } from "client/ui/tab-bar";
import { COLORS, GAP, TOUCH_TARGET } from "client/ui/theme";
import { ScreenPanel } from "./screen-panel";

/** The status line's height under the tabs. */
const STATUS_HEIGHT = 36;

/** What a screen's last action came back with: a refusal in the server's words, done, or still waiting. */
export function replyState(reply: string | undefined): "refused" | "done" | "waiting" | "none" {
	if (reply === undefined) return "none";
	if (reply === "") return "done";
	return reply === "…" ? "waiting" : "refused";
}

export interface TabbedScreenProps {
	readonly title: string;
	readonly tabs: readonly Tab[];
	readonly selected: string;
	readonly onSelect: (id: string) => void;
	/** The line under the tabs: a summary, or what the last action came back with. */
	readonly status: string;
	readonly refused?: boolean;
}

/** A screen of tabs, a status line and a scrolling list of rows (its children). */
export function TabbedScreen(props: Roact.PropsWithChildren<TabbedScreenProps>) {
	return (
		<ScreenPanel title={props.title}>
			<TabBar Key="Tabs" tabs={props.tabs} selected={props.selected} onSelect={props.onSelect} />
			<Label
				Key="Status"
				text={props.status}
				color={props.refused === true ? COLORS.danger : COLORS.muted}
				position={new UDim2(0, 0, 0, TOUCH_TARGET + GAP / 2)}
			/>
			<frame
				Key="List"
				Size={new UDim2(1, 0, 1, -(TOUCH_TARGET + STATUS_HEIGHT))}
				Position={new UDim2(0, 0, 0, TOUCH_TARGET + STATUS_HEIGHT)}
				BackgroundTransparency={1}
			>
				<ScrollList>{props[Roact.Children]}</ScrollList>
			</frame>
		</ScreenPanel>
	);
}
