import Roact from "@rbxts/roact";
import { useState } from "@rbxts/roact-hooked";
import { ImportReply } from "shared/classroom/classroom-protocol";
import { CLASS_REPLY } from "client/state/class-actions";
import { useAtom, useClassActions } from "client/state/store-context";
import { useDraft } from "client/state/use-draft";
import { hooked } from "client/ui/hooked";
import { TextField } from "client/ui/text-field";
import { COLORS } from "client/ui/theme";
import { ConsoleFrame, ConsoleTabProps } from "./console-frame";
import { ButtonRow, FieldRow, Heading, InfoCard, Note } from "./console-rows";

/** Room for about eight pasted lines (five on a phone, where the read lines below must show too). */
const PASTE_HEIGHT = 180;
const PASTE_HEIGHT_COMPACT = 110;

/** What the server read of the pasted text: each question by its line, or each line's error. */
function importRows(reply: ImportReply, saved: boolean, rows: Map<string, Roact.Element>) {
	if (reply.ok) {
		rows.set(
			"ReadTitle",
			<Heading
				text={
					saved ? `✔ Saved: ${reply.questions.size()} questions` : `Read ${reply.questions.size()} questions`
				}
				layoutOrder={20}
			/>,
		);
		reply.questions.forEach((question, index) =>
			rows.set(
				`Read_${question.line}`,
				<InfoCard
					title={`Line ${question.line}: ${question.prompt}`}
					body={`✔ ${question.correct_answer}   ✖ ${question.wrong_answers.join("   ✖ ")}`}
					accent={COLORS.success}
					layoutOrder={21 + index}
				/>,
			),
		);
	} else {
		rows.set("ErrorsTitle", <Heading text={`ⓘ ${reply.reason}`} layoutOrder={20} />);
		reply.errors.forEach((problem, index) =>
			rows.set(
				`Error_${problem.line}_${index}`,
				<InfoCard
					title={`Line ${problem.line}`}
					body={problem.message}
					accent={COLORS.danger}
					layoutOrder={21 + index}
				/>,
			),
		);
	}
}

/**
 * The teacher's own questions: paste them (one per line: question, correct answer, wrong answers;
 * comma- or tab-separated, as a spreadsheet copies them), preview what the server reads or the
 * errors per line, fix them, and save the set to the class.
 */
export const QuestionsTab = hooked("QuestionsTab", (props: ConsoleTabProps) => {
	const classroom = useClassActions();
	const read = useAtom((store) => store.questionImport());
	const compact = useAtom((store) => store.textScale().compact);
	const [title, setTitle] = useDraft("questions:title");
	const [text, setText] = useDraft("questions:text");
	const [saving, setSaving] = useState(false);
	const rows = new Map<string, Roact.Element>();
	rows.set(
		"Help",
		<Note
			text="One question per line: question, correct answer, wrong answers. Paste from a spreadsheet or type with commas."
			layoutOrder={1}
		/>,
	);
	rows.set(
		"Title",
		<FieldRow
			name="Title"
			text={title}
			placeholder="Title, e.g. Fractions check"
			onChanged={setTitle}
			layoutOrder={2}
		/>,
	);
	rows.set(
		"Paste",
		<TextField
			text={text}
			placeholder={"What is 1/2 + 1/4?, 3/4, 2/6, 1/8\nWhich is bigger?, 2/3, 3/5"}
			multiLine={true}
			size={new UDim2(1, 0, 0, compact ? PASTE_HEIGHT_COMPACT : PASTE_HEIGHT)}
			onChanged={setText}
			layoutOrder={3}
		/>,
	);
	rows.set(
		"Buttons",
		<ButtonRow
			buttons={[
				{
					text: "Preview",
					tone: "neutral",
					onClick: () => {
						setSaving(false);
						classroom.previewQuestions(text);
					},
				},
				{
					text: "Save",
					onClick: () => {
						setSaving(true);
						classroom.saveQuestionSet(title, text);
					},
				},
			]}
			layoutOrder={4}
		/>,
	);
	if (read !== undefined) importRows(read, saving, rows);
	return (
		<ConsoleFrame
			tab={props.tab}
			onSelect={props.onSelect}
			replyKey={CLASS_REPLY.questions}
			summary="Your own question sets for the live quiz"
		>
			{rows}
		</ConsoleFrame>
	);
});
