import { Effect } from "shared/domain/effects";
import { ActivityPerformance } from "shared/domain/events";
import { catalogWith, PLAIN_PERFORMANCE, TestStudent } from "./domain";

/** A student in a game whose only achievements are these. */
export function studentWith(...achievements: defined[]) {
	return new TestStudent(catalogWith({ achievements }));
}

/** An achievement definition with only what a spec cares about; the catalog fills in the rest. */
export function achievement(id: string, requirements: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	return { id, name: id, requirements, ...extra };
}

/** One condition: `metric op value`, with optional context filters. */
export function when(metric: string, value: unknown, operator = ">=", context?: Record<string, string>) {
	return context === undefined ? { metric, operator, value } : { metric, operator, value, context };
}

export function earned(effects: Effect[], achievementId: string): boolean {
	return effects.some((effect) => effect.kind === "achievement_earned" && effect.achievement_id === achievementId);
}

export function awarded(effects: Effect[], badgeId: string): boolean {
	return effects.some((effect) => effect.kind === "badge_awarded" && effect.badge_id === badgeId);
}

/** An activity with a subject and difficulty, as a scenario would send it. */
export function study(
	student: TestStudent,
	activity: string,
	subject?: string,
	performance: ActivityPerformance = PLAIN_PERFORMANCE,
	difficulty?: string,
): Effect[] {
	return student.act({ kind: "activity", activity, subject, difficulty, performance });
}
