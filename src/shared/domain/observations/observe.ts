import { BuiltInMetric } from "shared/catalog/metric-names";
import { ActivityDefinition, ActivityType, Catalog } from "shared/catalog/types";
import { Effect } from "shared/domain/effects";
import { GameEvent } from "shared/domain/events";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { BuiltInObservation, Observation } from "./observation";

const TYPE_METRICS: Record<ActivityType, BuiltInMetric> = {
	lesson: "lessons_completed",
	quiz: "quizzes_completed",
	practice: "practices_completed",
	review: "reviews_completed",
	project: "projects_completed",
	help: "helps_given",
};

function activityObservations(
	activity: ActivityDefinition,
	event: Extract<GameEvent, { kind: "activity" }>,
): BuiltInObservation[] {
	const out = new Array<BuiltInObservation>();
	const performance = event.performance;
	const base = { subject: event.subject, difficulty: event.difficulty };
	out.push({ ...base, metric: "activities_completed", value: 1, key: activity.id, perfect: performance.perfect });
	out.push({
		...base,
		metric: TYPE_METRICS[activity.type],
		value: 1,
		key: activity.id,
		perfect: performance.perfect,
	});
	out.push({ ...base, metric: "activity_types", value: 1, key: activity.type });
	out.push({ ...base, metric: "perfect_activities", value: 1, key: activity.id, perfect: performance.perfect });
	if (activity.type === "quiz" && performance.perfect) out.push({ ...base, metric: "quizzes_perfect", value: 1 });
	if (event.subject !== undefined) out.push({ ...base, metric: "subjects_studied", value: 1, key: event.subject });
	const accuracy = performance.accuracy ?? (performance.perfect ? 1 : undefined);
	if (accuracy !== undefined) out.push({ ...base, metric: "accuracy", value: accuracy });
	out.push({ ...base, metric: "study_minutes", value: math.floor(performance.time / 60) });
	return out;
}

/** What the event itself says, beyond its effects: the activity done, the metric reported, the login. */
export function observeEvent(event: GameEvent, profile: PlayerProfile, catalog: Catalog): Observation[] {
	switch (event.kind) {
		case "activity": {
			const activity = catalog.activities.get(event.activity);
			return activity !== undefined ? activityObservations(activity, event) : [];
		}
		case "metric":
			// an "add" metric reports how much was added, a "set" metric the new value (use threshold for those)
			return [{ metric: event.metric, value: event.value }];
		case "join": {
			const login: BuiltInObservation = { metric: "login_days", value: profile.stats.login_days };
			return [login];
		}
	}
	return [];
}

/** What an effect means to achievements (XP gained, a level reached, coins paid, a badge won, ...). */
export function observeEffect(effect: Effect): BuiltInObservation | undefined {
	switch (effect.kind) {
		case "xp_gained":
			return { metric: "xp_earned", value: effect.amount, key: effect.source };
		case "level_up":
			return { metric: "level", value: effect.to };
		case "currency_changed":
			if (effect.currency !== "coins") return undefined;
			return effect.delta > 0
				? { metric: "coins_earned", value: effect.delta }
				: { metric: "coins_spent", value: -effect.delta, key: effect.reason };
		case "streak_changed":
			return effect.current > 0 ? { metric: "study_streak", value: effect.current } : undefined;
		case "prestige":
			return { metric: "prestige", value: effect.prestige_level };
		case "item_used":
			return { metric: "items_used", value: 1, key: effect.item_id };
		case "reward_granted":
			return effect.reason === "purchase" ? { metric: "purchases", value: 1, key: effect.reward_id } : undefined;
		case "achievement_earned":
			return { metric: "achievements_earned", value: 1, key: effect.achievement_id };
		case "badge_awarded":
			return { metric: "badges_earned", value: 1, key: effect.badge_id };
		case "badge_gifted":
			return { metric: "badges_gifted", value: 1, key: effect.to_user_id };
	}
	return undefined;
}

/** total_xp and achievement_points are read from the profile once the effect has applied. */
export function observeTotals(effect: Effect, profile: PlayerProfile): BuiltInObservation | undefined {
	if (effect.kind === "xp_gained") return { metric: "total_xp", value: profile.experience.total_xp };
	if (effect.kind === "achievement_earned") {
		return { metric: "achievement_points", value: profile.achievements.total_points };
	}
	return undefined;
}
