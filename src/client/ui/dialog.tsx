import Roact from "@rbxts/roact";
import { Button } from "./button";
import { Label } from "./label";
import { COLORS, CORNER, GAP, TOUCH_TARGET } from "./theme";

export interface DialogProps {
	readonly title: string;
	readonly body: string;
	readonly confirmText: string;
	readonly onConfirm: () => void;
	readonly onCancel: () => void;
}

/** A question over a dimmed screen: confirm or cancel (a purchase, giving a badge away). */
export function Dialog(props: DialogProps) {
	return (
		<frame Size={new UDim2(1, 0, 1, 0)} BackgroundColor3={COLORS.backdrop} BackgroundTransparency={0.4} ZIndex={20}>
			<frame
				Key="Box"
				Size={new UDim2(0.8, 0, 0, 200)}
				Position={new UDim2(0.5, 0, 0.5, 0)}
				AnchorPoint={new Vector2(0.5, 0.5)}
				BackgroundColor3={COLORS.panel}
				ZIndex={21}
			>
				<uicorner CornerRadius={CORNER} />
				<uisizeconstraint MaxSize={new Vector2(520, 260)} />
				<uipadding
					PaddingLeft={new UDim(0, 2 * GAP)}
					PaddingRight={new UDim(0, 2 * GAP)}
					PaddingTop={new UDim(0, GAP)}
				/>
				<Label Key="Title" text={props.title} role="heading" bold={true} />
				<Label
					Key="Body"
					text={props.body}
					size={new UDim2(1, 0, 1, -(2 * TOUCH_TARGET + 2 * GAP))}
					position={new UDim2(0, 0, 0, TOUCH_TARGET)}
					alignY={Enum.TextYAlignment.Top}
				/>
				<Button
					Key="Cancel"
					text="Cancel"
					tone="neutral"
					size={new UDim2(0.5, -GAP, 0, TOUCH_TARGET)}
					position={new UDim2(0, 0, 1, -(TOUCH_TARGET + GAP))}
					onClick={props.onCancel}
				/>
				<Button
					Key="Confirm"
					text={props.confirmText}
					size={new UDim2(0.5, -GAP, 0, TOUCH_TARGET)}
					position={new UDim2(0.5, GAP, 1, -(TOUCH_TARGET + GAP))}
					onClick={props.onConfirm}
				/>
			</frame>
		</frame>
	);
}
