import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { SCREENS } from "client/state/client-store";
import { useAtom, useClient } from "client/state/store-context";
import { Button } from "client/ui/button";
import { SCREEN_LABELS } from "./screen-labels";
import { COLORS, CORNER, GAP, TOUCH_TARGET } from "client/ui/theme";

const BAR_SIZE = new UDim2(0.96, 0, 0, TOUCH_TARGET + GAP);
const BAR_POSITION = new UDim2(0.5, 0, 1, -GAP);
const BAR_MAX = new Vector2(900, TOUCH_TARGET + GAP);

/** The row of screen buttons along the bottom; the open screen's button is marked. */
export const MenuBar = hooked("MenuBar", () => {
	const { actions } = useClient();
	const open = useAtom((store) => store.screen());
	// a phone's screen is short: an open screen takes the bar's room, and its Close button brings it back
	const compact = useAtom((store) => store.textScale().compact);
	const buttons = new Map<string, Roact.Element>();
	SCREENS.forEach((screen, index) => {
		const selected = open === screen;
		buttons.set(
			`Menu_${screen}`,
			<Button
				text={selected ? `▸${SCREEN_LABELS[screen]}` : SCREEN_LABELS[screen]}
				tone={selected ? "selected" : "neutral"}
				size={new UDim2(1 / SCREENS.size(), -GAP, 0, TOUCH_TARGET)}
				layoutOrder={index}
				onClick={() => actions.openScreen(selected ? undefined : screen)}
			/>,
		);
	});
	return (
		<frame
			Size={BAR_SIZE}
			Position={BAR_POSITION}
			AnchorPoint={new Vector2(0.5, 1)}
			BackgroundColor3={COLORS.panel}
			BackgroundTransparency={0.2}
			Visible={!(compact && open !== undefined)}
		>
			<uicorner CornerRadius={CORNER} />
			<uisizeconstraint MaxSize={BAR_MAX} />
			<uipadding PaddingLeft={new UDim(0, GAP / 2)} PaddingTop={new UDim(0, GAP / 2)} />
			<uilistlayout
				FillDirection={Enum.FillDirection.Horizontal}
				Padding={new UDim(0, GAP)}
				SortOrder={Enum.SortOrder.LayoutOrder}
			/>
			{buttons}
		</frame>
	);
});
