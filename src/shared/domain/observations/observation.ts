import { BuiltInMetric } from "shared/catalog/metric-names";

/**
 * Observations: what achievements, quests and leaderboards see of the game. Every event turns into
 * a few observations of named metrics (one lesson completed, the level is now 7, ...); an
 * achievement's conditions, a quest's objectives and a board's score name the metrics they watch.
 * They have their own folder, below those three, because all three read them. The built-in
 * metrics are listed, with their meaning, in catalog/metric-names.ts.
 */
export interface Observation {
	readonly metric: string;
	/** How much (counters) or the new value (thresholds). */
	readonly value: number;
	/** What was observed, for `unique` and `collection` requirements (an activity id, a subject, ...). */
	readonly key?: string;
	readonly subject?: string;
	readonly difficulty?: string;
	/** For `perfect` requirements: whether the activity was perfect. */
	readonly perfect?: boolean;
}

/** An observation the game makes itself (of an activity, an effect, a login): its metric is a built-in one. */
export interface BuiltInObservation extends Observation {
	readonly metric: BuiltInMetric;
}
