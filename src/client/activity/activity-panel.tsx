import Roact from "@rbxts/roact";
import { Button } from "client/ui/button";
import { Label } from "client/ui/label";
import { ScrollList } from "client/ui/scroll-list";
import { TextField } from "client/ui/text-field";
import { COLORS, CORNER, GAP, TOUCH_TARGET } from "client/ui/theme";
import { ActivityActions } from "./activity-actions";
import { ActivityState } from "./activity-controller";
import { QuestionTimer } from "./question-timer";

/** Most of a phone's screen, a centred block on a desktop: the activity is what the student is doing. */
const PANEL_SIZE = new UDim2(0.92, 0, 0.8, 0);
const PANEL_POSITION = new UDim2(0.5, 0, 0.52, 0);
const PANEL_MAX = new Vector2(760, 620);
const HEADER_HEIGHT = TOUCH_TARGET + GAP;
const ROW = new UDim2(1, 0, 0, TOUCH_TARGET);

export interface ActivityPanelProps extends ActivityActions {
	readonly state: ActivityState;
}

type Rows = Map<string, Roact.Element>;

function text(rows: Rows, key: string, value: string, color: Color3 = COLORS.text, bold = false) {
	rows.set(key, <Label text={value} color={color} bold={bold} autoHeight={true} layoutOrder={rows.size()} />);
}

function action(rows: Rows, key: string, value: string, onClick: () => void, tone: "primary" | "neutral" = "primary") {
	rows.set(key, <Button text={value} tone={tone} size={ROW} layoutOrder={rows.size()} onClick={onClick} />);
}

/** The ways to answer the question shown: choice buttons, true/false, a text box, or items to put in order. */
function answerInputs(props: ActivityPanelProps, rows: Rows) {
	const state = props.state;
	const question = state.question;
	const answer = props.onAnswer;
	if (question.type === "multiple_choice") {
		question.choices!.forEach((choice, index) => action(rows, `Choice${index + 1}`, choice, () => answer(index)));
	} else if (question.type === "true_false") {
		action(rows, "True", "True", () => answer(true));
		action(rows, "False", "False", () => answer(false));
	} else if (question.type === "ordering") {
		question.items!.forEach((item, index) => {
			const place = state.picked.indexOf(index);
			action(
				rows,
				`Item${index + 1}`,
				place >= 0 ? `${place + 1}. ${item}` : item,
				() => props.onPick(index),
				"neutral",
			);
		});
		action(rows, "Submit", "Submit this order", () => answer([...state.picked]));
		action(rows, "Clear", "Start the order again", props.onClearPicks, "neutral");
	} else {
		const unit = question.unit !== undefined ? ` (${question.unit})` : "";
		rows.set(
			"Answer",
			<TextField
				text={state.draft}
				placeholder={question.type === "numeric" ? `A number${unit}` : "Your answer"}
				layoutOrder={rows.size()}
				onChanged={props.onDraft}
			/>,
		);
		action(rows, "Submit", "Submit", () =>
			answer(question.type === "numeric" ? (tonumber(state.draft) ?? state.draft) : state.draft),
		);
	}
}

/** What the panel shows now, top to bottom: a lesson page, a question, its feedback, or the summary. */
function rowsOf(props: ActivityPanelProps): Rows {
	const state = props.state;
	const start = state.start;
	const rows: Rows = new Map();
	if (state.page > 0) {
		text(rows, "Page", start.pages![state.page - 1]);
		action(rows, "NextPage", "Next", props.onTurnPage);
	} else if (state.feedback !== undefined) {
		const feedback = state.feedback;
		const verdict = feedback.correct ? "Right!" : feedback.too_late ? "Time was up" : "Not quite";
		text(
			rows,
			"Verdict",
			`${feedback.correct ? "✓" : "✗"} ${verdict}`,
			feedback.correct ? COLORS.success : COLORS.danger,
			true,
		);
		text(rows, "CorrectAnswer", `Answer: ${feedback.correct_answer}`);
		text(rows, "Explanation", feedback.explanation, COLORS.muted);
		action(rows, "GoOn", state.next !== undefined ? "Next question" : "See how you did", props.onGoOn);
	} else if (state.summary !== undefined) {
		const summary = state.summary;
		text(
			rows,
			"Summary",
			`${summary.correct} of ${summary.questions} right in ${math.floor(summary.time)} s: +${summary.xp} XP, +${summary.coins} coins`,
			COLORS.text,
			true,
		);
		action(rows, "Close", "Close", props.onGoOn);
	} else {
		text(rows, "Prompt", state.question.prompt, COLORS.text, true);
		answerInputs(props, rows);
		if (state.problem !== undefined) text(rows, "Problem", state.problem, COLORS.danger);
	}
	return rows;
}

/** The activity in progress: a lesson's pages, then one question at a time with its feedback, then the summary. */
export function ActivityPanel(props: ActivityPanelProps) {
	const state = props.state;
	const start = state.start;
	const asking = state.page === 0 && state.feedback === undefined && state.summary === undefined;
	return (
		<frame
			Size={PANEL_SIZE}
			Position={PANEL_POSITION}
			AnchorPoint={new Vector2(0.5, 0.5)}
			BackgroundColor3={COLORS.panel}
			ZIndex={5}
		>
			<uicorner CornerRadius={CORNER} />
			<uisizeconstraint MaxSize={PANEL_MAX} />
			<uipadding
				PaddingLeft={new UDim(0, 2 * GAP)}
				PaddingRight={new UDim(0, 2 * GAP)}
				PaddingTop={new UDim(0, GAP)}
				PaddingBottom={new UDim(0, GAP)}
			/>
			<Label
				Key="Title"
				text={`${start.title} · ${state.number}/${start.question_count}`}
				role="heading"
				bold={true}
				size={new UDim2(0.5, 0, 0, TOUCH_TARGET)}
			/>
			{asking && (
				<QuestionTimer
					Key="Timer"
					limit={state.question.time_limit}
					questionId={state.question.id}
					size={new UDim2(0.5, -(110 + GAP), 0, TOUCH_TARGET)}
					position={new UDim2(0.5, 0, 0, 0)}
				/>
			)}
			{state.summary === undefined && (
				<Button
					Key="Quit"
					text="Quit"
					tone="danger"
					size={new UDim2(0, 100, 0, TOUCH_TARGET)}
					position={new UDim2(1, 0, 0, 0)}
					anchor={new Vector2(1, 0)}
					onClick={props.onQuit}
				/>
			)}
			<frame
				Key="Body"
				Size={new UDim2(1, 0, 1, -HEADER_HEIGHT)}
				Position={new UDim2(0, 0, 0, HEADER_HEIGHT)}
				BackgroundTransparency={1}
			>
				<ScrollList>{rowsOf(props)}</ScrollList>
			</frame>
		</frame>
	);
}
