import { LiveQuizView, QuizQuestionStats, TeacherQuizView } from "./classroom-protocol";
import { tickQuiz } from "./live-quiz";
import { answerOf, closesAt, countsFor, LiveQuestion, LiveQuiz } from "./live-quiz-state";

/** What a student's result earned, as the rules' effects said (the server knows; the quiz does not). */
export interface QuizEarnings {
	readonly xp: number;
	readonly coins: number;
}

/** A student's right answers and the questions that counted for them (live-quiz-state.ts countsFor). */
export function tally(state: LiveQuiz, userId: number): { correct: number; questions: number } {
	let correct = 0;
	let questions = 0;
	for (const question of state.questions) {
		if (!countsFor(question, userId)) continue;
		questions += 1;
		if (answerOf(question, userId)?.correct === true) correct += 1;
	}
	return { correct, questions };
}

/**
 * The quiz as the student `userId` sees it at `now`: the question shown (its choices in the order
 * everyone has), their answer, the right answer only once revealed, and at the end their result
 * (with `earned`, what their activity event gave). Anyone not in the quiz gets it without answer
 * or result.
 */
export function studentView(state: LiveQuiz, userId: number, now: number, earned?: QuizEarnings): LiveQuizView {
	state = tickQuiz(state, now);
	const question = state.questions[state.current];
	const ended = state.phase === "ended";
	const base = {
		quiz_id: state.quiz_id,
		title: state.title,
		phase: state.phase,
		scoring: state.scoring,
		number: state.current + 1,
		count: state.questions.size(),
	};
	if (ended) {
		if (!state.participants.includes(userId)) return base;
		const { correct, questions } = tally(state, userId);
		return { ...base, result: { correct, questions, xp: earned?.xp ?? 0, coins: earned?.coins ?? 0 } };
	}
	return {
		...base,
		question: question.view,
		closes_at: closesAt(state),
		your_answer: answerOf(question, userId)?.answer,
		// built from the state, never from the question: the answer is added only once it is shown
		correct_answer: state.phase === "revealed" ? question.correct_answer : undefined,
	};
}

function statsOf(question: LiveQuestion, number: number): QuizQuestionStats {
	let correct = 0;
	for (const given of question.answers) if (given.correct) correct += 1;
	const answered = question.answers.size();
	return {
		number,
		prompt: question.view.prompt,
		correct_answer: question.correct_answer,
		answered,
		correct,
		share_correct: answered > 0 ? correct / answered : 0,
		skipped: question.status === "skipped",
	};
}

/**
 * The quiz in the teacher's console at `now`: the question shown with its answer, how many of the
 * students in the quiz answered it, and every question shown so far with its share correct.
 * `online` is how many students the server has now (the quiz does not know who is connected).
 */
export function teacherView(state: LiveQuiz, online: number, now: number): TeacherQuizView {
	state = tickQuiz(state, now);
	const question = state.questions[state.current];
	const questions = new Array<QuizQuestionStats>();
	state.questions.forEach((shown, index) => {
		if (shown.status !== "unseen") questions.push(statsOf(shown, index + 1));
	});
	return {
		quiz_id: state.quiz_id,
		title: state.title,
		phase: state.phase,
		scoring: state.scoring,
		number: state.current + 1,
		count: state.questions.size(),
		prompt: question.view.prompt,
		choices: question.view.choices ?? [],
		correct_answer: question.correct_answer,
		closes_at: closesAt(state),
		online,
		answered: question.answers.filter((given) => state.students.includes(given.user_id)).size(),
		questions,
	};
}
