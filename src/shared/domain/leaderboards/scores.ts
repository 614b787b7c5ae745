import { Aggregation, LeaderboardDefinition } from "shared/catalog/types";
import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { Observation } from "shared/domain/observations/observation";
import { LeaderboardScore, MetricAggregate, PlayerProfile } from "shared/domain/profile/player-profile";
import { MAX_EXACT_SCORE } from "shared/domain/profile/profile-schema";
import { clampFinite, saturatingAdd, saturatingSum } from "shared/domain/numbers";
import { boardWatchers } from "./board-index";
import { periodKey } from "./periods";

/** Scores keep two decimals; the stored integer is score x 100. */
export const SCORE_SCALE = 100;
/** The tie-breaker takes the low 21 bits of the stored integer. */
export const TIE_RANGE = 2097152;
/** Scores up to this stay exact in an OrderedDataStore integer (defined with the profile's ranges). */
export { MAX_EXACT_SCORE };
/** Tie-breaking times count quarter-hours from 2026-01-01 UTC (about 60 years fit). */
const TIE_EPOCH = 1767225600;
const TIE_STEP = 900;

export function scoreKey(boardId: string, period: string): string {
	return `${boardId}|${period}`;
}

export function metricKey(boardId: string, period: string, metric: string): string {
	return `${boardId}|${period}|${metric}`;
}

function valueOf(aggregate: MetricAggregate | undefined, aggregation: Aggregation): number {
	if (aggregate === undefined) return 0;
	switch (aggregation) {
		case "sum":
			return aggregate.sum;
		case "average":
			return aggregate.count > 0 ? aggregate.sum / aggregate.count : 0;
		case "max":
			return aggregate.max;
		case "latest":
			return aggregate.latest;
	}
}

/** The score: the board metric's aggregate, or a composite's weighted sum of its metrics', to two decimals. */
export function computeScore(board: LeaderboardDefinition, profile: PlayerProfile, period: string): number {
	const configuration = board.configuration;
	const aggregation = configuration.calculation.aggregation;
	const metrics = profile.leaderboard_metrics;
	let score = 0;
	if (configuration.type === "composite") {
		for (const weight of configuration.calculation.weights) {
			score = saturatingSum(
				score,
				weight.weight * valueOf(metrics[metricKey(board.id, period, weight.metric)], aggregation),
			);
		}
	} else {
		score = valueOf(metrics[metricKey(board.id, period, configuration.metric)], aggregation);
	}
	return roundScore(score);
}

/** Two decimals, within the range a board stores exactly: a metric of 1e308 must not make a score of inf. */
function roundScore(score: number): number {
	return clampFinite(math.floor(score * SCORE_SCALE + 1e-6) / SCORE_SCALE, -MAX_EXACT_SCORE, MAX_EXACT_SCORE);
}

/**
 * The integer a board stores and sorts by: the score times 100 in the high bits and the
 * tie-breaker in the low 21, so that OrderedDataStore's order is the board's order. Exact for
 * scores from 0 to MAX_EXACT_SCORE; negative composite scores count as 0.
 */
export function encodeScore(board: LeaderboardDefinition, profile: PlayerProfile, period: string): number {
	const entry = profile.leaderboard_scores[scoreKey(board.id, period)];
	return entry === undefined ? 0 : encodeEntry(board, profile, period, entry);
}

function encodeEntry(board: LeaderboardDefinition, profile: PlayerProfile, period: string, entry: LeaderboardScore) {
	const base = math.clamp(math.floor(entry.score * SCORE_SCALE + 1e-6), 0, math.floor(MAX_EXACT_SCORE * SCORE_SCALE));
	const tie = board.configuration.calculation.tie_breaker;
	const quarter = math.clamp(math.floor((entry.reached_at - TIE_EPOCH) / TIE_STEP), 0, TIE_RANGE - 1);
	let low: number;
	if (tie === "earliest") low = TIE_RANGE - 1 - quarter;
	else if (tie === "latest") low = quarter;
	else {
		const aggregate = profile.leaderboard_metrics[metricKey(board.id, period, tie)];
		low = math.clamp(math.floor(valueOf(aggregate, "latest") * SCORE_SCALE), 0, TIE_RANGE - 1);
	}
	return base * TIE_RANGE + low;
}

/** Forgets a board's earlier periods: a profile keeps only the current one of each board. */
function pruneOtherPeriods(profile: PlayerProfile, boardId: string, period: string) {
	const prefix = `${boardId}|`;
	const current = `${boardId}|${period}`;
	for (const [key] of pairs(profile.leaderboard_scores)) {
		const text = key as string;
		if (text.sub(1, prefix.size()) === prefix && text !== current) delete profile.leaderboard_scores[text];
	}
	for (const [key] of pairs(profile.leaderboard_metrics)) {
		const text = key as string;
		if (text.sub(1, prefix.size()) === prefix && text.sub(1, current.size() + 1) !== `${current}|`) {
			delete profile.leaderboard_metrics[text];
		}
	}
}

/** A board's current period at one time, with the profile keys an observation writes under. */
interface CurrentPeriod {
	readonly period: string;
	readonly scoreId: string;
	/** metricKey of the period, by metric, made on first use. */
	readonly metricIds: Map<string, string>;
}

/** The time `periodsAtTime` holds, and each board's current period then (false: outside a season). */
let periodsTime = -1;
const periodsAtTime = new Map<LeaderboardDefinition, CurrentPeriod | false>();

/**
 * A board's period at `now`, worked out once per board and time: every observation of an event
 * asks again for each board it moves, at the event's one time. Only the latest time is kept.
 */
function currentPeriod(board: LeaderboardDefinition, now: number): CurrentPeriod | undefined {
	if (now !== periodsTime) {
		periodsTime = now;
		periodsAtTime.clear();
	}
	let current = periodsAtTime.get(board);
	if (current === undefined) {
		const period = periodKey(board, now);
		current = period === undefined ? false : { period, scoreId: scoreKey(board.id, period), metricIds: new Map() };
		periodsAtTime.set(board, current);
	}
	return current === false ? undefined : current;
}

function metricIdOf(board: LeaderboardDefinition, current: CurrentPeriod, metric: string): string {
	let id = current.metricIds.get(metric);
	if (id === undefined) {
		id = metricKey(board.id, current.period, metric);
		current.metricIds.set(metric, id);
	}
	return id;
}

/** Adds an observation to the player's current period of every active board it moves. */
export function trackLeaderboards(
	profile: PlayerProfile,
	observation: Observation,
	ctx: DomainContext,
	effects: Effect[],
) {
	const boards = boardWatchers(ctx.catalog).get(observation.metric);
	if (boards === undefined) return;
	for (const board of boards) {
		const current = currentPeriod(board, ctx.now);
		if (current === undefined) continue;
		const period = current.period;
		const scoreId = current.scoreId;
		// the first observation of a period is when the board's earlier periods can go
		if (profile.leaderboard_scores[scoreId] === undefined) pruneOtherPeriods(profile, board.id, period);
		const key = metricIdOf(board, current, observation.metric);
		const aggregate = profile.leaderboard_metrics[key] ?? { sum: 0, count: 0, max: 0, latest: 0 };
		aggregate.sum = saturatingSum(aggregate.sum, observation.value);
		aggregate.count = saturatingAdd(aggregate.count, 1);
		aggregate.max = aggregate.count === 1 ? observation.value : math.max(aggregate.max, observation.value);
		aggregate.latest = observation.value;
		profile.leaderboard_metrics[key] = aggregate;
		const before = profile.leaderboard_scores[scoreId];
		const configuration = board.configuration;
		// a board of one metric scores the aggregate in hand; a composite weighs all of its metrics
		const score =
			configuration.type !== "composite" && configuration.metric === observation.metric
				? roundScore(valueOf(aggregate, configuration.calculation.aggregation))
				: computeScore(board, profile, period);
		if (
			before !== undefined &&
			before.score === score &&
			observation.metric !== configuration.calculation.tie_breaker
		) {
			continue;
		}
		const entry = {
			score,
			reached_at: before !== undefined && before.score === score ? before.reached_at : ctx.now,
		};
		profile.leaderboard_scores[scoreId] = entry;
		effects.push({
			kind: "score_changed",
			leaderboard_id: board.id,
			period,
			score,
			encoded: encodeEntry(board, profile, period, entry),
		});
	}
}

/**
 * Says again the player's current score on every public board, as `score_changed`: after their
 * privacy changed, so the hosts (which write or remove a player's entry when a score changes, by
 * mayAppear) take them off the public boards, or put them back, without waiting for the next score.
 */
export function announcePublicScores(profile: PlayerProfile, ctx: DomainContext, effects: Effect[]) {
	for (const [, board] of ctx.catalog.leaderboards) {
		if (board.visibility !== "public") continue;
		const period = periodKey(board, ctx.now);
		if (period === undefined) continue;
		const held = profile.leaderboard_scores[scoreKey(board.id, period)];
		if (held === undefined) continue;
		effects.push({
			kind: "score_changed",
			leaderboard_id: board.id,
			period,
			score: held.score,
			encoded: encodeScore(board, profile, period),
		});
	}
}
