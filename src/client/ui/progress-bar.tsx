import Roact from "@rbxts/roact";
import { COLORS } from "./theme";

export interface ProgressBarProps {
	/** 0..1; clamped. */
	readonly fraction: number;
	readonly color?: Color3;
	readonly size?: UDim2;
	readonly position?: UDim2;
	readonly layoutOrder?: number;
}

/** A track with a fill named "Fill" whose width is the fraction (the figures beside it are a Label). */
export function ProgressBar(props: ProgressBarProps) {
	const fraction = math.clamp(props.fraction, 0, 1);
	return (
		<frame
			Size={props.size ?? new UDim2(1, 0, 0, 10)}
			Position={props.position}
			BackgroundColor3={COLORS.surfaceRaised}
			BorderSizePixel={0}
			LayoutOrder={props.layoutOrder}
		>
			<uicorner CornerRadius={new UDim(1, 0)} />
			<frame
				Key="Fill"
				Size={new UDim2(fraction, 0, 1, 0)}
				BackgroundColor3={props.color ?? COLORS.xp}
				BorderSizePixel={0}
				Visible={fraction > 0}
			>
				<uicorner CornerRadius={new UDim(1, 0)} />
			</frame>
		</frame>
	);
}
