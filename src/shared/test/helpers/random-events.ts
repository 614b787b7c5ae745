import { GameEvent } from "shared/domain/events";
import { Rng } from "shared/domain/rng";

export const ACTIVITIES = [
	"lesson",
	"reading",
	"quiz",
	"practice",
	"flashcards",
	"help_classmate",
	"project",
	"unit_test",
];
export const SUBJECTS = ["math", "science", "history", "language"];
const DIFFICULTIES = ["easy", "medium", "hard"];

/** A student's activity for benchmarks: any default activity, subject and difficulty, a plausible result. */
export function randomActivity(rng: Rng): GameEvent {
	return {
		kind: "activity",
		activity: ACTIVITIES[rng.integer(0, ACTIVITIES.size() - 1)],
		subject: SUBJECTS[rng.integer(0, SUBJECTS.size() - 1)],
		difficulty: DIFFICULTIES[rng.integer(0, DIFFICULTIES.size() - 1)],
		performance: {
			perfect: rng.chance(0.3),
			time: rng.integer(60, 1200),
			expected_time: 600,
			first_try: rng.chance(0.6),
			accuracy: rng.integer(40, 100) / 100,
		},
	};
}
