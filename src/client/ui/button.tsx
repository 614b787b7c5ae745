import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom } from "client/state/store-context";
import { COLORS, CORNER, TOUCH_TARGET, textSize } from "./theme";

export type ButtonTone = "primary" | "neutral" | "danger" | "selected";

const TONES: Readonly<Record<ButtonTone, Color3>> = {
	primary: COLORS.accent,
	neutral: COLORS.surfaceRaised,
	danger: COLORS.danger,
	selected: COLORS.xp,
};

export interface ButtonProps {
	readonly text: string;
	readonly onClick: () => void;
	readonly tone?: ButtonTone;
	/** A disabled button cannot be clicked and is drawn dim; its text says why where it matters. */
	readonly enabled?: boolean;
	readonly size?: UDim2;
	readonly position?: UDim2;
	readonly anchor?: Vector2;
	readonly layoutOrder?: number;
	/** Gamepad and keyboard navigation can land on it (default true). */
	readonly selectable?: boolean;
}

/** A button at least 44 px tall (a finger's width), labelled by text, never by colour alone. */
export const Button = hooked("Button", (props: ButtonProps) => {
	const scale = useAtom((store) => store.textScale());
	const enabled = props.enabled ?? true;
	return (
		<textbutton
			Size={props.size ?? new UDim2(0, 140, 0, TOUCH_TARGET)}
			Position={props.position}
			AnchorPoint={props.anchor}
			BackgroundColor3={TONES[props.tone ?? "primary"]}
			BackgroundTransparency={enabled ? 0 : 0.6}
			AutoButtonColor={enabled}
			Active={enabled}
			Interactable={enabled}
			Selectable={enabled && props.selectable !== false}
			Text={props.text}
			TextColor3={enabled ? COLORS.text : COLORS.muted}
			TextSize={textSize("body", scale)}
			Font={Enum.Font.GothamBold}
			TextWrapped={true}
			LayoutOrder={props.layoutOrder}
			Event={{ Activated: () => enabled && props.onClick() }}
		>
			<uicorner CornerRadius={CORNER} />
			<uisizeconstraint MinSize={new Vector2(TOUCH_TARGET, TOUCH_TARGET)} />
		</textbutton>
	);
});
