import { MultipleChoiceQuestion } from "shared/content";
import {
	answerQuestion,
	endQuiz,
	nextQuestion,
	pauseQuiz,
	removeStudent,
	revealAnswer,
	skipQuestion,
} from "shared/classroom/live-quiz";
import { studentView, teacherView } from "shared/classroom/live-quiz-views";
import { TERM_START } from "../helpers/domain";
import { firstDifference } from "../helpers/deep-equal";
import { accepted, FIVE_QUESTIONS, startedQuiz } from "../helpers/live-quiz";

const T = TERM_START;

/** The keys of a table (a view, or the question in it). */
function keys(value: object): string[] {
	const found = new Array<string>();
	for (const [key] of pairs(value)) found.push(key as string);
	return found;
}

export = () => {
	describe("a student's view", () => {
		it("never carries the correct answer before the reveal, nor the question's explanation", () => {
			let quiz = accepted(answerQuestion(startedQuiz(), 1, 1, "5", T + 3));
			const open = studentView(quiz, 1, T + 4);
			expect(open.correct_answer).to.equal(undefined);
			expect(keys(open).includes("correct_answer")).to.equal(false);
			const question = keys(open.question!);
			expect(question.includes("answer")).to.equal(false);
			expect(question.includes("explanation")).to.equal(false);
			quiz = accepted(pauseQuiz(quiz, T + 5));
			expect(studentView(quiz, 2, T + 6).correct_answer).to.equal(undefined);
			quiz = accepted(revealAnswer(quiz, T + 7));
			expect(studentView(quiz, 2, T + 8).correct_answer).to.equal("5");
		});

		it("shows every student the same choices in the same order, all of the set's choices", () => {
			const quiz = startedQuiz();
			const first = studentView(quiz, 1, T + 1).question!;
			expect(firstDifference(first, studentView(quiz, 2, T + 1).question)).to.equal(undefined);
			expect(firstDifference(first, studentView(quiz, 3, T + 1).question)).to.equal(undefined);
			const given = [...(FIVE_QUESTIONS.questions[0] as MultipleChoiceQuestion).choices];
			const shown = [...first.choices!];
			given.sort();
			shown.sort();
			expect(shown.join("|")).to.equal(given.join("|"));
		});

		it("tells a student their own answer only", () => {
			const quiz = accepted(answerQuestion(startedQuiz(), 1, 1, "20", T + 3));
			expect(studentView(quiz, 1, T + 4).your_answer).to.equal("20");
			expect(studentView(quiz, 2, T + 4).your_answer).to.equal(undefined);
		});

		it("gives the number, count, phase and closing time, without a closing time while paused", () => {
			const quiz = startedQuiz();
			const view = studentView(quiz, 1, T + 1);
			expect(view.number).to.equal(1);
			expect(view.count).to.equal(5);
			expect(view.phase).to.equal("question");
			expect(view.scoring).to.equal("accuracy");
			expect(view.closes_at).to.equal(T + 20);
			expect(view.question!.time_limit).to.equal(20);
			const paused = studentView(accepted(pauseQuiz(quiz, T + 2)), 1, T + 3);
			expect(paused.phase).to.equal("paused");
			expect(paused.closes_at).to.equal(undefined);
		});

		it("shows the answer once the time has run out, even before the server's tick", () => {
			const view = studentView(startedQuiz(), 1, T + 30);
			expect(view.phase).to.equal("revealed");
			expect(view.correct_answer).to.equal("5");
		});

		it("gives each student their result at the end, with what it earned", () => {
			let quiz = accepted(answerQuestion(startedQuiz(), 1, 1, "5", T + 3));
			quiz = accepted(answerQuestion(quiz, 2, 1, "2", T + 3));
			quiz = accepted(nextQuestion(accepted(revealAnswer(quiz, T + 5)), T + 6));
			quiz = accepted(endQuiz(accepted(revealAnswer(quiz, T + 8)), T + 9));
			const mine = studentView(quiz, 1, T + 10, { xp: 97, coins: 8 });
			expect(mine.phase).to.equal("ended");
			expect(mine.question).to.equal(undefined);
			expect(mine.result!.correct).to.equal(1);
			expect(mine.result!.questions).to.equal(2);
			expect(mine.result!.xp).to.equal(97);
			expect(mine.result!.coins).to.equal(8);
			expect(studentView(quiz, 2, T + 10).result!.correct).to.equal(0);
			// the teacher, or anyone not in the quiz, has no result
			expect(studentView(quiz, 99, T + 10).result).to.equal(undefined);
		});
	});

	describe("the teacher's view", () => {
		it("counts who answered the question shown and the share correct of every question shown", () => {
			let quiz = startedQuiz([1, 2, 3, 4]);
			quiz = accepted(answerQuestion(quiz, 1, 1, "5", T + 3));
			quiz = accepted(answerQuestion(quiz, 2, 1, "2", T + 4));
			quiz = accepted(answerQuestion(quiz, 3, 1, "5", T + 5));
			let view = teacherView(quiz, 4, T + 6);
			expect(view.online).to.equal(4);
			expect(view.answered).to.equal(3);
			expect(view.correct_answer).to.equal("5");
			expect(view.prompt).to.equal("What is one half of ten?");
			expect(view.choices.size()).to.equal(4);
			expect(view.questions.size()).to.equal(1);
			expect(view.questions[0].correct).to.equal(2);
			expect(view.questions[0].share_correct).to.equal(2 / 3);
			quiz = accepted(nextQuestion(accepted(revealAnswer(quiz, T + 7)), T + 8));
			quiz = accepted(answerQuestion(quiz, 1, 2, "1/2", T + 9));
			quiz = accepted(skipQuestion(quiz, T + 10));
			view = teacherView(quiz, 4, T + 11);
			expect(view.number).to.equal(3);
			expect(view.answered).to.equal(0);
			expect(view.questions.size()).to.equal(3);
			expect(view.questions[1].skipped).to.equal(true);
			expect(view.questions[1].answered).to.equal(1);
			expect(view.questions[2].skipped).to.equal(false);
			expect(view.questions[2].share_correct).to.equal(0);
		});

		it("counts answers of the students still in the quiz", () => {
			let quiz = accepted(answerQuestion(startedQuiz(), 1, 1, "5", T + 3));
			quiz = accepted(answerQuestion(quiz, 2, 1, "5", T + 3));
			const view = teacherView(accepted(removeStudent(quiz, 2, T + 4)), 2, T + 4);
			expect(view.answered).to.equal(1);
			expect(view.questions[0].answered).to.equal(2);
		});
	});
};
