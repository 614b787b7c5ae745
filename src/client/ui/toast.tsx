import Roact from "@rbxts/roact";
import { Label } from "./label";
import { COLORS, CORNER, GAP } from "./theme";

const TOAST_SIZE = new UDim2(0.5, 0, 0, 84);
const TOAST_POSITION = new UDim2(0.5, 0, 0, 12);
const TOAST_MIN_WIDTH = 300;

export interface ToastProps {
	/** A glyph that says what kind of news this is, so the colour is not the only signal. */
	readonly icon: string;
	readonly title: string;
	readonly body: string;
	readonly color: Color3;
	/** Small text on the right: a rarity and points, a count. */
	readonly tag?: string;
	readonly position?: UDim2;
	readonly anchor?: Vector2;
}

/** A card of news near the top of the screen, with a coloured edge. */
export function Toast(props: ToastProps) {
	return (
		<frame
			Size={TOAST_SIZE}
			Position={props.position ?? TOAST_POSITION}
			AnchorPoint={props.anchor ?? new Vector2(0.5, 0)}
			BackgroundColor3={COLORS.panel}
			BorderSizePixel={0}
			ZIndex={10}
		>
			<uicorner CornerRadius={CORNER} />
			<uistroke Color={props.color} Thickness={2} />
			<uisizeconstraint MinSize={new Vector2(TOAST_MIN_WIDTH, 0)} />
			<Label
				Key="Icon"
				text={props.icon}
				role="title"
				color={props.color}
				align={Enum.TextXAlignment.Center}
				size={new UDim2(0, 56, 1, 0)}
			/>
			<Label
				Key="Title"
				text={props.title}
				role="heading"
				bold={true}
				color={props.color}
				size={new UDim2(1, -(56 + 2 * GAP), 0.5, 0)}
				position={new UDim2(0, 56, 0, 4)}
			/>
			<Label
				Key="Body"
				text={props.body}
				role="small"
				size={new UDim2(1, -(56 + 2 * GAP), 0.5, -8)}
				position={new UDim2(0, 56, 0.5, 0)}
				alignY={Enum.TextYAlignment.Top}
			/>
			{props.tag !== undefined && (
				<Label
					Key="Tag"
					text={props.tag}
					role="small"
					color={COLORS.muted}
					align={Enum.TextXAlignment.Right}
					size={new UDim2(0.4, 0, 0, 20)}
					position={new UDim2(0.6, -GAP, 0, 4)}
				/>
			)}
		</frame>
	);
}
