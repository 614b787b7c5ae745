import { listShape } from "shared/util/list-shape";
import { check, checkFields, ContentFields, describeValue, isPlainTable } from "./fields";
import { readQuestion } from "./read-question";
import { isSubjectId, SUBJECT_IDS, SUBJECTS } from "./subjects";
import { Content, ContentRead, Difficulty, GradeBand, Lesson, Question, QuestionSet, SubjectId } from "./types";

export const GRADE_BANDS: readonly GradeBand[] = ["K-2", "3-5", "6-8", "9-12"];
/** The catalog activities a question set may count as (a lesson always counts as "lesson"). */
export const SET_ACTIVITIES: readonly string[] = ["quiz", "practice", "flashcards"];
export const PACK_LIMITS = { sets: 1000, lessons: 1000, setQuestions: 50, lessonQuestions: 10, pages: 10, page: 600 };

const QUESTION_ID = check.id();

const HEADER: ContentFields = {
	id: check.id(),
	title: check.text(100),
	subject: check.oneOf(SUBJECT_IDS),
	grade_band: check.oneOf(GRADE_BANDS),
	difficulty: check.oneOf([1, 2, 3]),
	questions: check.any(),
};

const SET_FIELDS: ContentFields = {
	...HEADER,
	activity: check.oneOf(SET_ACTIVITIES, true),
	generated: check.boolean(true),
};

const LESSON_FIELDS: ContentFields = {
	...HEADER,
	pages: check.listOf(check.text(PACK_LIMITS.page), 1, PACK_LIMITS.pages),
};

/** Reads the questions of one set or lesson; undefined when any is wrong (all reported). */
function readQuestions(
	raw: unknown,
	owner: string,
	max: number,
	report: (message: string) => void,
): Question[] | undefined {
	const shape = listShape(raw, max);
	if (shape.kind !== "list" || shape.size === 0) {
		const got =
			shape.kind === "too long" ? `more than ${max}` : shape.kind === "list" ? "none" : describeValue(raw);
		report(`${owner}, field "questions": expected a list of 1 to ${max} questions, got ${got}`);
		return undefined;
	}
	const questions: Question[] = [];
	const positions = new Map<string, number>();
	let ok = true;
	(raw as defined[]).forEach((entry, index) => {
		// a repeated id is found even among questions that are wrong in other ways
		const id = isPlainTable(entry) && QUESTION_ID.check(entry.id) ? (entry.id as string) : undefined;
		const earlier = id !== undefined ? positions.get(id) : undefined;
		if (id !== undefined && earlier !== undefined) {
			report(`${owner}, question "${id}", field "id": duplicate question id (question #${earlier} has it too)`);
			ok = false;
		} else if (id !== undefined) {
			positions.set(id, index + 1);
		}
		const question = readQuestion(entry, owner, index + 1, report);
		if (question === undefined) ok = false;
		else questions.push(question);
	});
	return ok ? questions : undefined;
}

type Entry = { kind: "set"; value: QuestionSet } | { kind: "lesson"; value: Lesson };

function readEntry(raw: unknown, kind: "set" | "lesson", position: number, report: (message: string) => void) {
	if (!isPlainTable(raw)) {
		report(`${kind} #${position}: expected a ${kind} (a table), got ${describeValue(raw)}`);
		return undefined;
	}
	const owner = HEADER.id.check(raw.id) ? `${kind} "${raw.id}"` : `${kind} #${position}`;
	const fieldsOk = checkFields(raw, kind === "set" ? SET_FIELDS : LESSON_FIELDS, (message) =>
		report(`${owner}, ${message}`),
	);
	const max = kind === "set" ? PACK_LIMITS.setQuestions : PACK_LIMITS.lessonQuestions;
	const questions = readQuestions(raw.questions, owner, max, report);
	if (!fieldsOk || questions === undefined) return undefined;
	const header = {
		id: raw.id as string,
		title: raw.title as string,
		subject: raw.subject as SubjectId,
		grade_band: raw.grade_band as GradeBand,
		difficulty: raw.difficulty as Difficulty,
		questions,
	};
	if (kind === "lesson") return { kind, value: { ...header, pages: [...(raw.pages as string[])] } } as Entry;
	const set: QuestionSet = {
		...header,
		activity: (raw.activity as string | undefined) ?? "quiz",
		generated: raw.generated === true ? true : undefined,
	};
	return { kind, value: set } as Entry;
}

function bySubject<T extends { subject: SubjectId }>(entries: readonly T[]): ReadonlyMap<SubjectId, readonly T[]> {
	const result = new Map<SubjectId, T[]>();
	for (const id of SUBJECT_IDS) result.set(id, []);
	for (const entry of entries) result.get(entry.subject)!.push(entry);
	return result;
}

function makeContent(sets: readonly QuestionSet[], lessons: readonly Lesson[]): Content {
	const setsBySubject = bySubject(sets);
	const lessonsBySubject = bySubject(lessons);
	return {
		subjects: SUBJECTS,
		sets: new Map(sets.map((set): [string, QuestionSet] => [set.id, set])),
		lessons: new Map(lessons.map((lesson): [string, Lesson] => [lesson.id, lesson])),
		setsOf(subject) {
			return isSubjectId(subject) ? setsBySubject.get(subject)! : [];
		},
		lessonsOf(subject) {
			return isSubjectId(subject) ? lessonsBySubject.get(subject)! : [];
		},
	};
}

/**
 * Reads a content pack `{ sets: [...], lessons: [...] }`. Never throws: every problem of every
 * entry is listed, each naming its set or lesson, question and field.
 */
export function readContentPack(raw: unknown): ContentRead {
	const errors: string[] = [];
	const report = (message: string) => errors.push(message);
	if (!isPlainTable(raw))
		return { ok: false, errors: [`pack: expected { sets, lessons }, got ${describeValue(raw)}`] };
	for (const [key] of pairs(raw)) {
		if (key !== "sets" && key !== "lessons") report(`pack, field ${describeValue(key)}: unknown field`);
	}
	const sets: QuestionSet[] = [];
	const lessons: Lesson[] = [];
	const owners = new Map<string, string>();
	for (const kind of ["set", "lesson"] as const) {
		const field = kind === "set" ? "sets" : "lessons";
		const list = raw[field];
		if (list === undefined) continue;
		const max = kind === "set" ? PACK_LIMITS.sets : PACK_LIMITS.lessons;
		const shape = listShape(list, max);
		if (shape.kind !== "list") {
			const got = shape.kind === "too long" ? `more than ${max}` : describeValue(list);
			report(`pack, field "${field}": expected a list of at most ${max} ${field}, got ${got}`);
			continue;
		}
		(list as defined[]).forEach((item, index) => {
			const entry = readEntry(item, kind, index + 1, report);
			if (entry === undefined) return;
			const id = entry.value.id;
			const earlier = owners.get(id);
			if (earlier !== undefined) {
				report(`${kind} "${id}", field "id": duplicate id (${earlier} has it too)`);
				return;
			}
			owners.set(id, `${kind} #${index + 1}`);
			if (entry.kind === "set") sets.push(entry.value);
			else lessons.push(entry.value);
		});
	}
	if (errors.size() > 0) return { ok: false, errors };
	return { ok: true, content: makeContent(sets, lessons) };
}
