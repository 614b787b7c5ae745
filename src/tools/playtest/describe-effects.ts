import { Catalog } from "shared/catalog/types";
import { Effect, fairPlayText } from "shared/domain";

const titleOr = (title: string | undefined, fallback: string) =>
	title !== undefined && title !== "" ? title : fallback;

/**
 * What a playtest prints of the effects a student's client was told: the moments a student
 * notices (levels, achievements, badges, quests, fair play), not every number.
 */
export function describeEffect(effect: Effect, catalog: Catalog): string | undefined {
	switch (effect.kind) {
		case "level_up":
			return `reached level ${effect.to}`;
		case "achievement_earned": {
			const achievement = catalog.achievements.get(effect.achievement_id);
			const title = titleOr(achievement?.display.title, achievement?.name ?? effect.achievement_id);
			return `earned the achievement "${title}" (${effect.rarity}, ${effect.points} points)`;
		}
		case "badge_awarded":
			return `got the badge "${catalog.badges.get(effect.badge_id)?.name ?? effect.badge_id}"`;
		case "quest_assigned":
			return `took the quest "${questName(catalog, effect.quest_id)}"`;
		case "quest_progress":
			return `quest "${questName(catalog, effect.quest_id)}": ${effect.current}/${effect.required}`;
		case "quest_completed":
			return `completed the quest "${questName(catalog, effect.quest_id)}"`;
		case "xp_reduced":
		case "speed_bonus_withheld":
			// what the student's screen is told, in its own words
			return `is told: "${fairPlayText(effect)}"`;
		case "streak_changed":
			return effect.current > 1 ? `study streak: ${effect.current} days` : undefined;
		case "item_added":
			return `bought ${catalog.rewards.get(effect.item_id)?.name ?? effect.item_id}`;
		default:
			return undefined;
	}
}

function questName(catalog: Catalog, questId: string): string {
	const quest = catalog.quests.get(questId);
	return titleOr(quest?.info.title, quest?.name ?? questId);
}
