import { charCount } from "./fields";
import { normaliseTyped } from "./normalise";
import { LIMITS } from "./question-schema";
import { Grading, PresentedQuestion, Question } from "./types";
import { listShape } from "shared/util/list-shape";

type Refusal = { readonly valid: false; readonly reason: string };
const refuse = (reason: string): Refusal => ({ valid: false, reason });

function kindOf(value: unknown): string {
	if (typeIs(value, "number")) return value !== value ? "NaN" : tostring(value);
	if (typeIs(value, "table")) return getmetatable(value) !== undefined ? "a table with a metatable" : "a table";
	if (value === undefined) return "nothing";
	return `a ${typeOf(value)}`;
}

/** A whole number in 0..count-1, or why not. */
function indexProblem(value: unknown, count: number): string | undefined {
	if (!typeIs(value, "number")) return `expected an index, got ${kindOf(value)}`;
	if (value !== value) return "expected an index, got NaN";
	if (value % 1 !== 0 || value === math.huge || value === -math.huge) {
		return `expected a whole-number index, got ${tostring(value)}`;
	}
	if (value < 0 || value >= count) return `index ${tostring(value)} is out of range 0..${count - 1}`;
	return undefined;
}

function correctAnswerOf(question: Question): string {
	switch (question.type) {
		case "multiple_choice":
		case "typed":
			return question.answer;
		case "true_false":
			return question.answer ? "true" : "false";
		case "numeric":
			return question.unit !== undefined && question.unit !== ""
				? `${question.answer} ${question.unit}`
				: tostring(question.answer);
		case "ordering":
			return question.items.join(", ");
	}
}

/** Whether the answer is right, or the refusal that says what is malformed about it. */
function judge(presented: PresentedQuestion, answer: unknown): boolean | Refusal {
	const { question, order } = presented;
	switch (question.type) {
		case "multiple_choice": {
			const problem = indexProblem(answer, order.size());
			if (problem !== undefined) return refuse(`multiple_choice answer: ${problem}`);
			return question.choices[order[answer as number]] === question.answer;
		}
		case "true_false":
			if (!typeIs(answer, "boolean"))
				return refuse(`true_false answer: expected true or false, got ${kindOf(answer)}`);
			return answer === question.answer;
		case "typed": {
			if (!typeIs(answer, "string")) return refuse(`typed answer: expected text, got ${kindOf(answer)}`);
			// bytes first: a megabyte string is refused without walking it
			if (answer.size() > LIMITS.typedAnswer * 4)
				return refuse(`typed answer: longer than ${LIMITS.typedAnswer} characters`);
			const count = charCount(answer);
			if (count === undefined) return refuse("typed answer: not valid UTF-8 text");
			if (count > LIMITS.typedAnswer) return refuse(`typed answer: longer than ${LIMITS.typedAnswer} characters`);
			const given = normaliseTyped(answer);
			return [question.answer, ...(question.accept ?? [])].some((accepted) => normaliseTyped(accepted) === given);
		}
		case "numeric": {
			if (!typeIs(answer, "number")) return refuse(`numeric answer: expected a number, got ${kindOf(answer)}`);
			if (answer !== answer) return refuse("numeric answer: expected a number, got NaN");
			if (math.abs(answer) > LIMITS.numericMagnitude) {
				return refuse(`numeric answer: ${tostring(answer)} is beyond ±${LIMITS.numericMagnitude}`);
			}
			// a hair of slack for binary fractions: 0.1 + 0.2 typed as 0.3 must match
			const slack = 1e-9 * math.max(1, math.abs(question.answer));
			return math.abs(answer - question.answer) <= (question.tolerance ?? 0) + slack;
		}
		case "ordering": {
			const count = order.size();
			const shape = listShape(answer, count);
			if (shape.kind !== "list") {
				const got = shape.kind === "too long" ? `more than ${count} entries` : kindOf(answer);
				return refuse(`ordering answer: expected a list of ${count} indices, got ${got}`);
			}
			if (shape.size !== count) return refuse(`ordering answer: expected ${count} indices, got ${shape.size}`);
			const seen = new Set<number>();
			const entries = answer as unknown[];
			for (let position = 0; position < count; position++) {
				const problem = indexProblem(entries[position], count);
				if (problem !== undefined) return refuse(`ordering answer, entry ${position}: ${problem}`);
				const index = entries[position] as number;
				if (seen.has(index))
					return refuse(`ordering answer: index ${index} is given twice (not a permutation)`);
				seen.add(index);
			}
			// the student's n-th pick is view item entries[n], which is question item order[entries[n]]
			for (let position = 0; position < count; position++) {
				if (order[entries[position] as number] !== position) return false;
			}
			return true;
		}
	}
}

/**
 * Grades a student's answer to a question as it was presented. Malformed answers are valid:false
 * with a reason; never throws, whatever the client sent.
 */
export function gradeAnswer(presented: PresentedQuestion, answer: unknown): Grading {
	const [ran, verdict] = pcall(() => judge(presented, answer));
	if (!ran) return refuse("answer could not be read");
	if (!typeIs(verdict, "boolean")) return verdict as Refusal;
	const question = presented.question;
	return {
		valid: true,
		correct: verdict,
		correct_answer: correctAnswerOf(question),
		explanation: question.explanation,
	};
}
