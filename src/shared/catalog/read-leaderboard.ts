import { BuiltInMetric, isKnownMetric } from "./metric-names";
import { fail, readFields } from "./fields";
import { LEADERBOARD_FIELDS } from "./leaderboard-schema";
import { Aggregation, LeaderboardDefinition, LeaderboardType } from "./types";

/** What each type of board scores when it names no metric of its own. */
const TYPE_DEFAULTS: Record<LeaderboardType, { metric: BuiltInMetric; aggregation: Aggregation } | undefined> = {
	points: { metric: "xp_earned", aggregation: "sum" },
	level: { metric: "level", aggregation: "latest" },
	achievement: { metric: "achievement_points", aggregation: "latest" },
	time: { metric: "study_minutes", aggregation: "sum" },
	accuracy: { metric: "accuracy", aggregation: "average" },
	streak: { metric: "study_streak", aggregation: "max" },
	collection: { metric: "badges_earned", aggregation: "sum" },
	composite: undefined,
};

/** Reads one leaderboard, filling the metric and aggregation its type implies, and checks it can work. */
export function readLeaderboard(
	raw: unknown,
	path: string,
	catalogMetrics: ReadonlySet<string>,
): LeaderboardDefinition {
	const board = readFields(raw, LEADERBOARD_FIELDS, path) as unknown as LeaderboardDefinition;
	const configuration = board.configuration as { metric: string; type: LeaderboardType };
	const calculation = board.configuration.calculation as { aggregation?: Aggregation };
	const defaults = TYPE_DEFAULTS[configuration.type];
	if (defaults !== undefined) {
		if (configuration.metric === "") configuration.metric = defaults.metric;
		calculation.aggregation ??= defaults.aggregation;
		if (!isKnownMetric(configuration.metric, catalogMetrics))
			fail(`${path}.configuration.metric: unknown metric "${configuration.metric}"`);
	} else {
		calculation.aggregation ??= "sum";
		const weights = board.configuration.calculation.weights;
		if (weights.size() === 0) fail(`${path}.configuration.calculation.weights: a composite board needs weights`);
		weights.forEach((weight, index) => {
			if (!isKnownMetric(weight.metric, catalogMetrics)) {
				fail(`${path}.configuration.calculation.weights[${index}].metric: unknown metric "${weight.metric}"`);
			}
		});
	}
	const tie = board.configuration.calculation.tie_breaker;
	if (tie !== "earliest" && tie !== "latest" && !isKnownMetric(tie, catalogMetrics)) {
		fail(`${path}.configuration.calculation.tie_breaker: "${tie}" is not "earliest", "latest" or a metric`);
	}
	const season = board.seasons.current_season;
	if (board.configuration.period === "seasonal" && (season.id === "" || season.ends_at <= season.started_at)) {
		fail(
			`${path}.seasons.current_season: a seasonal board needs a season with an id, started_at and a later ends_at`,
		);
	}
	board.rewards.distribution.forEach((tier, index) => {
		const ranks = tier.rank_range;
		const share = tier.percentage_range;
		const byRank = ranks.min > 0 || ranks.max > 0;
		const byShare = share.min > 0 || share.max > 0;
		if (byRank === byShare) {
			fail(`${path}.rewards.distribution[${index}]: give either a rank_range or a percentage_range`);
		}
		if (byRank && (ranks.min < 1 || ranks.max < ranks.min)) {
			fail(`${path}.rewards.distribution[${index}].rank_range: min from 1, max at least min`);
		}
		if (byShare && share.max < share.min)
			fail(`${path}.rewards.distribution[${index}].percentage_range: max below min`);
	});
	return board;
}
