import { Content, Question, QuestionView } from "shared/content";

/**
 * The answers a simulated student gives, worked out from the content pack the way a student who
 * knows (or does not know) the answer would pick them on screen: only runners and specs, which
 * read the server's pack, can do this; a client never has the answers.
 */
export function questionOf(content: Content, setId: string, view: QuestionView): Question {
	const source = content.sets.get(setId) ?? content.lessons.get(setId);
	const question = source?.questions.find((candidate) => candidate.id === view.id);
	if (question === undefined) error(`no question "${view.id}" in "${setId}"`);
	return question;
}

/** The right answer, in the shape the AnswerQuestion remote takes for the view as it was shown. */
export function rightAnswer(question: Question, view: QuestionView): unknown {
	switch (question.type) {
		case "multiple_choice":
			return view.choices!.indexOf(question.answer);
		case "true_false":
			return question.answer;
		case "typed":
			return question.answer;
		case "numeric":
			return question.answer;
		case "ordering":
			return question.items.map((item) => view.items!.indexOf(item));
	}
}

/** A wrong answer of the right shape. */
export function wrongAnswer(question: Question, view: QuestionView): unknown {
	switch (question.type) {
		case "multiple_choice":
			return (view.choices!.indexOf(question.answer) + 1) % view.choices!.size();
		case "true_false":
			return !question.answer;
		case "typed":
			return "I am not sure";
		case "numeric":
			return question.answer + (question.tolerance ?? 0) + 1;
		case "ordering": {
			const right = question.items.map((item) => view.items!.indexOf(item));
			return [right[1], right[0], ...right.filter((_, index) => index > 1)];
		}
	}
}
