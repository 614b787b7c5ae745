import { foldText, GradeBand, Difficulty, MultipleChoiceQuestion, QuestionSet, SubjectId } from "shared/content";
import { Rng } from "shared/domain";
import { CLASS_LIMITS } from "./class-record";
import { ImportedQuestion, ImportError } from "./classroom-protocol";
import { readDelimited } from "./csv";
import { readImportLine } from "./import-line";

/**
 * A teacher's pasted questions, read and checked, and turned into a question set of the content
 * format. This reads only: the teacher's text is NOT filtered here. The server filters every prompt
 * and answer with TextService before a student sees it (this module runs on the client too, for the
 * preview, where no filter is available).
 */

export const IMPORT_LIMITS = {
	/** Bytes of pasted text read at all: 50 questions of the longest prompt and six longest choices in 3-byte UTF-8 fit. */
	maxTextBytes: 200_000,
	/** Errors listed in one reply; the reason counts the rest. */
	maxErrors: 50,
	/** Characters of a set's title. */
	maxTitle: 60,
} as const;

export type QuestionTextRead =
	| { readonly ok: true; readonly questions: readonly ImportedQuestion[] }
	| { readonly ok: false; readonly reason: string; readonly errors: readonly ImportError[] };

export interface ImportOptions {
	/** At most this many questions (CLASS_LIMITS.maxQuestionsPerSet when absent). */
	readonly maxQuestions?: number;
}

const FORMAT_HINT = "one question per line: question, correct answer, wrong answer (up to 5 wrong answers)";

/** A header cell as words: "Question Text" -> "question text", "Answer 1 - max 75 characters" -> "answer 1". */
function headerWords(cell: string): string {
	const [beforeNote] = foldText(cell).gsub("%s+%-.*$", "");
	const [beforeParen] = beforeNote.gsub("%(.*$", "");
	const [letters] = beforeParen.gsub("[^%w%s]", "");
	return foldText(letters);
}

const QUESTION_HEADERS = new Set(["question", "questions", "question text", "prompt", "term"]);
/** Second columns of templates that number their answers and name the right one in a later column. */
const NUMBERED_ANSWERS = new Set(["answer 1", "option 1", "choice 1", "question text"]);

/** Whether the first row is a header line ("Question, Correct answer, Wrong answer..."), to be skipped. */
function isHeader(cells: readonly string[]): boolean {
	return QUESTION_HEADERS.has(headerWords(cells[0] ?? ""));
}

function lineList(lines: readonly number[]): string {
	const shown = lines.filter((_, index) => index < 10).map((line) => tostring(line));
	if (lines.size() > 10) return `${shown.join(", ")} and ${lines.size() - 10} more`;
	if (shown.size() === 1) return shown[0];
	return `${shown.filter((_, index) => index < shown.size() - 1).join(", ")} and ${shown[shown.size() - 1]}`;
}

function refused(errors: readonly ImportError[]): QuestionTextRead {
	const lines: number[] = [];
	for (const problem of errors) if (!lines.includes(problem.line)) lines.push(problem.line);
	const reason =
		lines.size() === 1
			? `line ${lines[0]} has a problem: fix it and paste again`
			: `${lines.size()} lines have problems (lines ${lineList(lines)}): fix them and paste again`;
	const kept = errors.filter((_, index) => index < IMPORT_LIMITS.maxErrors);
	return { ok: false, reason, errors: kept };
}

function ordinal(n: number): string {
	const lastTwo = n % 100;
	const suffix =
		lastTwo >= 11 && lastTwo <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
	return `${n}${suffix}`;
}

/**
 * Reads pasted questions (CSV or tab-separated, an optional header line, blank lines ignored).
 * Refuses with every problem of every line, each as "line N: ...", so the teacher can fix the
 * whole paste at once.
 */
export function readQuestionText(text: unknown, options?: ImportOptions): QuestionTextRead {
	const maxQuestions = options?.maxQuestions ?? CLASS_LIMITS.maxQuestionsPerSet;
	if (!typeIs(text, "string")) {
		return { ok: false, reason: `expected the questions as text, got ${typeOf(text)}`, errors: [] };
	}
	if (text.size() > IMPORT_LIMITS.maxTextBytes) {
		return {
			ok: false,
			reason: `the pasted text is too long (${text.size()} bytes, at most ${IMPORT_LIMITS.maxTextBytes}): a set holds at most ${maxQuestions} questions`,
			errors: [],
		};
	}
	const read = readDelimited(text);
	if (!read.ok) return { ok: false, reason: read.reason, errors: [{ line: read.line, message: read.reason }] };
	const rows = read.rows.filter((row) => row.cells.some((cell) => cell !== ""));
	if (rows.size() === 0) return { ok: false, reason: `nothing to read: paste ${FORMAT_HINT}`, errors: [] };
	const errors: ImportError[] = [];
	const questions: ImportedQuestion[] = [];
	let first = 0;
	if (isHeader(rows[0].cells)) {
		first = 1;
		if (NUMBERED_ANSWERS.has(headerWords(rows[0].cells[1] ?? ""))) {
			const message = `line ${rows[0].line}: these columns number the answers and name the right one later (a Kahoot or Blooket template): put them in the order question, correct answer, wrong answers`;
			return { ok: false, reason: message, errors: [{ line: rows[0].line, message }] };
		}
	}
	if (rows.size() === first) {
		return { ok: false, reason: `only a header line: add ${FORMAT_HINT}`, errors: [] };
	}
	const prompts = new Map<string, number>();
	for (let index = first; index < rows.size(); index++) {
		const row = rows[index];
		const number = index - first + 1;
		if (number > maxQuestions) {
			errors.push({
				line: row.line,
				message: `line ${row.line}: the ${ordinal(number)} question: a set holds at most ${maxQuestions} questions, so make a second set for the rest`,
			});
			break;
		}
		const line = readImportLine(row.cells, row.line);
		if (!line.ok) {
			for (const problem of line.problems)
				errors.push({ line: row.line, message: `line ${row.line}: ${problem}` });
			continue;
		}
		const key = foldText(line.question.prompt);
		const earlier = prompts.get(key);
		if (earlier !== undefined) {
			errors.push({ line: row.line, message: `line ${row.line}: the same question as line ${earlier}` });
			continue;
		}
		prompts.set(key, row.line);
		questions.push(line.question);
	}
	if (errors.size() > 0) return refused(errors);
	return { ok: true, questions };
}

export type SetTitleRead =
	{ readonly ok: true; readonly title: string } | { readonly ok: false; readonly reason: string };

/** A question set's title as the teacher typed it: spaces collapsed, 1 to IMPORT_LIMITS.maxTitle characters. */
export function readSetTitle(title: unknown): SetTitleRead {
	if (!typeIs(title, "string")) return { ok: false, reason: `the title must be text, got ${typeOf(title)}` };
	// the client shows a title on one line
	const [collapsed] = title.gsub("%s+", " ");
	const [trimmed] = collapsed.gsub("^ ", "")[0].gsub(" $", "");
	if (trimmed === "") return { ok: false, reason: 'the set needs a title, like "Fractions quiz"' };
	const [count] = utf8.len(trimmed);
	if (!typeIs(count, "number")) return { ok: false, reason: "the title is not valid text (UTF-8)" };
	if (count > IMPORT_LIMITS.maxTitle) {
		return { ok: false, reason: `the title is ${count} characters long: at most ${IMPORT_LIMITS.maxTitle}` };
	}
	return { ok: true, title: trimmed };
}

export interface SetOptions {
	readonly grade_band?: GradeBand;
	readonly difficulty?: Difficulty;
}

/** "The answer is Paris.", without a second full stop after an answer that ends in one. */
function explanationOf(answer: string): string {
	return answer.match("[%.!%?]$")[0] !== undefined ? `The answer is ${answer}` : `The answer is ${answer}.`;
}

/**
 * Read questions as a multiple-choice quiz set of the content format. The choices are shuffled with
 * `shuffleSeed`, the same on every run, so the correct answer is not always the first choice (the
 * quiz shuffles again when it presents a question; this order is what previews and the stored set
 * show). `id` must be a content id (a-z, 0-9, _ and -, at most 40) and `title` read by readSetTitle.
 */
export function toQuestionSet(
	id: string,
	title: string,
	subject: SubjectId,
	questions: readonly ImportedQuestion[],
	shuffleSeed: number,
	options?: SetOptions,
): QuestionSet {
	const rng = new Rng(shuffleSeed);
	const built = questions.map((question, index): MultipleChoiceQuestion => {
		const choices = [question.correct_answer, ...question.wrong_answers];
		for (let i = choices.size() - 1; i > 0; i--) {
			const j = rng.integer(0, i);
			const swap = choices[i];
			choices[i] = choices[j];
			choices[j] = swap;
		}
		return {
			id: `q${index + 1}`,
			type: "multiple_choice",
			prompt: question.prompt,
			choices,
			answer: question.correct_answer,
			explanation: explanationOf(question.correct_answer),
		};
	});
	return {
		id,
		title,
		subject,
		// a teacher's own set is pitched at their class: no band or difficulty is asked for, so the middle ones
		grade_band: options?.grade_band ?? "6-8",
		difficulty: options?.difficulty ?? 2,
		activity: "quiz",
		questions: built,
	};
}
