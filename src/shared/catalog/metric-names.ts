/**
 * The metrics the game reports itself, and what each observation of them means; the catalog's
 * `metrics` section adds its own. They are listed here, in the catalog, because the catalog checks
 * at load that every condition, objective and board names a metric that exists; the domain's
 * observations are what produce them.
 */
export const BUILT_IN_METRICS = {
	activities_completed: "1 per completed activity; key: the activity id",
	lessons_completed: "1 per lesson-type activity; key: the activity id",
	quizzes_completed: "1 per quiz-type activity; key: the activity id",
	quizzes_perfect: "1 per perfect quiz",
	practices_completed: "1 per practice-type activity",
	reviews_completed: "1 per review-type activity",
	projects_completed: "1 per project-type activity",
	helps_given: "1 per helping activity, or the value of a helps_given metric event",
	perfect_activities: "1 per activity, with perfect true or false (for perfect requirements)",
	subjects_studied: "1 per activity with a subject; key: the subject",
	activity_types: "1 per activity; key: its type (lesson, quiz, practice, help, project, review)",
	accuracy: "the activity's accuracy, 0..1",
	study_minutes: "minutes the activity took",
	xp_earned: "XP gained, from any source",
	level: "the level after a level-up",
	total_xp: "total_xp after a gain",
	study_streak: "the study streak after it grows",
	login_days: "login_days after a join that counts",
	coins_earned: "coins gained",
	coins_spent: "coins paid",
	purchases: "1 per purchase; key: the reward id",
	items_used: "1 per item used; key: the item id",
	prestige: "the prestige level after a prestige",
	achievements_earned: "1 per achievement earned; key: its id",
	achievement_points: "total_points after an achievement",
	badges_earned: "1 per badge awarded; key: its id",
	badges_gifted: "1 per badge given to a classmate; key: the classmate's user id",
} as const;

/** The id of a built-in metric. Code that names a metric uses this type, so a misspelt name does not compile. */
export type BuiltInMetric = keyof typeof BUILT_IN_METRICS;

const DESCRIPTIONS: Readonly<Record<string, string>> = BUILT_IN_METRICS;

export function isBuiltInMetric(name: string): name is BuiltInMetric {
	return DESCRIPTIONS[name] !== undefined;
}

/** Whether a definition may name the metric: built in, or one of the catalog's own. */
export function isKnownMetric(name: string, catalogMetrics: ReadonlySet<string>): boolean {
	return isBuiltInMetric(name) || catalogMetrics.has(name);
}

const PERFECT: readonly BuiltInMetric[] = [
	"activities_completed",
	"lessons_completed",
	"quizzes_completed",
	"practices_completed",
	"reviews_completed",
	"projects_completed",
	"perfect_activities",
];

/** Metrics whose observations say whether the result was perfect: the only ones a `perfect` requirement can watch. */
export const PERFECT_METRICS: ReadonlySet<string> = new Set<string>(PERFECT);

const KEYED: readonly BuiltInMetric[] = [
	"activities_completed",
	"lessons_completed",
	"quizzes_completed",
	"perfect_activities",
	"subjects_studied",
	"activity_types",
	"xp_earned",
	"coins_spent",
	"purchases",
	"items_used",
	"achievements_earned",
	"badges_earned",
	"badges_gifted",
];

/** Metrics whose observations carry a key: the only ones `unique` and `collection` requirements can watch. */
export const KEYED_METRICS: ReadonlySet<string> = new Set<string>(KEYED);
