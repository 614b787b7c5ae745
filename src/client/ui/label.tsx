import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom } from "client/state/store-context";
import { COLORS, TextRole, textSize } from "./theme";

export interface LabelProps {
	readonly text: string;
	readonly role?: TextRole;
	readonly color?: Color3;
	readonly bold?: boolean;
	readonly size?: UDim2;
	readonly position?: UDim2;
	readonly align?: Enum.TextXAlignment;
	readonly alignY?: Enum.TextYAlignment;
	readonly wrapped?: boolean;
	readonly layoutOrder?: number;
	/** Grows to fit its text vertically (a wrapped paragraph). */
	readonly autoHeight?: boolean;
}

/** Text in the shared style, sized for the screen and the larger-text setting. */
export const Label = hooked("Label", (props: LabelProps) => {
	const scale = useAtom((store) => store.textScale());
	const size = textSize(props.role ?? "body", scale);
	return (
		<textlabel
			Size={props.size ?? new UDim2(1, 0, 0, size + 8)}
			Position={props.position}
			AutomaticSize={props.autoHeight === true ? Enum.AutomaticSize.Y : Enum.AutomaticSize.None}
			BackgroundTransparency={1}
			Text={props.text}
			TextColor3={props.color ?? COLORS.text}
			TextSize={size}
			Font={props.bold === true ? Enum.Font.GothamBold : Enum.Font.Gotham}
			TextXAlignment={props.align ?? Enum.TextXAlignment.Left}
			TextYAlignment={props.alignY ?? Enum.TextYAlignment.Center}
			TextWrapped={props.wrapped ?? true}
			LayoutOrder={props.layoutOrder}
		/>
	);
});
