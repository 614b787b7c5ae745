import Roact from "@rbxts/roact";
import { useState } from "@rbxts/roact-hooked";
import { ConsoleView, RosterRow } from "shared/classroom/classroom-protocol";
import { rosterReplyKey } from "client/state/class-actions";
import { useAtom, useClassActions } from "client/state/store-context";
import { hooked } from "client/ui/hooked";
import { Card, SideButton } from "client/ui/card";
import { Label } from "client/ui/label";
import { replyState } from "client/screens/tabbed-screen";
import { COLORS } from "client/ui/theme";
import { timeAgo } from "client/classroom/class-text";
import { ConsoleFrame, ConsoleTabProps } from "./console-frame";
import { ButtonRow, FieldRow, Note, typedNumber } from "./console-rows";

const ROW_HEIGHT = 72;

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
	rows.set(
		"Amount",
		<FieldRow name="Amount" text={amount} placeholder="Amount, e.g. 50" onChanged={setAmount} layoutOrder={1} />,
	);
	rows.set(
		"Currency",
		<ButtonRow
			buttons={[
				{
					text: currency === "xp" ? "▸ XP" : "XP",
					tone: currency === "xp" ? "selected" : "neutral",
					onClick: () => setCurrency("xp"),
				},
				{
					text: currency === "coins" ? "▸ Coins" : "Coins",
					tone: currency === "coins" ? "selected" : "neutral",
					onClick: () => setCurrency("coins"),
				},
			]}
			layoutOrder={2}
		/>,
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
			Size={new UDim2(1, 0, 0, 4 * 44 + 3 * 8 + (state !== "none" ? 30 : 0))}
			BackgroundTransparency={1}
			LayoutOrder={props.layoutOrder}
		>
			<uilistlayout Padding={new UDim(0, 8)} SortOrder={Enum.SortOrder.LayoutOrder} />
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
