import { QuestionSet, Shuffler } from "shared/content";
import { QuizOptions, QuizScoring } from "shared/classroom/classroom-protocol";
import { LiveQuizStep, startLiveQuiz } from "shared/classroom/live-quiz";
import { LiveQuiz } from "shared/classroom/live-quiz-state";
import { TERM_START } from "./domain";

/** Five questions, four multiple choice and one true/false: what a teacher's pasted set looks like. */
export const FIVE_QUESTIONS: QuestionSet = {
	id: "class-fractions",
	title: "Fractions warm-up",
	subject: "math",
	grade_band: "3-5",
	difficulty: 2,
	activity: "quiz",
	questions: [
		{
			id: "q1",
			type: "multiple_choice",
			prompt: "What is one half of ten?",
			choices: ["5", "2", "10", "20"],
			answer: "5",
			explanation: "",
		},
		{
			id: "q2",
			type: "multiple_choice",
			prompt: "Which fraction is the largest?",
			choices: ["1/2", "1/3", "1/4"],
			answer: "1/2",
			explanation: "",
		},
		{
			id: "q3",
			type: "true_false",
			prompt: "Two quarters make one half.",
			answer: true,
			explanation: "",
		},
		{
			id: "q4",
			type: "multiple_choice",
			prompt: "What is 3/4 of 8?",
			choices: ["6", "4", "3", "8"],
			answer: "6",
			explanation: "",
		},
		{
			id: "q5",
			type: "multiple_choice",
			prompt: "What is 1/5 of 20?",
			choices: ["4", "5", "2"],
			answer: "4",
			explanation: "",
		},
	],
};

/** A seeded shuffler: the same choice order in every run of a spec. */
export function shuffler(seed = 3): Shuffler {
	return new Random(seed);
}

export function quizOptions(scoring: QuizScoring = "accuracy", seconds = 20, setId = FIVE_QUESTIONS.id): QuizOptions {
	return { set_id: setId, scoring, seconds_per_question: seconds };
}

/** The state of a step that must have been taken: a refusal fails the spec with its reason. */
export function accepted(step: LiveQuizStep): LiveQuiz {
	if (!step.ok) error(`refused: ${step.reason}`);
	return step.state;
}

/** The reason of a step that must have been refused. */
export function refusalOf(step: LiveQuizStep): string {
	if (step.ok) error("expected a refusal, but the step was taken");
	return step.reason;
}

/** A quiz of FIVE_QUESTIONS started at TERM_START for `students`. */
export function startedQuiz(
	students: readonly number[] = [1, 2, 3],
	scoring: QuizScoring = "accuracy",
	seconds = 20,
	set: QuestionSet = FIVE_QUESTIONS,
): LiveQuiz {
	return accepted(
		startLiveQuiz("quiz-1", set, quizOptions(scoring, seconds, set.id), students, TERM_START, shuffler()),
	);
}
