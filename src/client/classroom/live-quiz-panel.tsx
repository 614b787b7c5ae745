import Roact from "@rbxts/roact";
import { useState } from "@rbxts/roact-hooked";
import { LiveQuizView } from "shared/classroom/classroom-protocol";
import { hooked } from "client/ui/hooked";
import { CLASS_REPLY } from "client/state/class-actions";
import { useAtom, useClassActions } from "client/state/store-context";
import { replyState } from "client/screens/tabbed-screen";
import { Button, ButtonTone } from "client/ui/button";
import { Label } from "client/ui/label";
import { ScrollList } from "client/ui/scroll-list";
import { COLORS, CORNER, GAP, TOUCH_TARGET } from "client/ui/theme";
import { secondsUntil } from "./class-text";
import { useServerNow } from "./use-server-now";

/** All of a phone's screen (the quiz is what the class is doing), a centred block on a desktop. */
const PANEL_SIZE = new UDim2(0.96, 0, 1, -12);
const PANEL_POSITION = new UDim2(0.5, 0, 0.5, 0);
const PANEL_MAX = new Vector2(760, 520);
const HEADER_HEIGHT = TOUCH_TARGET;
/** Choices are big, two to a row: a class answers at the same time, on phones and tablets as much as desktops. */
const CHOICE_HEIGHT = 56;
const CHOICE_CELL = new UDim2(0.5, -GAP, 0, CHOICE_HEIGHT);

/** The answers a question offers, as the texts the server takes back (a choice's own text). */
export function choicesOf(quiz: LiveQuizView): readonly string[] {
	const question = quiz.question;
	if (question === undefined) return [];
	if (question.type === "true_false") return ["True", "False"];
	return question.choices ?? [];
}

/** What the line under the title says: the phase, the time left, or what the student's answer came back with. */
function statusOf(quiz: LiveQuizView, now: number, reply: string | undefined): { text: string; color: Color3 } {
	if (replyState(reply) === "refused") return { text: `ⓘ ${reply}`, color: COLORS.danger };
	if (quiz.phase === "paused") return { text: "⏸ Paused by your teacher", color: COLORS.coins };
	if (quiz.phase === "revealed")
		return { text: `✔ The answer: ${quiz.correct_answer ?? "?"}`, color: COLORS.success };
	if (quiz.phase === "ended") return { text: "The quiz is over", color: COLORS.muted };
	if (quiz.your_answer !== undefined)
		return { text: "✔ Answer sent: wait for the next question", color: COLORS.muted };
	if (quiz.closes_at === undefined) return { text: "No time limit: take your time", color: COLORS.muted };
	const left = secondsUntil(quiz.closes_at, now);
	return { text: `${left} s left`, color: left <= 5 ? COLORS.danger : COLORS.muted };
}

/** How a choice is drawn: the student's answer marked "▸", the revealed answer "✔", a wrong pick "✖". */
function choiceLook(quiz: LiveQuizView, choice: string): { text: string; tone: ButtonTone } {
	const mine = quiz.your_answer === choice;
	if (quiz.correct_answer !== undefined) {
		if (choice === quiz.correct_answer)
			return { text: `✔ ${choice}${mine ? " (your answer)" : ""}`, tone: "selected" };
		if (mine) return { text: `✖ ${choice} (your answer)`, tone: "danger" };
		return { text: choice, tone: "neutral" };
	}
	return mine ? { text: `▸ ${choice} (your answer)`, tone: "selected" } : { text: choice, tone: "primary" };
}

/**
 * The live class quiz as a student sees it: the same question as the whole class, its choices as
 * big buttons, their answer marked, the answer once the teacher reveals it, the pause, the time
 * left, and at the end their result with what it earned. It sends the choice's text; the server
 * grades it and decides everything else.
 */
export const LiveQuizPanel = hooked("LiveQuizPanel", () => {
	const classroom = useClassActions();
	const quiz = useAtom((store) => store.classView()?.quiz);
	const role = useAtom((store) => store.classView()?.role);
	const reply = useAtom((store) => store.replies().get(CLASS_REPLY.quiz));
	const [closedQuiz, setClosedQuiz] = useState<string | undefined>(undefined);
	const now = useServerNow(quiz !== undefined && quiz.phase === "question" ? quiz.closes_at : undefined);
	if (quiz === undefined || role !== "student" || closedQuiz === quiz.quiz_id) return undefined;
	const rows = new Map<string, Roact.Element>();
	const status = statusOf(quiz, now, reply);
	if (quiz.phase === "ended" && quiz.result !== undefined) {
		const result = quiz.result;
		rows.set(
			"Result",
			<Label
				text={`You got ${result.correct} of ${result.questions} right`}
				role="heading"
				bold={true}
				autoHeight={true}
				layoutOrder={1}
			/>,
		);
		rows.set(
			"Earned",
			<Label
				text={`+${result.xp} XP   ● +${result.coins} coins`}
				color={COLORS.xp}
				bold={true}
				autoHeight={true}
				layoutOrder={2}
			/>,
		);
	} else if (quiz.question !== undefined) {
		rows.set(
			"Prompt",
			<Label text={quiz.question.prompt} role="heading" bold={true} autoHeight={true} layoutOrder={1} />,
		);
		const open = quiz.phase === "question" && quiz.your_answer === undefined && replyState(reply) !== "waiting";
		const choices = new Map<string, Roact.Element>();
		choicesOf(quiz).forEach((choice, index) => {
			const look = choiceLook(quiz, choice);
			choices.set(
				`Choice${index + 1}`,
				<Button
					text={look.text}
					tone={look.tone}
					enabled={open || look.tone !== "primary"}
					layoutOrder={index}
					onClick={() => open && classroom.answerQuiz(quiz.quiz_id, quiz.number, choice)}
				/>,
			);
		});
		const choiceRows = math.ceil(choices.size() / 2);
		rows.set(
			"Choices",
			<frame
				Size={new UDim2(1, 0, 0, choiceRows * CHOICE_HEIGHT + (choiceRows - 1) * GAP)}
				BackgroundTransparency={1}
				LayoutOrder={2}
			>
				<uigridlayout
					CellSize={CHOICE_CELL}
					CellPadding={new UDim2(0, GAP, 0, GAP)}
					SortOrder={Enum.SortOrder.LayoutOrder}
				/>
				{choices}
			</frame>,
		);
	}
	return (
		<frame
			Size={PANEL_SIZE}
			Position={PANEL_POSITION}
			AnchorPoint={new Vector2(0.5, 0.5)}
			BackgroundColor3={COLORS.panel}
			ZIndex={5}
		>
			<uicorner CornerRadius={CORNER} />
			<uistroke Color={COLORS.accent} Thickness={2} />
			<uisizeconstraint MaxSize={PANEL_MAX} />
			<uipadding
				PaddingLeft={new UDim(0, 2 * GAP)}
				PaddingRight={new UDim(0, 2 * GAP)}
				PaddingTop={new UDim(0, GAP / 2)}
				PaddingBottom={new UDim(0, GAP)}
			/>
			<Label
				Key="Title"
				text={
					quiz.phase === "ended"
						? `${quiz.title}: finished`
						: `${quiz.title}  ·  question ${quiz.number} of ${quiz.count}`
				}
				role="heading"
				bold={true}
				size={new UDim2(1, quiz.phase === "ended" ? -(110 + GAP) : 0, 0, HEADER_HEIGHT - 16)}
			/>
			<Label
				Key="Status"
				text={status.text}
				role="small"
				color={status.color}
				bold={quiz.phase !== "question"}
				size={new UDim2(1, 0, 0, 18)}
				position={new UDim2(0, 0, 0, HEADER_HEIGHT - 16)}
			/>
			{quiz.phase === "ended" && (
				<Button
					Key="Close"
					text="✕ Close"
					tone="neutral"
					size={new UDim2(0, 110, 0, TOUCH_TARGET)}
					position={new UDim2(1, 0, 0, 0)}
					anchor={new Vector2(1, 0)}
					onClick={() => setClosedQuiz(quiz.quiz_id)}
				/>
			)}
			<frame
				Key="Body"
				Size={new UDim2(1, 0, 1, -(HEADER_HEIGHT + GAP))}
				Position={new UDim2(0, 0, 0, HEADER_HEIGHT + GAP)}
				BackgroundTransparency={1}
			>
				<ScrollList>{rows}</ScrollList>
			</frame>
		</frame>
	);
});
