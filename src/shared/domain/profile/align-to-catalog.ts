import { Catalog } from "shared/catalog/types";
import { ConditionProgress, ObjectiveProgress, PlayerProfile } from "./player-profile";

function fitted<T extends defined>(list: T[], size: number, fresh: () => T): T[] {
	const result = new Array<T>();
	for (let i = 0; i < size; i++) result.push(i < list.size() ? list[i] : fresh());
	return result;
}

/**
 * Gives every progress entry of a catalog achievement one condition per condition of its
 * requirement, and every active catalog quest one objective per objective, as the rules read them
 * by index (a damaged save or a content update can leave other lengths). Entries of ids the catalog
 * does not know are left alone: the rules never read them. Writes a new entry rather than changing
 * one, since an event's copy shares achievement entries with the profile it came from.
 */
export function alignToCatalog(profile: PlayerProfile, catalog: Catalog, repairs: string[]) {
	for (const [id, entry] of pairs(profile.achievement_progress)) {
		const achievement = catalog.achievements.get(id as string);
		if (achievement === undefined) continue;
		const size = achievement.requirements.conditions.size();
		if (entry.conditions.size() === size) continue;
		repairs.push(
			`achievement_progress.${id}.conditions: ${entry.conditions.size()} for ${size} conditions, fitted`,
		);
		const conditions = fitted<ConditionProgress>(entry.conditions, size, () => ({
			count: 0,
			seen: [],
			times: [],
			last_period: 0,
		}));
		profile.achievement_progress[id] = { ...entry, conditions, step: math.min(entry.step, size) };
	}
	for (const [id, entry] of pairs(profile.quest_progress)) {
		const quest = catalog.quests.get(id as string);
		if (quest === undefined) continue;
		const size = quest.objectives.size();
		if (entry.objectives.size() === size) continue;
		repairs.push(`quest_progress.${id}.objectives: ${entry.objectives.size()} for ${size} objectives, fitted`);
		entry.objectives = fitted<ObjectiveProgress>(entry.objectives, size, () => ({
			current: 0,
			seen: [],
			done: false,
			checkpoints: 0,
		}));
	}
}
