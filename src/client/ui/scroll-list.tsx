import Roact from "@rbxts/roact";
import { COLORS, GAP } from "./theme";

export interface ScrollListProps {
	readonly size?: UDim2;
	readonly position?: UDim2;
	readonly layoutOrder?: number;
	/** Cells in a grid instead of rows. */
	readonly cellSize?: UDim2;
}

/** A vertical list (or grid) that scrolls when its rows do not fit; the canvas grows with them. */
export function ScrollList(props: Roact.PropsWithChildren<ScrollListProps>) {
	return (
		<scrollingframe
			Size={props.size ?? new UDim2(1, 0, 1, 0)}
			Position={props.position}
			BackgroundTransparency={1}
			BorderSizePixel={0}
			CanvasSize={new UDim2(1, 0, 0, 0)}
			AutomaticCanvasSize={Enum.AutomaticSize.Y}
			ScrollingDirection={Enum.ScrollingDirection.Y}
			ScrollBarThickness={8}
			ScrollBarImageColor3={COLORS.stroke}
			LayoutOrder={props.layoutOrder}
			Selectable={false}
		>
			{props.cellSize !== undefined ? (
				<uigridlayout
					CellSize={props.cellSize}
					CellPadding={new UDim2(0, GAP, 0, GAP)}
					SortOrder={Enum.SortOrder.LayoutOrder}
				/>
			) : (
				<uilistlayout Padding={new UDim(0, GAP)} SortOrder={Enum.SortOrder.LayoutOrder} />
			)}
			<uipadding PaddingRight={new UDim(0, 12)} />
			{props[Roact.Children]}
		</scrollingframe>
	);
}
