import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom } from "client/state/store-context";
import { COLORS, CORNER, TOUCH_TARGET, textSize } from "./theme";

export interface TextFieldProps {
	readonly text: string;
	readonly placeholder: string;
	readonly onChanged: (text: string) => void;
	/** Enter pressed (or the keyboard's Done on a phone). */
	readonly onSubmit?: (text: string) => void;
	readonly size?: UDim2;
	readonly position?: UDim2;
	readonly layoutOrder?: number;
	readonly multiLine?: boolean;
}

/** A text box that reports each change and Enter; what it holds lives in the caller's state. */
export const TextField = hooked("TextField", (props: TextFieldProps) => {
	const scale = useAtom((store) => store.textScale());
	return (
		<textbox
			Size={props.size ?? new UDim2(1, 0, 0, TOUCH_TARGET)}
			Position={props.position}
			BackgroundColor3={COLORS.surface}
			Text={props.text}
			PlaceholderText={props.placeholder}
			PlaceholderColor3={COLORS.muted}
			TextColor3={COLORS.text}
			TextSize={textSize("body", scale)}
			Font={Enum.Font.Gotham}
			ClearTextOnFocus={false}
			MultiLine={props.multiLine === true}
			TextWrapped={props.multiLine === true}
			TextXAlignment={Enum.TextXAlignment.Left}
			// a pasted block reads from its first line, as any editor shows it
			TextYAlignment={props.multiLine === true ? Enum.TextYAlignment.Top : Enum.TextYAlignment.Center}
			ClipsDescendants={props.multiLine === true}
			LayoutOrder={props.layoutOrder}
			Change={{ Text: (box) => box.Text !== props.text && props.onChanged(box.Text) }}
			Event={{ FocusLost: (box, enterPressed) => enterPressed && props.onSubmit?.(box.Text) }}
		>
			<uicorner CornerRadius={CORNER} />
			<uipadding
				PaddingLeft={new UDim(0, 10)}
				PaddingRight={new UDim(0, 10)}
				PaddingTop={new UDim(0, props.multiLine === true ? 6 : 0)}
			/>
		</textbox>
	);
});
