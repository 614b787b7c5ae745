import { Question, QuestionSet } from "shared/content";
import {
	addStudent,
	answerQuestion,
	endQuiz,
	nextQuestion,
	pauseQuiz,
	removeStudent,
	resumeQuiz,
	revealAnswer,
	skipQuestion,
	startLiveQuiz,
	tickQuiz,
} from "shared/classroom/live-quiz";
import { closesAt, LIVE_QUIZ_GRACE } from "shared/classroom/live-quiz-state";
import { TERM_START } from "../helpers/domain";
import { accepted, FIVE_QUESTIONS, quizOptions, refusalOf, shuffler, startedQuiz } from "../helpers/live-quiz";

const T = TERM_START;

function setWith(questions: Question[]): QuestionSet {
	return { ...FIVE_QUESTIONS, questions };
}

function start(set: QuestionSet, options = quizOptions("accuracy", 20, set.id)) {
	return startLiveQuiz("quiz-1", set, options, [1, 2, 3], T, shuffler());
}

export = () => {
	describe("starting a live quiz", () => {
		it("opens question 1 for every student present at the start", () => {
			const quiz = startedQuiz([1, 2, 3, 2]);
			expect(quiz.phase).to.equal("question");
			expect(quiz.current).to.equal(0);
			expect(quiz.questions[0].status).to.equal("open");
			expect(quiz.questions[0].opened_at).to.equal(T);
			expect(quiz.questions[0].asked.size()).to.equal(3);
			expect(quiz.questions[1].status).to.equal("unseen");
			expect(quiz.students.size()).to.equal(3);
			expect(closesAt(quiz)).to.equal(T + 20);
		});

		it("shows a true/false question with the choices True and False", () => {
			const quiz = startedQuiz();
			const tf = quiz.questions[2];
			expect(tf.view.choices!.join(",")).to.equal("True,False");
			expect(tf.correct_answer).to.equal("True");
		});

		it("refuses an empty set", () => {
			expect(refusalOf(start(setWith([])))).to.equal(`"Fractions warm-up" has no questions`);
		});

		it("refuses a set with a question a live quiz cannot ask, naming it", () => {
			const typed: Question = { id: "t", type: "typed", prompt: "Spell 4", answer: "four", explanation: "" };
			const reason = refusalOf(start(setWith([FIVE_QUESTIONS.questions[0], typed])));
			expect(reason).to.equal(
				'question 2 is of type "typed": a live quiz asks only multiple-choice and true/false questions',
			);
			const ordering: Question = {
				id: "o",
				type: "ordering",
				prompt: "Order",
				items: ["a", "b"],
				explanation: "",
			};
			expect(refusalOf(start(setWith([ordering])))).to.equal(
				'question 1 is of type "ordering": a live quiz asks only multiple-choice and true/false questions',
			);
		});

		it("refuses a multiple-choice question whose choices cannot be told apart or whose answer is missing", () => {
			const twins: Question = {
				id: "x",
				type: "multiple_choice",
				prompt: "Pick",
				choices: ["Paris", " paris"],
				answer: "Paris",
				explanation: "",
			};
			expect(refusalOf(start(setWith([twins])))).to.equal("question 1 has two choices that read the same");
			const lost: Question = { ...twins, choices: ["Lyon", "Nice"] };
			expect(refusalOf(start(setWith([lost])))).to.equal("question 1: its answer is not one of its choices");
		});

		it("refuses more questions than a class record keeps", () => {
			const many = new Array<Question>();
			for (let index = 0; index < 51; index++) many.push({ ...FIVE_QUESTIONS.questions[0], id: `q${index}` });
			expect(refusalOf(start(setWith(many)))).to.equal(
				`"Fractions warm-up" has 51 questions: a live quiz asks at most 50`,
			);
		});

		it("refuses options that are not for this set, an unknown scoring or a time out of range", () => {
			expect(refusalOf(start(FIVE_QUESTIONS, quizOptions("accuracy", 20, "other")))).to.equal(
				`the quiz options are for set "other", not "class-fractions"`,
			);
			const scoring = { set_id: FIVE_QUESTIONS.id, scoring: "fastest" as "speed", seconds_per_question: 0 };
			expect(refusalOf(start(FIVE_QUESTIONS, scoring))).to.equal(`scoring: expected "accuracy" or "speed"`);
			for (const seconds of [5, 121, 12.5, -1]) {
				expect(refusalOf(start(FIVE_QUESTIONS, quizOptions("accuracy", seconds)))).to.equal(
					"seconds per question: expected 0 (untimed) or a whole number from 10 to 120",
				);
			}
			expect(start(FIVE_QUESTIONS, quizOptions("accuracy", 0)).ok).to.equal(true);
			expect(start(FIVE_QUESTIONS, quizOptions("speed", 120)).ok).to.equal(true);
		});

		it("refuses a student list with something that is not a user id, and a quiz without an id", () => {
			const step = startLiveQuiz("quiz-1", FIVE_QUESTIONS, quizOptions(), [1, 0], T, shuffler());
			expect(refusalOf(step)).to.equal("students: 0 is not a user id");
			expect(refusalOf(startLiveQuiz("", FIVE_QUESTIONS, quizOptions(), [1], T, shuffler()))).to.equal(
				"the quiz needs an id",
			);
		});
	});

	describe("answering", () => {
		it("takes one answer per student to the open question, by the text of a choice (case forgiven)", () => {
			let quiz = startedQuiz();
			quiz = accepted(answerQuestion(quiz, 1, 1, " 5 ", T + 4));
			quiz = accepted(answerQuestion(quiz, 2, 1, "20", T + 6));
			const answers = quiz.questions[0].answers;
			expect(answers.size()).to.equal(2);
			expect(answers[0].answer).to.equal("5");
			expect(answers[0].correct).to.equal(true);
			expect(answers[0].seconds).to.equal(4);
			expect(answers[1].correct).to.equal(false);
			const tf = accepted(
				nextQuestion(
					accepted(revealAnswer(accepted(nextQuestion(accepted(revealAnswer(quiz, T + 7)), T + 8)), T + 9)),
					T + 10,
				),
			);
			const right = accepted(answerQuestion(tf, 3, 3, "true", T + 12)).questions[2].answers[0];
			expect(right.answer).to.equal("True");
			expect(right.correct).to.equal(true);
		});

		it("leaves the state given unchanged", () => {
			const quiz = startedQuiz();
			accepted(answerQuestion(quiz, 1, 1, "5", T + 4));
			expect(quiz.questions[0].answers.size()).to.equal(0);
		});

		it("refuses a second answer from the same student", () => {
			const quiz = accepted(answerQuestion(startedQuiz(), 1, 1, "5", T + 4));
			expect(refusalOf(answerQuestion(quiz, 1, 1, "2", T + 5))).to.equal("you already answered this question");
		});

		it("refuses a choice that does not exist, and anything that is not text", () => {
			const quiz = startedQuiz();
			expect(refusalOf(answerQuestion(quiz, 1, 1, "7", T + 4))).to.equal("that is not one of the choices");
			expect(refusalOf(answerQuestion(quiz, 1, 1, 5, T + 4))).to.equal("that is not one of the choices");
			expect(refusalOf(answerQuestion(quiz, 1, 1, string.rep("5", 10000), T + 4))).to.equal(
				"that is not one of the choices",
			);
		});

		it("refuses a question other than the open one", () => {
			const quiz = startedQuiz();
			expect(refusalOf(answerQuestion(quiz, 1, 2, "1/2", T + 4))).to.equal("question 2 has not been asked yet");
			const second = accepted(nextQuestion(accepted(revealAnswer(quiz, T + 5)), T + 6));
			expect(refusalOf(answerQuestion(second, 1, 1, "5", T + 7))).to.equal("question 1 is closed");
			expect(refusalOf(answerQuestion(second, 1, 9, "5", T + 7))).to.equal(
				"there is no question 9: the quiz has 5",
			);
			expect(refusalOf(answerQuestion(second, 1, "2", "1/2", T + 7))).to.equal("expected the question's number");
			expect(refusalOf(answerQuestion(second, 1, 1.5, "1/2", T + 7))).to.equal("expected the question's number");
		});

		it("refuses a student who is not in the quiz", () => {
			expect(refusalOf(answerQuestion(startedQuiz(), 9, 1, "5", T + 4))).to.equal("you are not in this quiz");
		});

		it("refuses answers while paused, after the reveal, and once the quiz has ended", () => {
			const quiz = startedQuiz();
			const paused = accepted(pauseQuiz(quiz, T + 3));
			expect(refusalOf(answerQuestion(paused, 1, 1, "5", T + 4))).to.equal("the quiz is paused");
			const revealed = accepted(revealAnswer(quiz, T + 3));
			expect(refusalOf(answerQuestion(revealed, 1, 1, "5", T + 4))).to.equal("the answer is already shown");
			const ended = accepted(endQuiz(quiz, T + 3));
			expect(refusalOf(answerQuestion(ended, 1, 1, "5", T + 4))).to.equal("the quiz has ended");
		});

		it("refuses a late answer with 'time is up', after the grace for answers on their way", () => {
			const quiz = startedQuiz();
			expect(answerQuestion(quiz, 1, 1, "5", T + 20 + LIVE_QUIZ_GRACE).ok).to.equal(true);
			expect(refusalOf(answerQuestion(quiz, 1, 1, "5", T + 20 + LIVE_QUIZ_GRACE + 0.1))).to.equal("time is up");
			const closed = tickQuiz(quiz, T + 25);
			expect(refusalOf(answerQuestion(closed, 2, 1, "5", T + 26))).to.equal("time is up");
		});

		it("takes answers to an untimed question until the teacher closes it", () => {
			const quiz = startedQuiz([1], "accuracy", 0);
			expect(closesAt(quiz)).to.equal(undefined);
			expect(tickQuiz(quiz, T + 3600)).to.equal(quiz);
			expect(answerQuestion(quiz, 1, 1, "5", T + 3600).ok).to.equal(true);
		});
	});

	describe("the teacher's controls", () => {
		it("keeps a timed question's remaining time across a pause", () => {
			let quiz = accepted(pauseQuiz(startedQuiz(), T + 14));
			expect(closesAt(quiz)).to.equal(undefined);
			// an hour paused: the question must not run out meanwhile
			expect(tickQuiz(quiz, T + 3600)).to.equal(quiz);
			quiz = accepted(resumeQuiz(quiz, T + 3600));
			expect(closesAt(quiz)).to.equal(T + 3600 + 6);
			quiz = accepted(answerQuestion(quiz, 1, 1, "5", T + 3603));
			// 14 s before the pause, 3 after it
			expect(quiz.questions[0].answers[0].seconds).to.equal(17);
			expect(tickQuiz(quiz, T + 3606 + LIVE_QUIZ_GRACE + 0.5).phase).to.equal("revealed");
		});

		it("refuses to pause what is not an open question, and to resume what is not paused", () => {
			const quiz = startedQuiz();
			expect(refusalOf(resumeQuiz(quiz, T + 1))).to.equal("the quiz is not paused");
			const paused = accepted(pauseQuiz(quiz, T + 1));
			expect(refusalOf(pauseQuiz(paused, T + 2))).to.equal("the quiz is already paused");
			const revealed = accepted(revealAnswer(quiz, T + 1));
			expect(refusalOf(pauseQuiz(revealed, T + 2))).to.equal(
				"the answer is shown: there is no question to pause",
			);
			expect(refusalOf(resumeQuiz(revealed, T + 2))).to.equal("the quiz is not paused");
			const ended = accepted(endQuiz(quiz, T + 1));
			expect(refusalOf(pauseQuiz(ended, T + 2))).to.equal("the quiz has ended");
			expect(refusalOf(resumeQuiz(ended, T + 2))).to.equal("the quiz has ended");
		});

		it("reveals a timed question on its own when the time runs out", () => {
			const quiz = startedQuiz();
			expect(tickQuiz(quiz, T + 20 + LIVE_QUIZ_GRACE)).to.equal(quiz);
			const closed = tickQuiz(quiz, T + 22);
			expect(closed.phase).to.equal("revealed");
			expect(closed.questions[0].status).to.equal("revealed");
			expect(closed.questions[0].open_seconds).to.equal(20);
		});

		it("skips a question (open or paused): it is marked skipped and the next opens", () => {
			let quiz = accepted(answerQuestion(startedQuiz(), 1, 1, "5", T + 2));
			quiz = accepted(skipQuestion(quiz, T + 3));
			expect(quiz.questions[0].status).to.equal("skipped");
			expect(quiz.current).to.equal(1);
			expect(quiz.phase).to.equal("question");
			expect(quiz.questions[1].opened_at).to.equal(T + 3);
			quiz = accepted(skipQuestion(accepted(pauseQuiz(quiz, T + 4)), T + 5));
			expect(quiz.questions[1].status).to.equal("skipped");
			expect(quiz.current).to.equal(2);
		});

		it("ends the quiz when the last question is skipped", () => {
			let quiz = startedQuiz();
			for (let index = 0; index < 5; index++) quiz = accepted(skipQuestion(quiz, T + index));
			expect(quiz.phase).to.equal("ended");
			expect(quiz.ended_at).to.equal(T + 4);
		});

		it("refuses to skip a question whose answer is shown (it counts already)", () => {
			const revealed = accepted(revealAnswer(startedQuiz(), T + 1));
			expect(refusalOf(skipQuestion(revealed, T + 2))).to.equal(
				"the answer is already shown, so the question counts: go to the next question",
			);
			expect(refusalOf(skipQuestion(accepted(endQuiz(revealed, T + 2)), T + 3))).to.equal("the quiz has ended");
		});

		it("reveals from open or paused, and refuses a second reveal", () => {
			const quiz = startedQuiz();
			const revealed = accepted(revealAnswer(quiz, T + 5));
			expect(revealed.phase).to.equal("revealed");
			expect(revealed.questions[0].open_seconds).to.equal(5);
			expect(accepted(revealAnswer(accepted(pauseQuiz(quiz, T + 2)), T + 9)).questions[0].open_seconds).to.equal(
				2,
			);
			expect(refusalOf(revealAnswer(revealed, T + 6))).to.equal("the answer is already shown");
			expect(refusalOf(revealAnswer(accepted(endQuiz(quiz, T + 1)), T + 2))).to.equal("the quiz has ended");
		});

		it("moves on only after a reveal, and ends the quiz after the last question", () => {
			let quiz = startedQuiz();
			expect(refusalOf(nextQuestion(quiz, T + 1))).to.equal("reveal the answer (or skip the question) first");
			expect(refusalOf(nextQuestion(accepted(pauseQuiz(quiz, T + 1)), T + 2))).to.equal(
				"reveal the answer (or skip the question) first",
			);
			for (let index = 0; index < 5; index++) {
				quiz = accepted(nextQuestion(accepted(revealAnswer(quiz, T + 10 * index + 5)), T + 10 * index + 6));
			}
			expect(quiz.phase).to.equal("ended");
			expect(quiz.current).to.equal(4);
			expect(refusalOf(nextQuestion(quiz, T + 100))).to.equal("the quiz has ended");
		});

		it("ends early: the open question is skipped, the ones never shown stay unseen", () => {
			let quiz = accepted(answerQuestion(startedQuiz(), 1, 1, "5", T + 2));
			quiz = accepted(endQuiz(quiz, T + 3));
			expect(quiz.phase).to.equal("ended");
			expect(quiz.ended_at).to.equal(T + 3);
			expect(quiz.questions[0].status).to.equal("skipped");
			expect(quiz.questions[1].status).to.equal("unseen");
			expect(refusalOf(endQuiz(quiz, T + 4))).to.equal("the quiz has already ended");
		});

		it("ending after a reveal keeps the revealed question counted", () => {
			const quiz = accepted(endQuiz(accepted(revealAnswer(startedQuiz(), T + 3)), T + 4));
			expect(quiz.questions[0].status).to.equal("revealed");
		});
	});

	describe("the clock", () => {
		it("refuses every step given no time (NaN or infinite), leaving the quiz as it was", () => {
			const quiz = startedQuiz();
			for (const now of [0 / 0, math.huge, -math.huge]) {
				const steps = [
					startLiveQuiz("quiz-1", FIVE_QUESTIONS, quizOptions(), [1], now, shuffler()),
					answerQuestion(quiz, 1, 1, "5", now),
					pauseQuiz(quiz, now),
					resumeQuiz(accepted(pauseQuiz(quiz, T + 1)), now),
					skipQuestion(quiz, now),
					revealAnswer(quiz, now),
					nextQuestion(accepted(revealAnswer(quiz, T + 1)), now),
					endQuiz(quiz, now),
					addStudent(quiz, 4, now),
					removeStudent(quiz, 1, now),
				];
				for (const step of steps) expect(refusalOf(step)).to.equal("the server's clock gave no time");
				expect(tickQuiz(quiz, now)).to.equal(quiz);
			}
		});
	});

	describe("students arriving and leaving", () => {
		it("lets a student who arrives after the start answer from the open question on", () => {
			let quiz = accepted(addStudent(startedQuiz([1]), 4, T + 5));
			expect(quiz.questions[0].asked.includes(4)).to.equal(false);
			quiz = accepted(answerQuestion(quiz, 4, 1, "5", T + 6));
			expect(quiz.questions[0].answers[0].user_id).to.equal(4);
			quiz = accepted(nextQuestion(accepted(revealAnswer(quiz, T + 7)), T + 8));
			expect(quiz.questions[1].asked.includes(4)).to.equal(true);
			expect(quiz.participants.join(",")).to.equal("1,4");
		});

		it("drops the open question from a student who leaves before answering it, not from one who answered", () => {
			let quiz = accepted(answerQuestion(startedQuiz(), 1, 1, "5", T + 2));
			quiz = accepted(removeStudent(quiz, 1, T + 3));
			quiz = accepted(removeStudent(quiz, 2, T + 3));
			expect(quiz.questions[0].asked.join(",")).to.equal("1,3");
			expect(quiz.students.join(",")).to.equal("3");
			expect(refusalOf(answerQuestion(quiz, 2, 1, "5", T + 4))).to.equal("you are not in this quiz");
			// coming back: they may answer again from now on
			quiz = accepted(addStudent(quiz, 2, T + 5));
			expect(quiz.participants.join(",")).to.equal("1,2,3");
			expect(answerQuestion(quiz, 2, 1, "5", T + 6).ok).to.equal(true);
		});

		it("keeps a student asked a question whose time ran out before they left", () => {
			const quiz = accepted(removeStudent(startedQuiz(), 2, T + 30));
			expect(quiz.questions[0].asked.includes(2)).to.equal(true);
		});

		it("refuses a student twice, a student not there, a bad id, and changes after the end", () => {
			const quiz = startedQuiz();
			expect(refusalOf(addStudent(quiz, 1, T + 1))).to.equal("student 1 is already in the quiz");
			expect(refusalOf(addStudent(quiz, -3, T + 1))).to.equal("-3 is not a user id");
			expect(refusalOf(removeStudent(quiz, 9, T + 1))).to.equal("student 9 is not in the quiz");
			const ended = accepted(endQuiz(quiz, T + 1));
			expect(refusalOf(addStudent(ended, 4, T + 2))).to.equal("the quiz has ended");
			expect(refusalOf(removeStudent(ended, 1, T + 2))).to.equal("the quiz has ended");
		});
	});
};
