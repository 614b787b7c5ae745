import { Content, Lesson, Shuffler, SubjectId } from "shared/content";

/**
 * A lesson of the subject at the difficulty nearest the target, preferring one not taken today
 * (`avoid`), a random one among equals.
 */
export function pickLesson(
	content: Content,
	subject: SubjectId,
	difficulty: 1 | 2 | 3,
	rng: Shuffler,
	avoid: ReadonlySet<string>,
): Lesson | undefined {
	const lessons = content.lessonsOf(subject);
	if (lessons.size() === 0) return undefined;
	const fresh = lessons.filter((lesson) => !avoid.has(lesson.id));
	const pool = fresh.size() > 0 ? fresh : lessons;
	let best = math.huge;
	for (const lesson of pool) best = math.min(best, math.abs(lesson.difficulty - difficulty));
	const nearest = pool.filter((lesson) => math.abs(lesson.difficulty - difficulty) === best);
	return nearest[rng.NextInteger(0, nearest.size() - 1)];
}
