import { PresentedQuestion, Question, QuestionView, Shuffler } from "./types";

/** 0..count-1 in a Fisher-Yates order drawn from `rng` (the order Random:Shuffle would use). */
function shuffledIndices(count: number, rng: Shuffler): number[] {
	const order: number[] = [];
	for (let index = 0; index < count; index++) order.push(index);
	for (let index = count - 1; index >= 1; index--) {
		const other = rng.NextInteger(0, index);
		const held = order[index];
		order[index] = order[other];
		order[other] = held;
	}
	return order;
}

/**
 * How a question is shown: choices and ordering items shuffled. The view is built field by field
 * from what a student may see, so an answer can never leak into it by a spread.
 */
export function presentQuestion(question: Question, rng: Shuffler): PresentedQuestion {
	const base = { id: question.id, type: question.type, prompt: question.prompt, time_limit: question.time_limit };
	if (question.type === "multiple_choice") {
		const order = shuffledIndices(question.choices.size(), rng);
		const view: QuestionView = { ...base, choices: order.map((index) => question.choices[index]) };
		return { question, view, order };
	}
	if (question.type === "ordering") {
		const order = shuffledIndices(question.items.size(), rng);
		const view: QuestionView = { ...base, items: order.map((index) => question.items[index]) };
		return { question, view, order };
	}
	if (question.type === "numeric") return { question, view: { ...base, unit: question.unit }, order: [] };
	return { question, view: base, order: [] };
}
