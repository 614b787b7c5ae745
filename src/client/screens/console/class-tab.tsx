import Roact from "@rbxts/roact";
import { useState } from "@rbxts/roact-hooked";
import { ConsoleView } from "shared/classroom/classroom-protocol";
import { TeacherActionName } from "client/state/class-actions";
import { useClassActions } from "client/state/store-context";
import { useDraft } from "client/state/use-draft";
import { hooked } from "client/ui/hooked";
import { COLORS } from "client/ui/theme";
import { duration, timeLeft } from "client/classroom/class-text";
import { ConsoleFrame, ConsoleTabProps } from "./console-frame";
import { ButtonRow, FieldRow, Heading, InfoCard, Note, typedNumber } from "./console-rows";

/** The reply key of the Class tab's actions. */
export const CLASS_TAB_REPLY = "console:class";

export interface ClassTabProps extends ConsoleTabProps {
	readonly console: ConsoleView;
	readonly now: number;
}

export function onlineCount(console: ConsoleView): number {
	return console.roster.filter((row) => row.online).size();
}

/** When the code stops working, in words. */
function codeBody(console: ConsoleView, now: number): string {
	if (console.join_code === undefined) return "No code: students cannot join until you make a new one.";
	if (console.join_code_expires_at === undefined) return "Students type it in the hub to join.";
	const left = console.join_code_expires_at - now;
	if (left <= 0) return "Expired: make a new one for students to join.";
	return `Students type it in the hub. It stops working in ${duration(left)}.`;
}

/**
 * The room: the join code (and a new one), lock, freeze, bring everyone, notifications, an
 * announcement, the class quest and the class board. Each button asks the server; what changed
 * shows when the server sends the console again.
 */
export const ClassTab = hooked("ClassTab", (props: ClassTabProps) => {
	const classroom = useClassActions();
	const [announcement, setAnnouncement] = useDraft("class:announcement");
	const [questId, setQuestId] = useState<string | undefined>(undefined);
	const [minutes, setMinutes] = useState("");
	const console = props.console;
	const act = (action: TeacherActionName, fields?: object) => classroom.teacher(action, fields, CLASS_TAB_REPLY);
	const rows = new Map<string, Roact.Element>();
	rows.set(
		"JoinCode",
		<InfoCard
			title={`Join code: ${console.join_code ?? "none"}`}
			body={codeBody(console, props.now)}
			button="New code"
			tone="neutral"
			onClick={() => classroom.newJoinCode(CLASS_TAB_REPLY)}
			layoutOrder={1}
		/>,
	);
	rows.set(
		"Lock",
		<InfoCard
			title={console.locked ? "⊘ Locked to new students" : "Open to new students"}
			body={console.locked ? "Only students already on the roster can join." : "Anyone with the code can join."}
			button={console.locked ? "Unlock" : "Lock"}
			tone={console.locked ? "selected" : "neutral"}
			onClick={() => act("SetLocked", { locked: !console.locked })}
			layoutOrder={2}
		/>,
	);
	rows.set(
		"Freeze",
		<InfoCard
			title={console.frozen ? "❄ Movement paused" : "Students can move"}
			body={
				console.frozen
					? "Everyone stays where they are until you unfreeze."
					: "Freeze to get the class's attention."
			}
			button={console.frozen ? "Unfreeze" : "Freeze"}
			tone={console.frozen ? "selected" : "neutral"}
			onClick={() => act("SetFrozen", { frozen: !console.frozen })}
			layoutOrder={3}
		/>,
	);
	rows.set(
		"Bring",
		<InfoCard
			title="Bring everyone to you"
			body="Every student here is moved next to you."
			button="Bring everyone"
			tone="neutral"
			onClick={() => act("BringEveryone")}
			layoutOrder={4}
		/>,
	);
	rows.set(
		"Notifications",
		<InfoCard
			title={console.notifications_paused ? "Notifications paused" : "Notifications on"}
			body={
				console.notifications_paused
					? "Students see no pop-ups; their screens still update."
					: "Students see pop-ups for what they earn."
			}
			button={console.notifications_paused ? "Resume" : "Pause"}
			tone={console.notifications_paused ? "selected" : "neutral"}
			onClick={() => act("SetNotificationsPaused", { paused: !console.notifications_paused })}
			layoutOrder={5}
		/>,
	);
	if (console.spotlight !== undefined)
		rows.set(
			"Spotlight",
			<InfoCard
				title={`★ Spotlight: ${console.spotlight.display_name}`}
				body="Shown on every student's banner."
				button="Clear"
				tone="neutral"
				onClick={() => act("Spotlight")}
				accent={COLORS.coins}
				layoutOrder={6}
			/>,
		);
	rows.set("AnnounceTitle", <Heading text="Announcement" layoutOrder={10} />);
	rows.set(
		"Announce",
		<FieldRow
			name="Announcement"
			text={announcement}
			placeholder="A message for the class's banner"
			button="Send"
			onChanged={setAnnouncement}
			onSend={() => act("Announce", { text: announcement })}
			layoutOrder={11}
		/>,
	);
	rows.set("QuestTitle", <Heading text="Class quest" layoutOrder={20} />);
	const running = console.class_quest;
	if (running !== undefined) {
		rows.set(
			"QuestRunning",
			<InfoCard
				title={`⚑ ${running.title}`}
				body={`Running: ${timeLeft(running.deadline, props.now)}.`}
				button="End"
				tone="danger"
				onClick={() => act("EndClassQuest")}
				accent={COLORS.xp}
				layoutOrder={21}
			/>,
		);
	} else {
		rows.set(
			"QuestHelp",
			<Note text="Pick a quest, give the class some minutes, and start it." layoutOrder={21} />,
		);
		console.quests.forEach((quest, index) =>
			rows.set(
				`Quest_${quest.quest_id}`,
				<ButtonRow
					buttons={[
						{
							text: questId === quest.quest_id ? `▸ ${quest.title}` : quest.title,
							tone: questId === quest.quest_id ? "selected" : "neutral",
							onClick: () => setQuestId(quest.quest_id),
						},
					]}
					layoutOrder={22 + index}
				/>,
			),
		);
		rows.set(
			"QuestMinutes",
			<FieldRow
				name="Minutes"
				text={minutes}
				placeholder="Minutes"
				button={questId !== undefined ? "Start quest" : "Pick a quest"}
				onChanged={setMinutes}
				onSend={() =>
					questId !== undefined &&
					act("StartClassQuest", { quest_id: questId, minutes: typedNumber(minutes) })
				}
				layoutOrder={60}
			/>,
		);
	}
	rows.set("BoardTitle", <Heading text="Class board" layoutOrder={70} />);
	rows.set(
		"BoardHelp",
		<Note
			text="Start the class board again from zero; archiving keeps the old top in the class record."
			layoutOrder={71}
		/>,
	);
	rows.set(
		"Board",
		<ButtonRow
			buttons={[
				{ text: "Reset board", tone: "danger", onClick: () => act("ResetBoard", { archive: false }) },
				{ text: "Archive and reset", onClick: () => act("ResetBoard", { archive: true }) },
			]}
			layoutOrder={72}
		/>,
	);
	return (
		<ConsoleFrame
			tab={props.tab}
			onSelect={props.onSelect}
			replyKey={CLASS_TAB_REPLY}
			summary={`${console.name}  ·  ${onlineCount(console)} of ${console.roster.size()} students here`}
		>
			{rows}
		</ConsoleFrame>
	);
});
