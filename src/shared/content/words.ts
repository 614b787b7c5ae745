import { QuestionView } from "./types";

function countWords(text: string): number {
	let count = 0;
	for (const [,] of text.gmatch("%S+")) count += 1;
	return count;
}

/** Words a student must read for this question (prompt + choices/items), for a plausible reading time. */
export function wordsToRead(view: QuestionView): number {
	let total = countWords(view.prompt);
	for (const choice of view.choices ?? []) total += countWords(choice);
	for (const item of view.items ?? []) total += countWords(item);
	return total;
}
