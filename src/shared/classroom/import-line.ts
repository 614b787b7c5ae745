import { foldText, LIMITS } from "shared/content";
import { ImportedQuestion } from "./classroom-protocol";

/** A multiple-choice question has at most LIMITS.maxChoices choices: the correct one and the wrong ones. */
export const MAX_WRONG_ANSWERS = LIMITS.maxChoices - 1;

/** Characters of `text`, or undefined when it is not valid UTF-8 (the content format refuses it). */
function characters(text: string): number | undefined {
	const [count] = utf8.len(text);
	// Luau gives nil for invalid UTF-8, though the typings say false
	return typeIs(count, "number") ? count : undefined;
}

/** A cell as a message quotes it: cut short, so one long paste does not make a long message. */
function quoted(text: string): string {
	const count = characters(text);
	if (count === undefined || count <= 30) return `"${text}"`;
	return `"${text.sub(1, utf8.offset(text, 28)! - 1)}..."`;
}

function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** The problems of one cell's length or encoding, named by `what` ("the question", "wrong answer 2 ..."). */
function checkText(text: string, what: string, max: number, problems: string[]) {
	const count = characters(text);
	if (count === undefined) {
		problems.push(`${what} is not valid text (UTF-8): was it pasted from a file in another encoding?`);
	} else if (count > max) {
		problems.push(`${what} is ${count} characters long: at most ${max}`);
	}
}

export type LineRead =
	| { readonly ok: true; readonly question: ImportedQuestion }
	| { readonly ok: false; readonly problems: readonly string[] };

/**
 * One pasted line's cells as a question: the question, the correct answer, then 1 to
 * MAX_WRONG_ANSWERS wrong answers. Empty cells after the correct answer are skipped (a spreadsheet
 * row with an optional column left empty). Every problem of the line is listed, so a teacher fixes
 * it in one go; each reads after "line N: ".
 */
export function readImportLine(cells: readonly string[], line: number): LineRead {
	const prompt = cells[0] ?? "";
	const correct = cells[1] ?? "";
	const wrong = cells.filter((cell, index) => index >= 2 && cell !== "");
	const problems: string[] = [];
	if (prompt === "") problems.push("no question: the first cell is empty");
	if (correct === "") {
		problems.push(
			cells.size() <= 1
				? "only a question: add the correct answer and at least one wrong answer after it, separated by commas (or tabs)"
				: "no correct answer: the second cell is empty",
		);
	} else if (wrong.size() === 0) {
		problems.push("no wrong answer: add at least one after the correct answer");
	}
	if (wrong.size() > MAX_WRONG_ANSWERS) {
		problems.push(
			`${plural(wrong.size(), "wrong answer", "wrong answers")}: at most ${MAX_WRONG_ANSWERS} (a question shows at most ${LIMITS.maxChoices} choices)`,
		);
	}
	if (prompt !== "") checkText(prompt, "the question", LIMITS.prompt, problems);
	if (correct !== "") checkText(correct, "the correct answer", LIMITS.option, problems);
	wrong.forEach((answer, index) =>
		checkText(answer, `wrong answer ${index + 1} (${quoted(answer)})`, LIMITS.option, problems),
	);
	if (correct !== "" && wrong.some((answer) => foldText(answer) === foldText(correct))) {
		problems.push("the correct answer is also listed as a wrong answer");
	}
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const answer of wrong) {
		const key = foldText(answer);
		if (seen.has(key) && !repeated.has(key) && key !== foldText(correct)) {
			repeated.add(key);
			problems.push(`${quoted(answer)} is listed twice as a wrong answer`);
		}
		seen.add(key);
	}
	if (problems.size() > 0) return { ok: false, problems };
	return { ok: true, question: { line, prompt, correct_answer: correct, wrong_answers: wrong } };
}
