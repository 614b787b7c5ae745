import Roact from "@rbxts/roact";
import { Button } from "./button";
import { GAP, TOUCH_TARGET } from "./theme";

export interface Tab {
	readonly id: string;
	readonly label: string;
}

export interface TabBarProps {
	readonly tabs: readonly Tab[];
	readonly selected: string;
	readonly onSelect: (id: string) => void;
	readonly position?: UDim2;
	readonly layoutOrder?: number;
}

/** A row of tabs; the selected one is marked with "▸" and a colour, so it reads without colour too. */
export function TabBar(props: TabBarProps) {
	const tabs = new Map<string, Roact.Element>();
	const width = 1 / math.max(1, props.tabs.size());
	props.tabs.forEach((tab, index) => {
		const selected = tab.id === props.selected;
		tabs.set(
			`Tab_${tab.id}`,
			<Button
				text={selected ? `▸ ${tab.label}` : tab.label}
				tone={selected ? "selected" : "neutral"}
				size={new UDim2(width, -GAP, 0, TOUCH_TARGET)}
				layoutOrder={index}
				onClick={() => props.onSelect(tab.id)}
			/>,
		);
	});
	return (
		<frame
			Size={new UDim2(1, 0, 0, TOUCH_TARGET)}
			Position={props.position}
			BackgroundTransparency={1}
			LayoutOrder={props.layoutOrder}
		>
			<uilistlayout
				FillDirection={Enum.FillDirection.Horizontal}
				Padding={new UDim(0, GAP)}
				SortOrder={Enum.SortOrder.LayoutOrder}
			/>
			{tabs}
		</frame>
	);
}
