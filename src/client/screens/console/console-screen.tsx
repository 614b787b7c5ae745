import Roact from "@rbxts/roact";
import { useState } from "@rbxts/roact-hooked";
import { hooked } from "client/ui/hooked";
import { useAtom } from "client/state/store-context";
import { Label } from "client/ui/label";
import { COLORS } from "client/ui/theme";
import { ScreenPanel } from "client/screens/screen-panel";
import { ClassTab } from "./class-tab";
import { ConsoleTabId } from "./console-frame";
import { LogTab } from "./log-tab";
import { QuestionsTab } from "./questions-tab";
import { QuizTab } from "./quiz-tab";
import { ReportTab } from "./report-tab";
import { RosterTab } from "./roster-tab";

/**
 * The teacher's console on their class's server: six tabs (Class, Roster, Quiz, Questions,
 * Report, Log) over the console the server pushes. Only a player the server says teaches here
 * is shown it, and every teacher remote checks that again on the server.
 */
export const ConsoleScreen = hooked("ConsoleScreen", () => {
	const console = useAtom((store) => store.console());
	const now = useAtom((store) => store.clock());
	const [tab, setTab] = useState<ConsoleTabId>("class");
	if (console === undefined)
		return (
			<ScreenPanel title="Teacher console">
				<Label Key="Waiting" text="Loading your class's console…" color={COLORS.muted} />
			</ScreenPanel>
		);
	const onSelect = (id: string) => setTab(id as ConsoleTabId);
	if (tab === "roster") return <RosterTab tab={tab} onSelect={onSelect} console={console} now={now} />;
	if (tab === "quiz") return <QuizTab tab={tab} onSelect={onSelect} console={console} />;
	if (tab === "questions") return <QuestionsTab tab={tab} onSelect={onSelect} />;
	if (tab === "report") return <ReportTab tab={tab} onSelect={onSelect} />;
	if (tab === "log") return <LogTab tab={tab} onSelect={onSelect} console={console} now={now} />;
	return <ClassTab tab={tab} onSelect={onSelect} console={console} now={now} />;
});
