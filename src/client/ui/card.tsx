import Roact from "@rbxts/roact";
import { Button, ButtonProps } from "./button";
import { COLORS, CORNER, GAP } from "./theme";

/** The share of a card's width its side (a button) takes. */
const SIDE_WIDTH = 0.34;

export interface CardProps {
	readonly height?: number;
	readonly size?: UDim2;
	readonly layoutOrder?: number;
	/** A coloured edge on the left (a rarity, a state); always paired with words in the card. */
	readonly accent?: Color3;
	readonly dim?: boolean;
	/** Shown on the right, centred (a button): the card's lines keep the rest. */
	readonly side?: Roact.Element;
}

/** One row of a list: a rounded surface with its lines top to bottom and an optional action on the right. */
export function Card(props: Roact.PropsWithChildren<CardProps>) {
	const sideWidth = props.side !== undefined ? SIDE_WIDTH : 0;
	return (
		<frame
			Size={props.size ?? new UDim2(1, 0, 0, props.height ?? 72)}
			BackgroundColor3={props.dim === true ? COLORS.backdrop : COLORS.surface}
			BorderSizePixel={0}
			LayoutOrder={props.layoutOrder}
		>
			<uicorner CornerRadius={CORNER} />
			{props.accent !== undefined && (
				<frame Key="Accent" Size={new UDim2(0, 6, 1, 0)} BackgroundColor3={props.accent} BorderSizePixel={0}>
					<uicorner CornerRadius={CORNER} />
				</frame>
			)}
			<frame
				Key="Content"
				Size={new UDim2(1 - sideWidth, -3 * GAP, 1, -GAP)}
				Position={new UDim2(0, 2 * GAP, 0, GAP / 2)}
				BackgroundTransparency={1}
			>
				<uilistlayout Padding={new UDim(0, 2)} SortOrder={Enum.SortOrder.LayoutOrder} />
				{props[Roact.Children]}
			</frame>
			{props.side !== undefined && (
				<frame
					Key="Side"
					Size={new UDim2(sideWidth, -GAP, 1, 0)}
					Position={new UDim2(1 - sideWidth, 0, 0, 0)}
					BackgroundTransparency={1}
				>
					{props.side}
				</frame>
			)}
		</frame>
	);
}

/** A full-width button for a card's side, centred in it. */
export const SIDE_BUTTON = {
	size: new UDim2(1, 0, 0, 44),
	position: new UDim2(0, 0, 0.5, 0),
	anchor: new Vector2(0, 0.5),
} as const;

/** A button filling a card's side, centred in it. */
export function SideButton(props: Omit<ButtonProps, "size" | "position" | "anchor">) {
	return <Button {...props} size={SIDE_BUTTON.size} position={SIDE_BUTTON.position} anchor={SIDE_BUTTON.anchor} />;
}
