import Roact from "@rbxts/roact";
import { useEffect } from "@rbxts/roact-hooked";
import { ClassReport } from "shared/classroom/classroom-protocol";
import { CLASS_REPLY } from "client/state/class-actions";
import { useAtom, useClassActions } from "client/state/store-context";
import { hooked } from "client/ui/hooked";
import { COLORS, CORNER, textSize } from "client/ui/theme";
import { percent } from "client/classroom/class-text";
import { ConsoleFrame, ConsoleTabProps } from "./console-frame";
import { ButtonRow, Heading, InfoCard, Note } from "./console-rows";

/** The least a CSV box takes; it grows to show every line (a class is at most 40 students). */
const CSV_HEIGHT = 60;

/** Accuracy per subject in words: "math 80%, reading 65%". */
function accuracyText(accuracy: Readonly<Record<string, number>>): string {
	const parts = new Array<string>();
	for (const [subject, share] of pairs(accuracy)) parts.push(`${subject} ${percent(share)}`);
	parts.sort();
	return parts.size() > 0 ? parts.join(", ") : "no answers this week";
}

/** CSV text in a box that can be selected and copied, never edited. */
const CsvBox = hooked("CsvBox", (props: { readonly text: string; readonly layoutOrder: number }) => {
	const scale = useAtom((store) => store.textScale());
	return (
		<textbox
			Size={new UDim2(1, 0, 0, CSV_HEIGHT)}
			AutomaticSize={Enum.AutomaticSize.Y}
			BackgroundColor3={COLORS.surface}
			Text={props.text}
			TextEditable={false}
			ClearTextOnFocus={false}
			MultiLine={true}
			TextWrapped={true}
			TextXAlignment={Enum.TextXAlignment.Left}
			TextYAlignment={Enum.TextYAlignment.Top}
			TextColor3={COLORS.text}
			TextSize={textSize("small", scale)}
			Font={Enum.Font.Code}
			ClipsDescendants={true}
			LayoutOrder={props.layoutOrder}
		>
			<uicorner CornerRadius={CORNER} />
			<uipadding PaddingLeft={new UDim(0, 8)} PaddingTop={new UDim(0, 6)} />
		</textbox>
	);
});

function reportRows(report: ClassReport, rows: Map<string, Roact.Element>) {
	rows.set("StudentsTitle", <Heading text={`Students, week ${report.week}`} layoutOrder={10} />);
	report.students.forEach((student, index) =>
		rows.set(
			`Student_${student.user_id}`,
			<InfoCard
				title={`${student.display_name}  ·  Level ${student.level}  ·  ${student.xp_week} XP`}
				body={`${student.activities_week} activities · ♨ ${student.streak}-day streak · ${student.achievements_week} ${student.achievements_week === 1 ? "achievement" : "achievements"} · ${accuracyText(student.accuracy)}`}
				layoutOrder={11 + index}
			/>,
		),
	);
	rows.set("QuestionsTitle", <Heading text="Quiz questions" layoutOrder={200} />);
	if (report.questions.size() === 0)
		rows.set("NoQuestions", <Note text="No live quiz has been played in this class yet." layoutOrder={201} />);
	report.questions.forEach((question, index) =>
		rows.set(
			`Question_${index + 1}`,
			<InfoCard
				title={`${question.quiz_title} Q${question.number}: ${percent(question.share_correct)} right (${question.correct} of ${question.answered})`}
				body={`${question.prompt}  ✔ ${question.correct_answer}${question.common_wrong_answer !== undefined ? `  · often: ${question.common_wrong_answer}` : ""}`}
				layoutOrder={202 + index}
			/>,
		),
	);
	rows.set("CsvTitle", <Heading text="Copy into a spreadsheet" layoutOrder={400} />);
	rows.set("CsvHelp", <Note text="Click a box, select all (Ctrl+A) and copy (Ctrl+C)." layoutOrder={401} />);
	rows.set("StudentsCsv", <CsvBox text={report.students_csv} layoutOrder={402} />);
	rows.set("QuestionsCsv", <CsvBox text={report.questions_csv} layoutOrder={403} />);
}

/** The class report (Teacher.GetReport): per student and per question, and both as CSV text to copy. */
export const ReportTab = hooked("ReportTab", (props: ConsoleTabProps) => {
	const classroom = useClassActions();
	const report = useAtom((store) => store.report());
	// opening the tab reads the report once; Refresh reads it again
	useEffect(() => {
		if (report === undefined) classroom.loadReport();
	}, []);
	const rows = new Map<string, Roact.Element>();
	rows.set(
		"Refresh",
		<ButtonRow
			buttons={[{ text: "Refresh the report", tone: "neutral", onClick: () => classroom.loadReport() }]}
			layoutOrder={1}
		/>,
	);
	if (report !== undefined) reportRows(report, rows);
	return (
		<ConsoleFrame
			tab={props.tab}
			onSelect={props.onSelect}
			replyKey={CLASS_REPLY.report}
			summary={report !== undefined ? `${report.class_name}, week ${report.week}` : "Reading the report…"}
		>
			{rows}
		</ConsoleFrame>
	);
});
