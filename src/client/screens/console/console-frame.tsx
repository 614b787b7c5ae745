import Roact from "@rbxts/roact";
import { useAtom } from "client/state/store-context";
import { hooked } from "client/ui/hooked";
import { replyState, TabbedScreen } from "client/screens/tabbed-screen";

/** The console's tabs, in order. */
export const CONSOLE_TABS = [
	{ id: "class", label: "Class" },
	{ id: "roster", label: "Roster" },
	{ id: "quiz", label: "Quiz" },
	{ id: "questions", label: "Questions" },
	{ id: "report", label: "Report" },
	{ id: "log", label: "Log" },
] as const;
export type ConsoleTabId = (typeof CONSOLE_TABS)[number]["id"];

/** What every tab is given: the tab bar's state, so each tab draws the console around its rows. */
export interface ConsoleTabProps {
	readonly tab: ConsoleTabId;
	readonly onSelect: (id: string) => void;
}

export interface ConsoleFrameProps extends ConsoleTabProps {
	/** The reply key whose answer the status line shows (a refusal in the server's words, or done). */
	readonly replyKey: string;
	/** The status line when there is no reply to show. */
	readonly summary: string;
}

/** The console's panel: its tabs, the status line (the tab's last reply or its summary), and the tab's rows. */
export const ConsoleFrame = hooked("ConsoleFrame", (props: Roact.PropsWithChildren<ConsoleFrameProps>) => {
	const reply = useAtom((store) => store.replies().get(props.replyKey));
	const state = replyState(reply);
	const status =
		state === "refused"
			? `ⓘ ${reply}`
			: state === "done"
				? "✔ Done"
				: state === "waiting"
					? "Asking the server…"
					: props.summary;
	return (
		<TabbedScreen
			title="Teacher console"
			tabs={CONSOLE_TABS}
			selected={props.tab}
			onSelect={props.onSelect}
			status={status}
			refused={state === "refused"}
		>
			{props[Roact.Children]}
		</TabbedScreen>
	);
});
