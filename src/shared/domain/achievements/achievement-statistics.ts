import { Effect } from "shared/domain/effects";

/** How many recent earners each achievement keeps. */
export const RECENT_EARNERS_LIMIT = 10;

export interface AchievementStatistics {
	total_earned: number;
	unique_earners: number;
	/** Mean seconds from a player's first progress to earning it. */
	average_time: number;
	first_earned_by: string;
	first_earned_at: number;
	recent_earners: { user_id: string; earned_at: number }[];
}

export interface BadgeStatistics {
	total_awarded: number;
	unique_owners: number;
	equipped_count: number;
	trade_volume: number;
}

export interface QuestStatistics {
	attempts: number;
	completions: number;
	failures: number;
	abandons: number;
	/** Percent of attempts completed. */
	success_rate: number;
	/** Mean seconds from assignment to completion. */
	average_time: number;
	/** Percent of attempts abandoned. */
	abandonment_rate: number;
	rating: { average: number; count: number };
}

export interface GameStatistics {
	achievements: Record<string, AchievementStatistics>;
	badges: Record<string, BadgeStatistics>;
	quests: Record<string, QuestStatistics>;
}

export function emptyStatistics(): GameStatistics {
	return { achievements: {}, badges: {}, quests: {} };
}

function questEntry(statistics: GameStatistics, questId: string): QuestStatistics {
	let entry = statistics.quests[questId];
	if (entry === undefined) {
		entry = {
			attempts: 0,
			completions: 0,
			failures: 0,
			abandons: 0,
			success_rate: 0,
			average_time: 0,
			abandonment_rate: 0,
			rating: { average: 0, count: 0 },
		};
		statistics.quests[questId] = entry;
	}
	return entry;
}

function updateRates(entry: QuestStatistics) {
	if (entry.attempts === 0) return;
	entry.success_rate = math.floor((entry.completions / entry.attempts) * 10000) / 100;
	entry.abandonment_rate = math.floor((entry.abandons / entry.attempts) * 10000) / 100;
}

function badgeEntry(statistics: GameStatistics, badgeId: string): BadgeStatistics {
	let entry = statistics.badges[badgeId];
	if (entry === undefined) {
		entry = { total_awarded: 0, unique_owners: 0, equipped_count: 0, trade_volume: 0 };
		statistics.badges[badgeId] = entry;
	}
	return entry;
}

/**
 * Folds one effect into the statistics of the Achievement, Badge and Quest models. Effects are all it
 * needs, so each server can fold its own and the totals can be merged across servers.
 */
export function recordStatistics(statistics: GameStatistics, effect: Effect, userId: string, at: number) {
	switch (effect.kind) {
		case "achievement_earned": {
			let entry = statistics.achievements[effect.achievement_id];
			if (entry === undefined) {
				entry = {
					total_earned: 0,
					unique_earners: 0,
					average_time: 0,
					first_earned_by: userId,
					first_earned_at: at,
					recent_earners: [],
				};
				statistics.achievements[effect.achievement_id] = entry;
			}
			entry.total_earned += 1;
			entry.average_time += (effect.time_to_earn - entry.average_time) / entry.total_earned;
			if (effect.first_time) entry.unique_earners += 1;
			entry.recent_earners.push({ user_id: userId, earned_at: at });
			while (entry.recent_earners.size() > RECENT_EARNERS_LIMIT) entry.recent_earners.remove(0);
			break;
		}
		case "badge_awarded": {
			const entry = badgeEntry(statistics, effect.badge_id);
			entry.total_awarded += 1;
			if (effect.first_copy) entry.unique_owners += 1;
			break;
		}
		case "badge_equipped":
			badgeEntry(statistics, effect.badge_id).equipped_count += 1;
			break;
		case "badge_unequipped":
			badgeEntry(statistics, effect.badge_id).equipped_count -= 1;
			break;
		case "badge_gifted":
			if (effect.traded) badgeEntry(statistics, effect.badge_id).trade_volume += 1;
			break;
		case "quest_assigned": {
			const entry = questEntry(statistics, effect.quest_id);
			entry.attempts += 1;
			updateRates(entry);
			break;
		}
		case "quest_completed": {
			const entry = questEntry(statistics, effect.quest_id);
			entry.completions += 1;
			entry.average_time += (effect.time_to_complete - entry.average_time) / entry.completions;
			updateRates(entry);
			break;
		}
		case "quest_failed":
			questEntry(statistics, effect.quest_id).failures += 1;
			break;
		case "quest_abandoned": {
			const entry = questEntry(statistics, effect.quest_id);
			entry.abandons += 1;
			updateRates(entry);
			break;
		}
		case "quest_rated": {
			const rating = questEntry(statistics, effect.quest_id).rating;
			rating.count += 1;
			rating.average += (effect.rating - rating.average) / rating.count;
			break;
		}
	}
}
