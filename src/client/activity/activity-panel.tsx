import Roact from "@rbxts/roact";
import { ActivityState } from "./activity-controller";

const PANEL_SIZE = new UDim2(0.5, 0, 0.6, 0);
const PANEL_POSITION = new UDim2(0.25, 0, 0.2, 0);
const PANEL_COLOR = Color3.fromRGB(24, 28, 40);
const TEXT_COLOR = Color3.fromRGB(240, 240, 245);
const BUTTON_COLOR = Color3.fromRGB(58, 96, 180);
const RIGHT_COLOR = Color3.fromRGB(70, 170, 100);
const WRONG_COLOR = Color3.fromRGB(200, 90, 70);
/** Touch targets of at least 44 px. */
const ROW_HEIGHT = 44;
const GAP = 8;

export interface ActivityPanelProps {
	readonly state: ActivityState;
	readonly onAnswer: (answer: unknown) => void;
	readonly onTurnPage: () => void;
	readonly onGoOn: () => void;
	readonly onQuit: () => void;
	readonly onPick: (index: number) => void;
	readonly onClearPicks: () => void;
	readonly onDraft: (text: string) => void;
}

function label(key: string, text: string, row: number, height = ROW_HEIGHT, color = TEXT_COLOR) {
	return (
		<textlabel
			Key={key}
			Size={new UDim2(1, -2 * GAP, 0, height)}
			Position={new UDim2(0, GAP, 0, GAP + row * (ROW_HEIGHT + GAP))}
			BackgroundTransparency={1}
			Text={text}
			TextColor3={color}
			TextWrapped={true}
			TextXAlignment={Enum.TextXAlignment.Left}
			TextSize={18}
		/>
	);
}

function button(key: string, text: string, row: number, onClick: () => void, color = BUTTON_COLOR) {
	return (
		<textbutton
			Key={key}
			Size={new UDim2(1, -2 * GAP, 0, ROW_HEIGHT)}
			Position={new UDim2(0, GAP, 0, GAP + row * (ROW_HEIGHT + GAP))}
			BackgroundColor3={color}
			Text={text}
			TextColor3={TEXT_COLOR}
			TextSize={18}
			Event={{ Activated: onClick }}
		/>
	);
}

/** The ways to answer the question shown: choice buttons, true/false, a text box, or items to put in order. */
function answerInputs(props: ActivityPanelProps, elements: Map<string, Roact.Element>) {
	const state = props.state;
	const question = state.question;
	const answer = props.onAnswer;
	if (question.type === "multiple_choice") {
		question.choices!.forEach((choice, index) => {
			elements.set(
				`Choice${index + 1}`,
				button(`Choice${index + 1}`, choice, 2 + index, () => answer(index)),
			);
		});
	} else if (question.type === "true_false") {
		elements.set(
			"True",
			button("True", "True", 2, () => answer(true)),
		);
		elements.set(
			"False",
			button("False", "False", 3, () => answer(false)),
		);
	} else if (question.type === "ordering") {
		question.items!.forEach((item, index) => {
			const place = state.picked.indexOf(index);
			const text = place >= 0 ? `${place + 1}. ${item}` : item;
			elements.set(
				`Item${index + 1}`,
				button(`Item${index + 1}`, text, 2 + index, () => props.onPick(index)),
			);
		});
		const row = 2 + question.items!.size();
		elements.set(
			"Submit",
			button("Submit", "Submit this order", row, () => answer([...state.picked])),
		);
		elements.set("Clear", button("Clear", "Start the order again", row + 1, props.onClearPicks));
	} else {
		const unit = question.unit !== undefined ? ` (${question.unit})` : "";
		elements.set(
			"Answer",
			<textbox
				Key="Answer"
				Size={new UDim2(1, -2 * GAP, 0, ROW_HEIGHT)}
				Position={new UDim2(0, GAP, 0, GAP + 2 * (ROW_HEIGHT + GAP))}
				PlaceholderText={question.type === "numeric" ? `A number${unit}` : "Your answer"}
				Text={state.draft}
				TextSize={18}
				ClearTextOnFocus={false}
				Change={{ Text: (box) => props.onDraft(box.Text) }}
			/>,
		);
		elements.set(
			"Submit",
			button("Submit", "Submit", 3, () =>
				answer(question.type === "numeric" ? (tonumber(state.draft) ?? state.draft) : state.draft),
			),
		);
	}
}

/** The activity in progress: a lesson's pages, then one question at a time with its feedback, then the summary. */
export function ActivityPanel(props: ActivityPanelProps) {
	const state = props.state;
	const start = state.start;
	const children = new Map<string, Roact.Element>();
	children.set("Title", label("Title", `${start.title} · ${state.number}/${start.question_count}`, 0));
	if (state.page > 0) {
		children.set("Page", label("Page", start.pages![state.page - 1], 1, ROW_HEIGHT * 4));
		children.set("NextPage", button("NextPage", "Next", 6, props.onTurnPage));
	} else if (state.feedback !== undefined) {
		const feedback = state.feedback;
		const verdict = feedback.correct ? "Right!" : feedback.too_late ? "Time was up" : "Not quite";
		children.set(
			"Verdict",
			label(
				"Verdict",
				`${feedback.correct ? "✓" : "✗"} ${verdict}`,
				1,
				ROW_HEIGHT,
				feedback.correct ? RIGHT_COLOR : WRONG_COLOR,
			),
		);
		children.set("CorrectAnswer", label("CorrectAnswer", `Answer: ${feedback.correct_answer}`, 2));
		children.set("Explanation", label("Explanation", feedback.explanation, 3, ROW_HEIGHT * 2));
		children.set(
			"GoOn",
			button("GoOn", state.next !== undefined ? "Next question" : "See how you did", 5, props.onGoOn),
		);
	} else if (state.summary !== undefined) {
		const summary = state.summary;
		children.set(
			"Summary",
			label(
				"Summary",
				`${summary.correct} of ${summary.questions} right in ${math.floor(summary.time)} s: +${summary.xp} XP, +${summary.coins} coins`,
				1,
			),
		);
		children.set("Close", button("Close", "Close", 3, props.onGoOn));
	} else {
		const timer = state.question.time_limit !== undefined ? ` (${state.question.time_limit} s)` : "";
		children.set("Prompt", label("Prompt", `${state.question.prompt}${timer}`, 1));
		answerInputs(props, children);
		if (state.problem !== undefined)
			children.set("Problem", label("Problem", state.problem, 9, ROW_HEIGHT, WRONG_COLOR));
	}
	if (state.summary === undefined) children.set("Quit", button("Quit", "Quit", 10, props.onQuit, WRONG_COLOR));
	return (
		<frame Size={PANEL_SIZE} Position={PANEL_POSITION} BackgroundColor3={PANEL_COLOR}>
			{children}
		</frame>
	);
}
