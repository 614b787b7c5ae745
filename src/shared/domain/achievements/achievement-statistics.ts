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

function weightedMean(a: number, countA: number, b: number, countB: number): number {
	return countA + countB === 0 ? 0 : (a * countA + b * countB) / (countA + countB);
}

/**
 * Adds `from` (what one server folded since its last flush) into `into` (the stored totals), so
 * that every server's statistics add up to the experience's. Returns `into`.
 */
export function mergeStatistics(into: GameStatistics, from: GameStatistics): GameStatistics {
	for (const [id, add] of pairs(from.achievements)) {
		const base = into.achievements[id as string];
		if (base === undefined) {
			into.achievements[id as string] = add;
			continue;
		}
		base.average_time = weightedMean(base.average_time, base.total_earned, add.average_time, add.total_earned);
		base.total_earned += add.total_earned;
		base.unique_earners += add.unique_earners;
		if (base.first_earned_at === 0 || (add.first_earned_at > 0 && add.first_earned_at < base.first_earned_at)) {
			base.first_earned_at = add.first_earned_at;
			base.first_earned_by = add.first_earned_by;
		}
		const recent = [...base.recent_earners, ...add.recent_earners];
		recent.sort((a, b) => a.earned_at < b.earned_at);
		while (recent.size() > RECENT_EARNERS_LIMIT) recent.remove(0);
		base.recent_earners = recent;
	}
	for (const [id, add] of pairs(from.badges)) {
		const base = into.badges[id as string];
		if (base === undefined) {
			into.badges[id as string] = add;
			continue;
		}
		base.total_awarded += add.total_awarded;
		base.unique_owners += add.unique_owners;
		base.equipped_count += add.equipped_count;
		base.trade_volume += add.trade_volume;
	}
	for (const [id, add] of pairs(from.quests)) {
		const base = into.quests[id as string];
		if (base === undefined) {
			into.quests[id as string] = add;
			continue;
		}
		base.average_time = weightedMean(base.average_time, base.completions, add.average_time, add.completions);
		base.rating.average = weightedMean(
			base.rating.average,
			base.rating.count,
			add.rating.average,
			add.rating.count,
		);
		base.rating.count += add.rating.count;
		base.attempts += add.attempts;
		base.completions += add.completions;
		base.failures += add.failures;
		base.abandons += add.abandons;
		updateRates(base);
	}
	return into;
}

/** Removes a user from the statistics that name players (right to erasure). */
export function forgetUser(statistics: GameStatistics, userId: string) {
	for (const [, entry] of pairs(statistics.achievements)) {
		if (entry.first_earned_by === userId) entry.first_earned_by = "";
		entry.recent_earners = entry.recent_earners.filter((earner) => earner.user_id !== userId);
	}
}
