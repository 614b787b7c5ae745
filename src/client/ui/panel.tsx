import Roact from "@rbxts/roact";
import { Button } from "./button";
import { Label } from "./label";
import { COLORS, CORNER, GAP, TOUCH_TARGET } from "./theme";

/** A screen's panel fills a phone's screen and a centred block of a desktop's. */
const PANEL_SIZE = new UDim2(0.96, 0, 1, -12);
const PANEL_POSITION = new UDim2(0.5, 0, 0.5, 0);
const PANEL_MAX = new Vector2(960, 720);
const HEADER_HEIGHT = TOUCH_TARGET + GAP;

export interface PanelProps {
	readonly title: string;
	readonly onClose?: () => void;
	readonly size?: UDim2;
	readonly position?: UDim2;
}

/** A titled panel with a close button; its children go in the body below the title. */
export function Panel(props: Roact.PropsWithChildren<PanelProps>) {
	return (
		<frame
			Size={props.size ?? PANEL_SIZE}
			Position={props.position ?? PANEL_POSITION}
			AnchorPoint={new Vector2(0.5, 0.5)}
			BackgroundColor3={COLORS.panel}
			BorderSizePixel={0}
		>
			<uicorner CornerRadius={CORNER} />
			<uistroke Color={COLORS.stroke} Thickness={1} />
			<uisizeconstraint MaxSize={PANEL_MAX} />
			<Label
				Key="Title"
				text={props.title}
				role="title"
				bold={true}
				size={new UDim2(1, -(TOUCH_TARGET + 3 * GAP), 0, TOUCH_TARGET)}
				position={new UDim2(0, 2 * GAP, 0, GAP / 2)}
			/>
			{props.onClose !== undefined && (
				<Button
					Key="Close"
					text="✕ Close"
					tone="neutral"
					size={new UDim2(0, 110, 0, TOUCH_TARGET)}
					position={new UDim2(1, -GAP, 0, GAP / 2)}
					anchor={new Vector2(1, 0)}
					onClick={props.onClose}
				/>
			)}
			<frame
				Key="Body"
				Size={new UDim2(1, -4 * GAP, 1, -HEADER_HEIGHT - 2 * GAP)}
				Position={new UDim2(0, 2 * GAP, 0, HEADER_HEIGHT)}
				BackgroundTransparency={1}
			>
				{props[Roact.Children]}
			</frame>
		</frame>
	);
}
