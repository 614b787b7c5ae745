import { Content, Difficulty, QuestionSet, Shuffler, SubjectId } from "./types";

/** Accuracy from which a student is served medium sets. */
export const MEDIUM_FROM = 0.6;
/** Accuracy from which a student is served hard sets. */
export const HARD_FROM = 0.85;

/** Difficulty to serve next: 1 below 0.6 accuracy (or no history, or not a number), 2 from 0.6, 3 from 0.85. */
export function targetDifficulty(accuracy: number | undefined): Difficulty {
	if (!typeIs(accuracy, "number") || accuracy !== accuracy) return 1;
	if (accuracy >= HARD_FROM) return 3;
	if (accuracy >= MEDIUM_FROM) return 2;
	return 1;
}

/**
 * A set of the subject at the difficulty closest to `difficulty`; among the closest, one not in
 * `avoid` (say, the sets done today) when there is one; ties drawn with `rng`. Closeness comes
 * first: a student who has done every easy set repeats one rather than jump to a hard set.
 */
export function pickSet(
	content: Content,
	subject: SubjectId,
	difficulty: Difficulty,
	rng: Shuffler,
	avoid?: ReadonlySet<string>,
): QuestionSet | undefined {
	let best: QuestionSet[] = [];
	let bestScore = math.huge;
	for (const set of content.setsOf(subject)) {
		// distance in whole steps; avoided adds half a step, less than one step of difficulty
		const score = math.abs(set.difficulty - difficulty) + (avoid?.has(set.id) ? 0.5 : 0);
		if (score < bestScore) {
			bestScore = score;
			best = [set];
		} else if (score === bestScore) {
			best.push(set);
		}
	}
	if (best.size() === 0) return undefined;
	return best[rng.NextInteger(0, best.size() - 1)];
}
