import { QuestObjective } from "shared/catalog/types";

/** "2 h 5 min left", "45 min left", "no time limit": how long a quest still runs. */
export function timeLeft(expiresAt: number, now: number): string {
	if (expiresAt <= 0) return "no time limit";
	const seconds = expiresAt - now;
	if (seconds <= 0) return "time is up";
	const days = math.floor(seconds / 86400);
	if (days >= 1) return `${days} d ${math.floor((seconds % 86400) / 3600)} h left`;
	const hours = math.floor(seconds / 3600);
	const minutes = math.max(1, math.floor((seconds % 3600) / 60));
	return hours >= 1 ? `${hours} h ${minutes} min left` : `${minutes} min left`;
}

/** The index of the first required objective still open (the last one when all are met). */
export function nextObjective(objectives: readonly QuestObjective[], progress: readonly number[]): number {
	for (let index = 0; index < objectives.size(); index++) {
		const objective = objectives[index];
		if (!objective.optional && (progress[index] ?? 0) < objective.progress_tracking.required) return index;
	}
	return math.max(0, objectives.size() - 1);
}

/** "100 XP, 20 coins, a badge": what a quest's guaranteed rewards are, in words. */
export function rewardText(reward: {
	xp: number;
	coins: number;
	gems: number;
	badges: readonly string[];
	items: readonly unknown[];
}): string {
	const parts = new Array<string>();
	if (reward.xp > 0) parts.push(`${reward.xp} XP`);
	if (reward.coins > 0) parts.push(`${reward.coins} coins`);
	if (reward.gems > 0) parts.push(`${reward.gems} gems`);
	if (reward.badges.size() > 0) parts.push(reward.badges.size() === 1 ? "a badge" : `${reward.badges.size()} badges`);
	if (reward.items.size() > 0) parts.push(reward.items.size() === 1 ? "an item" : `${reward.items.size()} items`);
	return parts.size() > 0 ? parts.join(", ") : "no reward";
}
