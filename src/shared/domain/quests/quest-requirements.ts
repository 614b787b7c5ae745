import { QuestDefinition } from "shared/catalog/types";
import { DomainContext } from "shared/domain/context";
import { countItem } from "shared/domain/economy/inventory";
import { utcDay, utcWeek } from "shared/domain/numbers";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { achievementAsNamed, hasCompleted, hasEarned } from "shared/domain/profile/progress-queries";

/** Activities in a subject per skill level: a subject's skill level is floor(activities / 5). */
export const ACTIVITIES_PER_SKILL_LEVEL = 5;

export function skillLevel(profile: PlayerProfile, subject: string): number {
	return math.floor((profile.subject_activities[subject] ?? 0) / ACTIVITIES_PER_SKILL_LEVEL);
}

/** The name a player sees: the title, or the name when there is none. */
export function questTitle(quest: QuestDefinition): string {
	return quest.info.title !== "" ? quest.info.title : quest.name;
}

export function isDaily(quest: QuestDefinition): boolean {
	return quest.info.type === "daily" || quest.requirements.time_window.daily_reset;
}

export function isWeekly(quest: QuestDefinition): boolean {
	return quest.info.type === "weekly" || quest.requirements.time_window.weekly_reset;
}

/** When a daily quest's day (00:00 UTC) or a weekly quest's week (Monday 00:00 UTC) ends; 0 for other quests. */
export function resetTime(quest: QuestDefinition, now: number): number {
	if (isDaily(quest)) return (utcDay(now) + 1) * 86400;
	if (isWeekly(quest)) return ((utcWeek(now) + 1) * 7 - 3) * 86400;
	return 0;
}

/** The active quests the player took themselves (or a reward or chain gave them): those count against max_active_quests. */
export function ownQuestCount(profile: PlayerProfile): number {
	return profile.quests.active.filter((entry) => entry.class_quest !== true).size();
}

/** Why the player cannot take the quest now, or undefined when they can. */
export function whyNotAssign(profile: PlayerProfile, quest: QuestDefinition, ctx: DomainContext): string | undefined {
	const title = questTitle(quest);
	if (!quest.active) return `${title} is not available`;
	if (profile.quests.active.some((entry) => entry.quest_id === quest.id)) return `you are already on ${title}`;
	const window = quest.requirements.time_window;
	if (window.available_from > 0 && ctx.now < window.available_from) return `${title} is not open yet`;
	if (
		(window.available_until > 0 && ctx.now > window.available_until) ||
		(quest.expires_at > 0 && ctx.now >= quest.expires_at)
	) {
		return `${title} has ended`;
	}
	const record = profile.quest_history[quest.id];
	if (record !== undefined && record.completions > 0) {
		if (!quest.rewards.repeatable) return `you have already completed ${title}`;
		if (isDaily(quest) && utcDay(record.last_completed_at) === utcDay(ctx.now)) {
			return `${title} can be done again after 00:00 UTC`;
		}
		if (isWeekly(quest) && utcWeek(record.last_completed_at) === utcWeek(ctx.now)) {
			return `${title} can be done again from Monday 00:00 UTC`;
		}
	}
	const requirements = quest.requirements;
	if (profile.experience.level < requirements.level) return `${title} needs level ${requirements.level}`;
	for (const other of requirements.quests_completed) {
		if (!hasCompleted(profile, other)) return `${title} needs the quest "${other}" completed first`;
	}
	for (const achievementId of requirements.achievements) {
		if (!hasEarned(profile, achievementId))
			return `${title} needs ${achievementAsNamed(ctx.catalog, achievementId)}`;
	}
	for (const item of requirements.items) {
		if (countItem(profile, item.item_id) < item.quantity) return `${title} needs ${item.quantity} ${item.item_id}`;
	}
	for (const skill of requirements.skills) {
		if (skillLevel(profile, skill.skill) < skill.level) {
			return `${title} needs ${skill.skill} skill level ${skill.level} (you have ${skillLevel(profile, skill.skill)})`;
		}
	}
	// a class quest is the teacher's: it takes none of the student's own slots
	const cap = ctx.catalog.settings.max_active_quests;
	if (ownQuestCount(profile) >= cap) return `you already have ${cap} active quests: finish or abandon one first`;
	return undefined;
}
