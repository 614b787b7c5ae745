import { Subject, SubjectId } from "./types";

/** Fixed: the world's stations are built for these ids. */
export const SUBJECT_IDS: readonly SubjectId[] = ["math", "science", "reading", "history", "geography", "computing"];

const NAMES: { readonly [id in SubjectId]: string } = {
	math: "Math",
	science: "Science",
	reading: "Reading",
	history: "History",
	geography: "Geography",
	computing: "Computing",
};

export const SUBJECTS: ReadonlyMap<SubjectId, Subject> = new Map(
	SUBJECT_IDS.map((id): [SubjectId, Subject] => [id, { id, name: NAMES[id] }]),
);

export function isSubjectId(value: unknown): value is SubjectId {
	return typeIs(value, "string") && NAMES[value as SubjectId] !== undefined;
}
