import { LeaderboardDefinition, LeaderboardReward } from "shared/catalog/types";
import { GameEvent } from "shared/domain/events";
import { saturatingSum } from "shared/domain/numbers";

/** One player on one board period and scope group. */
export interface BoardEntry {
	readonly user_id: string;
	display_name: string;
	score: number;
	/** The stored integer (score and tie-breaker): the order of the board. */
	encoded: number;
	last_update: number;
	/** The rank before the last change; 0 = new. */
	previous_rank: number;
}

export type Movement = "up" | "down" | "same" | "new";

export function movement(rank: number, previousRank: number): Movement {
	if (previousRank === 0) return "new";
	if (rank < previousRank) return "up";
	if (rank > previousRank) return "down";
	return "same";
}

/** Highest stored integer first; equal ones by user id, so the order is total and stable. */
export function rankEntries(entries: readonly BoardEntry[]): BoardEntry[] {
	const ranked = [...entries];
	ranked.sort((a, b) => (a.encoded !== b.encoded ? a.encoded > b.encoded : a.user_id < b.user_id));
	return ranked;
}

/** A friends board as one player sees it: them and their friends, ranked among themselves. */
export function friendsView(ranked: readonly BoardEntry[], viewer: string, friends: readonly string[]): BoardEntry[] {
	return ranked.filter((entry) => entry.user_id === viewer || friends.includes(entry.user_id));
}

/** The `count` entries above and below a rank (1-based), the player's own included. */
export function nearby(ranked: readonly BoardEntry[], rank: number, count: number): BoardEntry[] {
	const from = math.max(1, rank - count);
	const to = math.min(ranked.size(), rank + count);
	const result = new Array<BoardEntry>();
	for (let r = from; r <= to; r++) result.push(ranked[r - 1]);
	return result;
}

export interface BoardStatistics {
	total_participants: number;
	/** Updated in the last seven days. */
	active_participants: number;
	average_score: number;
	median_score: number;
	top_score: number;
	top_scorer: string;
	update_count: number;
	last_updated: number;
	/** Share (0..1) of the previous period's participants who are not on this one; 0 without one. */
	churn_rate: number;
}

/** The share of `previous` participants missing from `current`. */
export function churnRate(previous: readonly BoardEntry[], current: readonly BoardEntry[]): number {
	if (previous.size() === 0) return 0;
	const present = new Set(current.map((entry) => entry.user_id));
	const gone = previous.filter((entry) => !present.has(entry.user_id)).size();
	return math.floor((gone / previous.size()) * 10000) / 10000;
}

export function boardStatistics(
	ranked: readonly BoardEntry[],
	now: number,
	updateCount: number,
	previous: readonly BoardEntry[] = [],
): BoardStatistics {
	const total = ranked.size();
	let sum = 0;
	let active = 0;
	let last = 0;
	for (const entry of ranked) {
		sum = saturatingSum(sum, entry.score);
		if (now - entry.last_update <= 7 * 86400) active += 1;
		last = math.max(last, entry.last_update);
	}
	const scores = ranked.map((entry) => entry.score).sort((a, b) => a < b);
	const median =
		total === 0 ? 0 : total % 2 === 1 ? scores[(total - 1) / 2] : (scores[total / 2 - 1] + scores[total / 2]) / 2;
	return {
		total_participants: total,
		active_participants: active,
		average_score: total === 0 ? 0 : math.floor((sum / total) * 100) / 100,
		median_score: median,
		top_score: total === 0 ? 0 : ranked[0].score,
		top_scorer: total === 0 ? "" : ranked[0].user_id,
		update_count: updateCount,
		last_updated: last,
		churn_rate: churnRate(previous, ranked),
	};
}

export interface Prize {
	readonly user_id: string;
	/** Which prize: "tier", "participation" or "milestone <rank>" (a player may win several). */
	readonly prize: string;
	readonly rank: number;
	readonly reward: LeaderboardReward;
	readonly title?: string;
}

/**
 * What each player wins when a period ends: the first distribution tier whose rank_range or
 * percentage_range (rank / participants x 100) holds them, the participation reward from
 * minimum_score, and every rank milestone at or above their rank (with its title).
 */
export function prizes(board: LeaderboardDefinition, ranked: readonly BoardEntry[]): Prize[] {
	const rewards = board.rewards;
	const result = new Array<Prize>();
	if (!rewards.enabled) return result;
	const total = ranked.size();
	ranked.forEach((entry, index) => {
		const rank = index + 1;
		const percentile = (rank / total) * 100;
		const tier = rewards.distribution.find((t) =>
			t.rank_range.max > 0
				? rank >= t.rank_range.min && rank <= t.rank_range.max
				: percentile >= t.percentage_range.min && percentile <= t.percentage_range.max,
		);
		if (tier !== undefined) result.push({ user_id: entry.user_id, prize: "tier", rank, reward: tier.rewards });
		const participation = rewards.participation;
		if (participation.minimum_score > 0 && entry.score >= participation.minimum_score) {
			result.push({ user_id: entry.user_id, prize: "participation", rank, reward: participation.reward });
		}
		for (const milestone of rewards.milestones) {
			if (rank <= milestone.rank) {
				result.push({
					user_id: entry.user_id,
					prize: `milestone ${milestone.rank}`,
					rank,
					reward: milestone.reward,
					title: milestone.title !== "" ? milestone.title : undefined,
				});
			}
		}
	});
	return result;
}

/** The event that pays a prize to its winner (applied where their profile is, or delivered to it). */
export function prizeEvent(board: LeaderboardDefinition, period: string, prize: Prize): GameEvent {
	return {
		kind: "leaderboard_reward",
		leaderboard_id: board.id,
		period,
		rank: prize.rank,
		reward: prize.reward,
		title: prize.title,
		prize: prize.prize,
	};
}

/** The Leaderboard model's previous_seasons entry for a finished period. */
export function archiveRecord(period: string, ranked: readonly BoardEntry[], now: number) {
	return {
		id: period,
		winner_id: ranked.size() > 0 ? ranked[0].user_id : "",
		top_players: ranked.filter((_, index) => index < 10).map((entry) => entry.user_id),
		archived_at: now,
	};
}
