import { checkFields, ContentFields, describeValue, isPlainTable } from "./fields";
import { foldText, normaliseTyped } from "./normalise";
import { COMMON_FIELDS, QUESTION_TYPES, TYPE_FIELDS } from "./question-schema";
import { Question, QuestionType } from "./types";

/** Names of the entries in a list that are the same once normalised (choices and items: foldText; typed answers: normaliseTyped), e.g. `"Paris" and "paris "`. */
function duplicatesOf(entries: readonly string[], normalise: (text: string) => string): string[] {
	const seen = new Map<string, string>();
	const duplicates: string[] = [];
	for (const entry of entries) {
		const key = normalise(entry);
		const earlier = seen.get(key);
		if (earlier !== undefined) duplicates.push(`${describeValue(earlier)} and ${describeValue(entry)}`);
		else seen.set(key, entry);
	}
	return duplicates;
}

/** What only a whole question can show: the answer key agrees with the rest of it. */
function checkAnswerKey(raw: Record<string, unknown>, kind: QuestionType, report: (message: string) => void) {
	if (kind === "multiple_choice") {
		const choices = raw.choices as string[];
		for (const pair of duplicatesOf(choices, foldText)) report(`field "choices": ${pair} are the same choice`);
		if (!choices.includes(raw.answer as string)) {
			report(`field "answer": ${describeValue(raw.answer)} is not one of its choices`);
		}
	} else if (kind === "typed") {
		const answers = [raw.answer as string, ...((raw.accept as string[] | undefined) ?? [])];
		answers.forEach((answer, index) => {
			if (normaliseTyped(answer) === "") {
				report(
					`field "${index === 0 ? "answer" : "accept"}": ${describeValue(answer)} is empty once normalised`,
				);
			}
		});
		for (const pair of duplicatesOf(answers, normaliseTyped))
			report(`field "accept": ${pair} are the same answer once normalised`);
	} else if (kind === "ordering") {
		for (const pair of duplicatesOf(raw.items as string[], foldText))
			report(`field "items": ${pair} are the same item`);
	}
}

function build(raw: Record<string, unknown>, kind: QuestionType): Question {
	const common = {
		id: raw.id as string,
		prompt: raw.prompt as string,
		explanation: raw.explanation as string,
		time_limit: raw.time_limit as number | undefined,
	};
	switch (kind) {
		case "multiple_choice":
			return { ...common, type: kind, choices: [...(raw.choices as string[])], answer: raw.answer as string };
		case "true_false":
			return { ...common, type: kind, answer: raw.answer as boolean };
		case "typed":
			return {
				...common,
				type: kind,
				answer: raw.answer as string,
				accept: [...((raw.accept as string[]) ?? [])],
			};
		case "numeric":
			return {
				...common,
				type: kind,
				answer: raw.answer as number,
				tolerance: (raw.tolerance as number | undefined) ?? 0,
				unit: raw.unit as string | undefined,
			};
		case "ordering":
			return { ...common, type: kind, items: [...(raw.items as string[])] };
	}
}

/**
 * Reads one question of a set or lesson. `owner` names the set or lesson (`set "math-add-1"`);
 * every problem is reported as `<owner>, question "q3", field "answer": ...`. Undefined when
 * anything is wrong.
 */
export function readQuestion(
	raw: unknown,
	owner: string,
	position: number,
	report: (message: string) => void,
): Question | undefined {
	if (!isPlainTable(raw)) {
		report(`${owner}, question #${position}: expected a question (a table), got ${describeValue(raw)}`);
		return undefined;
	}
	const id = COMMON_FIELDS.id.check(raw.id) ? `"${raw.id}"` : `#${position}`;
	const where = `${owner}, question ${id}`;
	const say = (message: string) => report(`${where}, ${message}`);
	const kind = raw.type as QuestionType;
	if (!QUESTION_TYPES.includes(kind)) {
		// without a type the other fields cannot be told from typos: check only the common ones
		const common: Record<string, unknown> = {};
		for (const [name] of pairs(COMMON_FIELDS)) common[name] = raw[name as string];
		checkFields(common, COMMON_FIELDS, say);
		return undefined;
	}
	const fields: Record<string, ContentFields[string]> = {};
	for (const [name, field] of pairs(COMMON_FIELDS)) fields[name as string] = field;
	for (const [name, field] of pairs(TYPE_FIELDS[kind])) fields[name as string] = field;
	if (!checkFields(raw, fields, say)) return undefined;
	let keyOk = true;
	checkAnswerKey(raw, kind, (message) => {
		keyOk = false;
		say(message);
	});
	return keyOk ? build(raw, kind) : undefined;
}
