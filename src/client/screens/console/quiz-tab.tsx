import Roact from "@rbxts/roact";
import { useState } from "@rbxts/roact-hooked";
import { ConsoleView, QuizScoring, TeacherQuizView } from "shared/classroom/classroom-protocol";
import { TeacherActionName } from "client/state/class-actions";
import { useClassActions } from "client/state/store-context";
import { hooked } from "client/ui/hooked";
import { Card } from "client/ui/card";
import { Label } from "client/ui/label";
import { COLORS } from "client/ui/theme";
import { percent, secondsUntil } from "client/classroom/class-text";
import { useServerNow } from "client/classroom/use-server-now";
import { ConsoleFrame, ConsoleTabProps } from "./console-frame";
import { ButtonRow, FieldRow, Heading, InfoCard, Note, RowButton, typedNumber } from "./console-rows";

/** The reply key of the Quiz tab's actions. */
export const QUIZ_TAB_REPLY = "console:quiz";

export interface QuizTabProps extends ConsoleTabProps {
	readonly console: ConsoleView;
}

const PHASE_WORDS = {
	question: "open",
	paused: "⏸ paused",
	revealed: "✔ answer shown",
	ended: "ended",
} as const;

/** The controls of a running quiz: what can be done in its phase. */
function controls(quiz: TeacherQuizView, act: (action: TeacherActionName) => void) {
	const buttons = new Array<RowButton>();
	if (quiz.phase === "paused") buttons.push({ text: "Resume", tone: "selected", onClick: () => act("ResumeQuiz") });
	else
		buttons.push({
			text: "Pause",
			tone: "neutral",
			enabled: quiz.phase === "question",
			onClick: () => act("PauseQuiz"),
		});
	buttons.push({
		text: "Skip",
		tone: "neutral",
		enabled: quiz.phase !== "revealed",
		onClick: () => act("SkipQuestion"),
	});
	buttons.push({ text: "Reveal", enabled: quiz.phase !== "revealed", onClick: () => act("RevealAnswer") });
	buttons.push({ text: "Next", onClick: () => act("NextQuestion") });
	buttons.push({ text: "End", tone: "danger", onClick: () => act("EndQuiz") });
	return buttons;
}

/** The running quiz: the question, who answered, the share right per question so far, and the controls. */
function runningRows(
	quiz: TeacherQuizView,
	now: number,
	act: (action: TeacherActionName) => void,
): Map<string, Roact.Element> {
	const rows = new Map<string, Roact.Element>();
	const timing =
		quiz.closes_at !== undefined && quiz.phase === "question"
			? `  ·  ${secondsUntil(quiz.closes_at, now)} s left`
			: quiz.closes_at === undefined && quiz.phase === "question"
				? "  ·  untimed"
				: "";
	rows.set(
		"Now",
		<Heading
			text={`${quiz.title}: question ${quiz.number} of ${quiz.count} (${PHASE_WORDS[quiz.phase]})`}
			layoutOrder={1}
		/>,
	);
	rows.set(
		"Question",
		<Card height={96} accent={COLORS.accent} layoutOrder={2}>
			<Label
				Key="Prompt"
				text={quiz.prompt}
				bold={true}
				size={new UDim2(1, 0, 0, 44)}
				alignY={Enum.TextYAlignment.Top}
				layoutOrder={1}
			/>
			<Label
				Key="Answered"
				text={`Answered ${quiz.answered} of ${quiz.online} online${timing}`}
				role="small"
				color={COLORS.muted}
				layoutOrder={2}
			/>
		</Card>,
	);
	rows.set(
		"Choices",
		<Note
			text={quiz.choices
				.map((choice) => (choice === quiz.correct_answer ? `✔ ${choice}` : `· ${choice}`))
				.join("    ")}
			layoutOrder={3}
		/>,
	);
	rows.set("Controls", <ButtonRow buttons={controls(quiz, act)} layoutOrder={4} />);
	rows.set("SoFar", <Heading text="So far" layoutOrder={5} />);
	quiz.questions.forEach((question, index) =>
		rows.set(
			`Stats_${question.number}`,
			<InfoCard
				title={
					question.skipped
						? `Q${question.number}: skipped`
						: `Q${question.number}: ${percent(question.share_correct)} right (${question.correct} of ${question.answered} answered)`
				}
				body={`${question.prompt}  ✔ ${question.correct_answer}`}
				accent={
					question.skipped ? COLORS.locked : question.share_correct >= 0.6 ? COLORS.success : COLORS.coins
				}
				layoutOrder={6 + index}
			/>,
		),
	);
	return rows;
}

/**
 * The live class quiz: pick a question set, how it is scored and timed, and start; while it runs,
 * the question, how many of the students online answered, the share right per question so far,
 * and Pause/Resume, Skip, Reveal, Next and End.
 */
export const QuizTab = hooked("QuizTab", (props: QuizTabProps) => {
	const classroom = useClassActions();
	const [setId, setSetId] = useState<string | undefined>(undefined);
	const [scoring, setScoring] = useState<QuizScoring>("accuracy");
	const [timed, setTimed] = useState(false);
	const [seconds, setSeconds] = useState("");
	const quiz = props.console.quiz;
	const running = quiz !== undefined && quiz.phase !== "ended";
	const now = useServerNow(running && quiz!.phase === "question" ? quiz!.closes_at : undefined);
	const act = (action: TeacherActionName, fields?: object) => classroom.teacher(action, fields, QUIZ_TAB_REPLY);
	let rows: Map<string, Roact.Element>;
	if (running) {
		rows = runningRows(quiz!, now, act);
	} else {
		rows = new Map();
		if (quiz !== undefined) {
			const shown = quiz.questions.filter((question) => !question.skipped);
			const right = shown.reduce((sum, question) => sum + question.share_correct, 0);
			rows.set(
				"Last",
				<InfoCard
					title={`Last quiz: ${quiz.title}`}
					body={`${shown.size()} questions, ${percent(shown.size() > 0 ? right / shown.size() : 0)} right on average. The Report tab has every question.`}
					layoutOrder={0}
				/>,
			);
		}
		rows.set("SetTitle", <Heading text="1. Pick a question set" layoutOrder={1} />);
		props.console.question_sets.forEach((set, index) =>
			rows.set(
				`Set_${set.set_id}`,
				<ButtonRow
					buttons={[
						{
							text: `${setId === set.set_id ? "▸ " : ""}${set.title} (${set.question_count} questions${set.own ? ", yours" : ""})`,
							tone: setId === set.set_id ? "selected" : "neutral",
							onClick: () => setSetId(set.set_id),
						},
					]}
					layoutOrder={2 + index}
				/>,
			),
		);
		rows.set("ScoringTitle", <Heading text="2. Scoring" layoutOrder={100} />);
		rows.set(
			"Scoring",
			<ButtonRow
				buttons={[
					{
						text: scoring === "accuracy" ? "▸ Right answers only" : "Right answers only",
						tone: scoring === "accuracy" ? "selected" : "neutral",
						onClick: () => setScoring("accuracy"),
					},
					{
						text: scoring === "speed" ? "▸ Speed bonus" : "Speed bonus",
						tone: scoring === "speed" ? "selected" : "neutral",
						onClick: () => setScoring("speed"),
					},
				]}
				layoutOrder={101}
			/>,
		);
		rows.set("TimingTitle", <Heading text="3. Time per question" layoutOrder={110} />);
		rows.set(
			"Timing",
			<ButtonRow
				buttons={[
					{
						text: !timed ? "▸ Untimed" : "Untimed",
						tone: !timed ? "selected" : "neutral",
						onClick: () => setTimed(false),
					},
					{
						text: timed ? "▸ Timed" : "Timed",
						tone: timed ? "selected" : "neutral",
						onClick: () => setTimed(true),
					},
				]}
				layoutOrder={111}
			/>,
		);
		if (timed)
			rows.set(
				"Seconds",
				<FieldRow
					name="Seconds"
					text={seconds}
					placeholder="Seconds, 10 to 120"
					onChanged={setSeconds}
					layoutOrder={112}
				/>,
			);
		rows.set(
			"Start",
			<ButtonRow
				buttons={[
					{
						text: setId !== undefined ? "Start the quiz" : "Pick a set to start",
						enabled: setId !== undefined,
						onClick: () =>
							setId !== undefined &&
							act("StartQuiz", {
								set_id: setId,
								scoring,
								seconds_per_question: timed ? typedNumber(seconds) : 0,
							}),
					},
				]}
				layoutOrder={120}
			/>,
		);
	}
	return (
		<ConsoleFrame
			tab={props.tab}
			onSelect={props.onSelect}
			replyKey={QUIZ_TAB_REPLY}
			summary={running ? `Live: ${quiz!.answered} of ${quiz!.online} answered` : "No quiz running"}
		>
			{rows}
		</ConsoleFrame>
	);
});
