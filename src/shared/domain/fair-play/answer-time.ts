import { FairPlaySettings } from "shared/catalog/types";

/** The part of the fair-play settings that says how fast a question can be read and answered. */
export type ReadingPace = Pick<FairPlaySettings, "min_seconds_per_word" | "min_seconds_per_answer">;

/**
 * The least time (seconds) a student needs to read a question of `words` words and answer it:
 * min_seconds_per_answer + words x min_seconds_per_word. The server counts the answers given
 * faster than this and sends them as an activity's `performance.rushed_answers`.
 */
export function plausibleAnswerTime(words: number, settings: ReadingPace): number {
	if (typeIs(words, "number") === false || words !== words || words < 0) {
		error(`plausibleAnswerTime: expected a number of words >= 0, got ${tostring(words)}`);
	}
	const counted = math.min(words, 1e6);
	return settings.min_seconds_per_answer + counted * settings.min_seconds_per_word;
}
