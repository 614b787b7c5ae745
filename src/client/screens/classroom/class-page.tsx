import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom } from "client/state/store-context";
import { Card } from "client/ui/card";
import { Label } from "client/ui/label";
import { ScrollList } from "client/ui/scroll-list";
import { COLORS } from "client/ui/theme";
import { ScreenPanel } from "client/screens/screen-panel";
import { timeLeft } from "client/classroom/class-text";

const ROW_HEIGHT = 72;

/** An announcement runs to 200 characters: its card has room for three lines of small text. */
const LONG_BODY = 54;

function row(title: string, body: string, order: number, accent?: Color3, long = false) {
	return (
		<Card height={ROW_HEIGHT + (long ? LONG_BODY - 22 : 0)} accent={accent} layoutOrder={order}>
			<Label Key="Title" text={title} bold={true} layoutOrder={1} />
			<Label
				Key="Body"
				text={body}
				role="small"
				color={COLORS.muted}
				size={long ? new UDim2(1, 0, 0, LONG_BODY) : undefined}
				alignY={Enum.TextYAlignment.Top}
				layoutOrder={2}
			/>
		</Card>
	);
}

/** A student's page of their class: who teaches it, the announcement, the class quest, the spotlight, the quiz. */
export const ClassPage = hooked("ClassPage", () => {
	const view = useAtom((store) => store.classView());
	const now = useAtom((store) => store.clock());
	if (view === undefined) return <ScreenPanel title="Class" />;
	const rows = new Map<string, Roact.Element>();
	rows.set(
		"Teacher",
		row(view.name ?? "Your class", `Teacher: ${view.teacher_name ?? "your teacher"}`, 1, COLORS.accent),
	);
	if (view.announcement !== undefined)
		rows.set("Announcement", row("✉ From your teacher", view.announcement.text, 2, undefined, true));
	if (view.class_quest !== undefined)
		rows.set(
			"ClassQuest",
			row(`⚑ Class quest: ${view.class_quest.title}`, timeLeft(view.class_quest.deadline, now), 3, COLORS.xp),
		);
	if (view.spotlight !== undefined)
		rows.set(
			"Spotlight",
			row(`★ Spotlight: ${view.spotlight.display_name}`, "Chosen by your teacher", 4, COLORS.coins),
		);
	if (view.frozen)
		rows.set("Frozen", row("❄ Movement paused by your teacher", "You can move again when they say so.", 5));
	if (view.quiz !== undefined && view.quiz.phase !== "ended")
		rows.set("Quiz", row(`A live quiz is on: ${view.quiz.title}`, "Answer in the quiz panel.", 6, COLORS.accent));
	return (
		<ScreenPanel title="Class">
			<ScrollList>{rows}</ScrollList>
		</ScreenPanel>
	);
});
