import Roact from "@rbxts/roact";
import { Button, ButtonTone } from "client/ui/button";
import { Card, SideButton } from "client/ui/card";
import { Label } from "client/ui/label";
import { TextField } from "client/ui/text-field";
import { COLORS, GAP, TOUCH_TARGET } from "client/ui/theme";

/** The console's rows: a heading, a card with a button, a row of buttons, a text box with its button. */

const CARD_HEIGHT = 72;
/** A text box's share of its row when a button sits beside it. */
const FIELD_SHARE = 0.66;

export function Heading(props: { readonly text: string; readonly layoutOrder: number }) {
	return <Label text={props.text} role="heading" bold={true} layoutOrder={props.layoutOrder} />;
}

export function Note(props: { readonly text: string; readonly layoutOrder: number; readonly color?: Color3 }) {
	return (
		<Label
			text={props.text}
			role="small"
			color={props.color ?? COLORS.muted}
			autoHeight={true}
			layoutOrder={props.layoutOrder}
		/>
	);
}

export interface InfoCardProps {
	readonly title: string;
	readonly body: string;
	readonly layoutOrder: number;
	readonly button?: string;
	readonly tone?: ButtonTone;
	readonly onClick?: () => void;
	readonly accent?: Color3;
	readonly height?: number;
}

/** A state in words (its title and a line under it) and the button that changes it. */
export function InfoCard(props: InfoCardProps) {
	return (
		<Card
			height={props.height ?? CARD_HEIGHT}
			accent={props.accent}
			layoutOrder={props.layoutOrder}
			side={
				props.button !== undefined && props.onClick !== undefined ? (
					<SideButton text={props.button} tone={props.tone} onClick={props.onClick} />
				) : undefined
			}
		>
			<Label Key="Title" text={props.title} bold={true} layoutOrder={1} />
			<Label
				Key="Body"
				text={props.body}
				role="small"
				color={COLORS.muted}
				size={new UDim2(1, 0, 1, -30)}
				alignY={Enum.TextYAlignment.Top}
				layoutOrder={2}
			/>
		</Card>
	);
}

export interface RowButton {
	readonly text: string;
	readonly onClick: () => void;
	readonly tone?: ButtonTone;
	readonly enabled?: boolean;
}

/** Buttons side by side, sharing the row's width. */
export function ButtonRow(props: { readonly buttons: readonly RowButton[]; readonly layoutOrder: number }) {
	const buttons = new Map<string, Roact.Element>();
	const width = 1 / math.max(1, props.buttons.size());
	props.buttons.forEach((button, index) =>
		buttons.set(
			`Button${index + 1}`,
			<Button
				text={button.text}
				tone={button.tone}
				enabled={button.enabled}
				size={new UDim2(width, -GAP, 0, TOUCH_TARGET)}
				layoutOrder={index}
				onClick={button.onClick}
			/>,
		),
	);
	return (
		<frame Size={new UDim2(1, 0, 0, TOUCH_TARGET)} BackgroundTransparency={1} LayoutOrder={props.layoutOrder}>
			<uilistlayout
				FillDirection={Enum.FillDirection.Horizontal}
				Padding={new UDim(0, GAP)}
				SortOrder={Enum.SortOrder.LayoutOrder}
			/>
			{buttons}
		</frame>
	);
}

export interface FieldRowProps {
	readonly name: string;
	readonly text: string;
	readonly placeholder: string;
	readonly onChanged: (text: string) => void;
	readonly layoutOrder: number;
	/** The button beside the box; Enter in the box does the same. */
	readonly button?: string;
	readonly onSend?: () => void;
}

/** A text box, with its button beside it when it has one. */
export function FieldRow(props: FieldRowProps) {
	const share = props.button !== undefined ? FIELD_SHARE : 1;
	return (
		<frame Size={new UDim2(1, 0, 0, TOUCH_TARGET)} BackgroundTransparency={1} LayoutOrder={props.layoutOrder}>
			<TextField
				Key={`${props.name}Box`}
				text={props.text}
				placeholder={props.placeholder}
				size={new UDim2(share, props.button !== undefined ? -GAP : 0, 0, TOUCH_TARGET)}
				onChanged={props.onChanged}
				onSubmit={() => props.onSend?.()}
			/>
			{props.button !== undefined && (
				<Button
					Key={`${props.name}Button`}
					text={props.button}
					size={new UDim2(1 - share, 0, 0, TOUCH_TARGET)}
					position={new UDim2(share, 0, 0, 0)}
					onClick={() => props.onSend?.()}
				/>
			)}
		</frame>
	);
}

/** A number as typed, or the text itself when it is not one: the server refuses it and says why. */
export function typedNumber(text: string): number | string {
	return tonumber(text) ?? text;
}
