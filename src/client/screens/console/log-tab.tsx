import Roact from "@rbxts/roact";
import { ConsoleView } from "shared/classroom/classroom-protocol";
import { hooked } from "client/ui/hooked";
import { timeAgo } from "client/classroom/class-text";
import { ConsoleFrame, ConsoleTabProps } from "./console-frame";
import { InfoCard, Note } from "./console-rows";

/** A log entry's action id in words ("quiz_start" reads "Quiz started"); an id not listed reads as itself, spaced. */
const ACTION_WORDS: Readonly<Record<string, string>> = {
	award: "Award",
	revoke: "Revoke",
	class_quest: "Class quest started",
	end_class_quest: "Class quest ended",
	reset_board: "Class board reset",
	spotlight: "Spotlight",
	freeze: "Freeze",
	unfreeze: "Unfreeze",
	bring: "Brought everyone",
	lock: "Lock",
	unlock: "Unlock",
	new_code: "New join code",
	announce: "Announcement",
	notifications: "Notifications",
	save_questions: "Question set saved",
	quiz_start: "Quiz started",
	quiz_end: "Quiz ended",
	create: "Class created",
};

export function actionWords(action: string): string {
	const known = ACTION_WORDS[action];
	if (known !== undefined) return known;
	const spaced = action.gsub("_", " ")[0];
	return spaced.sub(1, 1).upper() + spaced.sub(2);
}

export interface LogTabProps extends ConsoleTabProps {
	readonly console: ConsoleView;
	readonly now: number;
}

/** The class log, newest first: who did what, to whom, when, and why. */
export const LogTab = hooked("LogTab", (props: LogTabProps) => {
	const rows = new Map<string, Roact.Element>();
	const log = props.console.log;
	if (log.size() === 0)
		rows.set("Empty", <Note text="Nothing yet: every action you take is kept here." layoutOrder={0} />);
	log.forEach((entry, index) => {
		const target = entry.target_name !== undefined ? ` → ${entry.target_name}` : "";
		const why = entry.reason !== undefined ? `  ·  why: ${entry.reason}` : "";
		rows.set(
			`Entry_${index + 1}`,
			<InfoCard
				title={`${actionWords(entry.action)}${target}: ${entry.detail}`}
				body={`${timeAgo(entry.at, props.now)} by ${entry.by_name}${why}`}
				layoutOrder={index + 1}
			/>,
		);
	});
	return (
		<ConsoleFrame
			tab={props.tab}
			onSelect={props.onSelect}
			replyKey="console:log"
			summary={`${log.size()} actions, newest first`}
		>
			{rows}
		</ConsoleFrame>
	);
});
