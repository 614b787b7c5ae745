import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { MetricAggregate, PlayerProfile } from "shared/domain/profile/player-profile";
import { boardWatchers } from "./board-index";
import { periodKey } from "./periods";
import { computeScore, encodeScore, metricKey, scoreKey } from "./scores";

/**
 * What a teacher's revoke does to the leaderboards: the player's counters in each board's current
 * period are brought back in line with what they now hold, and every score that moved is said
 * again (`score_changed`), so hosts write it. Only current periods change: an ended period was
 * closed, archived and its prizes given, and what it counted stands. A period the player has no
 * counter in yet is left alone (nothing of the revoked amount was counted there).
 */

/** The player's aggregate of `metric` in the current period of every active board it moves. */
function eachCurrentAggregate(
	profile: PlayerProfile,
	metric: string,
	ctx: DomainContext,
	change: (aggregate: MetricAggregate) => void,
	effects: Effect[],
) {
	for (const board of boardWatchers(ctx.catalog).get(metric) ?? []) {
		const period = periodKey(board, ctx.now);
		if (period === undefined) continue;
		const aggregate = profile.leaderboard_metrics[metricKey(board.id, period, metric)];
		if (aggregate === undefined) continue;
		change(aggregate);
		const scoreId = scoreKey(board.id, period);
		const before = profile.leaderboard_scores[scoreId];
		const score = computeScore(board, profile, period);
		if (before !== undefined && before.score === score) continue;
		profile.leaderboard_scores[scoreId] = { score, reached_at: ctx.now };
		effects.push({
			kind: "score_changed",
			leaderboard_id: board.id,
			period,
			score,
			encoded: encodeScore(board, profile, period),
		});
	}
}

/**
 * Takes `amount` off a counted metric (xp_earned, coins_earned, badges_earned: each observation adds
 * what was gained): the period's sum goes down by it, never below 0. The count of gains, the largest
 * gain and the latest one are left as they were: those gains happened.
 */
export function withdrawFromBoards(
	profile: PlayerProfile,
	metric: string,
	amount: number,
	ctx: DomainContext,
	effects: Effect[],
) {
	if (amount <= 0) return;
	eachCurrentAggregate(
		profile,
		metric,
		ctx,
		(aggregate) => (aggregate.sum = math.max(0, aggregate.sum - amount)),
		effects,
	);
}

/**
 * Says a state metric's new, lower value (total_xp, level: each observation is where the player
 * stands): it becomes the latest, and the period's highest is held to it, since what was taken back
 * was never the player's to reach.
 */
export function restateOnBoards(
	profile: PlayerProfile,
	metric: string,
	value: number,
	ctx: DomainContext,
	effects: Effect[],
) {
	eachCurrentAggregate(
		profile,
		metric,
		ctx,
		(aggregate) => {
			aggregate.latest = value;
			aggregate.max = math.min(aggregate.max, value);
		},
		effects,
	);
}
