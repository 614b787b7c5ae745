import Roact from "@rbxts/roact";
import { useState } from "@rbxts/roact-hooked";
import { ConsoleView, RosterRow } from "shared/classroom/classroom-protocol";
import { rosterReplyKey } from "client/state/class-actions";
import { useAtom, useClassActions } from "client/state/store-context";
import { hooked } from "client/ui/hooked";
import { Card, SideButton } from "client/ui/card";
import { Label } from "client/ui/label";
import { replyState } from "client/screens/tabbed-screen";
import { Button } from "client/ui/button";
import { TextField } from "client/ui/text-field";
import { COLORS, GAP, TOUCH_TARGET } from "client/ui/theme";
import { timeAgo } from "client/classroom/class-text";
import { ConsoleFrame, ConsoleTabProps } from "./console-frame";
import { ButtonRow, FieldRow, Note, typedNumber } from "./console-rows";

const ROW_HEIGHT = 72;
/** The form: its title line, three rows of boxes and buttons, and the gaps between. */
const FORM_HEIGHT = 24 + 3 * TOUCH_TARGET + 3 * GAP;
const REPLY_HEIGHT = 30;

export interface RosterTabProps extends ConsoleTabProps {
	readonly console: ConsoleView;
	readonly now: number;
}

/** Online first, then by display name: who is here is what a teacher looks for first. */
function ordered(roster: readonly RosterRow[]): RosterRow[] {
	const rows = [...roster];
	rows.sort((a, b) => (a.online !== b.online ? a.online : a.display_name.lower() < b.display_name.lower()));
	return rows;
}

/** "● online" or "○ away": a dot and a word, so colour is not the only signal. */
function presence(row: RosterRow, now: number): string {
	return row.online ? "● online" : `○ ${timeAgo(row.last_active, now)}`;
}

interface StudentFormProps {
	readonly row: RosterRow;
	readonly spotlit: boolean;
	readonly layoutOrder: number;
}

/** Award or revoke XP or coins with a reason (the server refuses one without), or spotlight the student. */
const StudentForm = hooked("StudentForm", (props: StudentFormProps) => {
	const classroom = useClassActions();
	const reply = useAtom((store) => store.replies().get(rosterReplyKey(props.row.user_id)));
	const [amount, setAmount] = useState("");
	const [reason, setReason] = useState("");
	const [currency, setCurrency] = useState<"xp" | "coins">("xp");
	const key = rosterReplyKey(props.row.user_id);
	const grant = (action: "Award" | "Revoke") =>
		classroom.teacher(action, { user_id: props.row.user_id, [currency]: typedNumber(amount), reason }, key);
	const state = replyState(reply);
	const rows = new Map<string, Roact.Element>();
	rows.set("For", <Note text={`${props.row.display_name}: award or revoke XP or coins, with why`} layoutOrder={0} />);
	rows.set(
		"Amount",
		<frame Size={new UDim2(1, 0, 0, TOUCH_TARGET)} BackgroundTransparency={1} LayoutOrder={1}>
			<uilistlayout
				FillDirection={Enum.FillDirection.Horizontal}
				Padding={new UDim(0, GAP)}
				SortOrder={Enum.SortOrder.LayoutOrder}
			/>
			<TextField
				Key="AmountBox"
				text={amount}
				placeholder="Amount, e.g. 50"
				size={new UDim2(0.4, -GAP, 0, TOUCH_TARGET)}
				layoutOrder={1}
				onChanged={setAmount}
			/>
			<Button
				Key="Xp"
				text={currency === "xp" ? "▸ XP" : "XP"}
				tone={currency === "xp" ? "selected" : "neutral"}
				size={new UDim2(0.3, -GAP, 0, TOUCH_TARGET)}
				layoutOrder={2}
				onClick={() => setCurrency("xp")}
			/>
			<Button
				Key="Coins"
				text={currency === "coins" ? "▸ Coins" : "Coins"}
				tone={currency === "coins" ? "selected" : "neutral"}
				size={new UDim2(0.3, 0, 0, TOUCH_TARGET)}
				layoutOrder={3}
				onClick={() => setCurrency("coins")}
			/>
		</frame>,
	);
	rows.set(
		"Reason",
		<FieldRow
			name="Reason"
			text={reason}
			placeholder="Why (the class log keeps it)"
			onChanged={setReason}
			layoutOrder={3}
		/>,
	);
	rows.set(
		"Actions",
		<ButtonRow
			buttons={[
				{ text: "Award", onClick: () => grant("Award") },
				{ text: "Revoke", tone: "danger", onClick: () => grant("Revoke") },
				{
					text: props.spotlit ? "Clear spotlight" : "Spotlight",
					tone: "neutral",
					onClick: () =>
						classroom.teacher("Spotlight", props.spotlit ? undefined : { user_id: props.row.user_id }, key),
				},
			]}
			layoutOrder={4}
		/>,
	);
	if (state !== "none")
		rows.set(
			"Reply",
			<Note
				text={state === "refused" ? `ⓘ ${reply}` : state === "done" ? "✔ Done" : "Asking the server…"}
				color={state === "refused" ? COLORS.danger : state === "done" ? COLORS.success : COLORS.muted}
				layoutOrder={5}
			/>,
		);
	return (
		<frame
			Size={new UDim2(1, 0, 0, FORM_HEIGHT + (state !== "none" ? REPLY_HEIGHT : 0))}
			BackgroundTransparency={1}
			LayoutOrder={props.layoutOrder}
		>
			<uilistlayout Padding={new UDim(0, GAP)} SortOrder={Enum.SortOrder.LayoutOrder} />
			{rows}
		</frame>
	);
});

/**
 * Every student of the class: online or when last active, level, XP this week and streak; Manage
 * opens a student's form to award or revoke XP or coins with a reason, or to spotlight them.
 */
export const RosterTab = hooked("RosterTab", (props: RosterTabProps) => {
	const [open, setOpen] = useState<number | undefined>(undefined);
	const console = props.console;
	const rows = new Map<string, Roact.Element>();
	if (console.roster.size() === 0)
		rows.set("Empty", <Note text="No student has joined yet: give the class the join code." layoutOrder={0} />);
	ordered(console.roster).forEach((row, index) => {
		const opened = open === row.user_id;
		rows.set(
			`Student_${row.user_id}`,
			<Card
				height={ROW_HEIGHT}
				accent={row.online ? COLORS.success : COLORS.locked}
				layoutOrder={2 * index}
				side={
					<SideButton
						text={opened ? "▾ Close" : "Manage"}
						tone={opened ? "selected" : "neutral"}
						onClick={() => setOpen(opened ? undefined : row.user_id)}
					/>
				}
			>
				<Label
					Key="Name"
					text={`${row.display_name}   ${presence(row, props.now)}`}
					bold={true}
					layoutOrder={1}
				/>
				<Label
					Key="Figures"
					text={`Level ${row.level}  ·  ${row.xp_week} XP this week  ·  ♨ ${row.streak}-day streak`}
					role="small"
					color={COLORS.muted}
					layoutOrder={2}
				/>
			</Card>,
		);
		if (opened)
			rows.set(
				`Form_${row.user_id}`,
				<StudentForm
					row={row}
					spotlit={console.spotlight?.user_id === row.user_id}
					layoutOrder={2 * index + 1}
				/>,
			);
	});
	return (
		<ConsoleFrame
			tab={props.tab}
			onSelect={props.onSelect}
			replyKey="console:roster"
			summary={`${console.roster.filter((row) => row.online).size()} of ${console.roster.size()} students online`}
		>
			{rows}
		</ConsoleFrame>
	);
});
