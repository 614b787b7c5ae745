import { ActivityDefinition } from "shared/catalog/types";
import { Effect } from "shared/domain/effects";
import { ActivityPerformance } from "shared/domain/events";
import { saturatingAdd, utcDay } from "shared/domain/numbers";
import { PlayerProfile } from "shared/domain/profile/player-profile";

/** Accuracy is the plain mean over a student's first activities, then leans to the recent ones. */
const ACCURACY_WINDOW = 20;
/** Activities a student needs before mastery can reach its full value. */
const MASTERY_VOLUME = 50;

/**
 * The study streak counts consecutive UTC calendar days with at least one activity. A day with
 * none breaks it: the next activity starts again at 1, and until then `current` reads 0.
 */
export function recordStudyDay(profile: PlayerProfile, now: number, effects: Effect[]) {
	const streak = profile.stats.study_streak;
	const today = utcDay(now);
	const lastDay = streak.last_active > 0 ? utcDay(streak.last_active) : undefined;
	const before = streak.current;
	if (lastDay === today && streak.current > 0) {
		// already counted today
	} else if (lastDay === today - 1) {
		streak.current += 1;
	} else {
		streak.current = 1;
	}
	streak.last_active = now;
	streak.best = math.max(streak.best, streak.current);
	if (streak.current !== before) effects.push({ kind: "streak_changed", current: streak.current, best: streak.best });
}

/** Shows a broken streak as 0 once a whole UTC day has passed without an activity. */
export function checkStreak(profile: PlayerProfile, now: number, effects: Effect[]) {
	const streak = profile.stats.study_streak;
	if (streak.current > 0 && streak.last_active > 0 && utcDay(now) > utcDay(streak.last_active) + 1) {
		streak.current = 0;
		effects.push({ kind: "streak_changed", current: 0, best: streak.best });
	}
}

/** A login day is counted on the first join of each UTC day. */
export function recordLogin(profile: PlayerProfile, now: number) {
	if (profile.last_active === 0 || utcDay(profile.last_active) < utcDay(now)) {
		profile.stats.login_days += 1;
	}
}

/**
 * A subject's accuracy, smoothed like stats.accuracy_rate: the plain mean over the subject's first
 * ACCURACY_WINDOW activities, then leaning to the recent ones. Called after the subject's activity
 * was counted in subject_activities; a subject with no accuracy yet (a profile from before schema 6)
 * starts from this one.
 */
function recordSubjectAccuracy(profile: PlayerProfile, subject: string, accuracy: number) {
	const previous = profile.subject_accuracy[subject];
	const count = math.max(1, profile.subject_activities[subject] ?? 1);
	profile.subject_accuracy[subject] =
		previous === undefined ? accuracy : previous + (accuracy - previous) / math.min(count, ACCURACY_WINDOW);
}

/**
 * The statistics one completed activity moves: counts, study time (minutes), and
 * accuracy_rate (0..1), improvement_rate (the smoothed change in accuracy per activity) and
 * mastery_score (0..100: accuracy weighted by how much the student has practised), and the
 * subject's own accuracy (subject_accuracy) when the activity has a subject.
 */
export function recordActivity(
	profile: PlayerProfile,
	activity: ActivityDefinition,
	performance: ActivityPerformance,
	subject?: string,
) {
	const stats = profile.stats;
	if (subject !== undefined) {
		profile.subject_activities[subject] = saturatingAdd(profile.subject_activities[subject] ?? 0, 1);
	}
	stats.activities_completed = saturatingAdd(stats.activities_completed, 1);
	if (activity.type === "lesson") stats.lessons_completed += 1;
	if (activity.type === "quiz" && performance.perfect) stats.quizzes_perfect += 1;
	if (activity.type === "help") stats.helps_given += 1;
	stats.total_study_time = saturatingAdd(stats.total_study_time, math.floor(performance.time / 60));
	const accuracy = performance.accuracy ?? (performance.perfect ? 1 : undefined);
	if (accuracy !== undefined && subject !== undefined) recordSubjectAccuracy(profile, subject, accuracy);
	if (accuracy !== undefined) {
		const weight = 1 / math.min(stats.activities_completed, ACCURACY_WINDOW);
		const previous = stats.accuracy_rate;
		stats.accuracy_rate = stats.activities_completed === 1 ? accuracy : previous + (accuracy - previous) * weight;
		const change = stats.accuracy_rate - previous;
		stats.improvement_rate =
			stats.activities_completed === 1 ? 0 : stats.improvement_rate + (change - stats.improvement_rate) * weight;
	}
	const volume = math.min(1, stats.activities_completed / MASTERY_VOLUME);
	stats.mastery_score = math.floor(stats.accuracy_rate * volume * 10000) / 100;
}
