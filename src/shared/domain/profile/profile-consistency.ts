import { PlayerProfile } from "./player-profile";

/**
 * Makes the parts of a profile that refer to each other agree, as the rules expect: the inventory
 * fits its capacity and counts its slots, every active quest has its progress and its history
 * record, and no progress is left for a quest that is not active.
 */
export function makeConsistent(profile: PlayerProfile, repairs: string[]) {
	const inventory = profile.inventory;
	if (inventory.items.size() > inventory.capacity) {
		repairs.push(
			`inventory.items: ${inventory.items.size()} stacks in ${inventory.capacity} slots, kept the first ${inventory.capacity}`,
		);
		while (inventory.items.size() > inventory.capacity) inventory.items.pop();
	}
	if (inventory.used_slots !== inventory.items.size()) {
		repairs.push(`inventory.used_slots: ${inventory.used_slots}, set to the ${inventory.items.size()} stacks held`);
		inventory.used_slots = inventory.items.size();
	}
	const active = new Set<string>();
	profile.quests.active = profile.quests.active.filter((entry) => {
		const id = entry.quest_id;
		if (active.has(id) || profile.quest_progress[id] === undefined) {
			repairs.push(`quests.active: "${id}" ${active.has(id) ? "listed twice" : "has no progress"}, dropped`);
			return false;
		}
		active.add(id);
		return true;
	});
	for (const [id] of pairs(profile.quest_progress)) {
		if (!active.has(id as string)) {
			repairs.push(`quest_progress.${id}: the quest is not active, dropped`);
			delete profile.quest_progress[id];
		}
	}
	for (const id of active) {
		const record = profile.quest_history[id];
		if (record === undefined) {
			repairs.push(`quest_history.${id}: missing for an active quest, added`);
			profile.quest_history[id] = { attempts: 1, completions: 0, last_completed_at: 0, rated: false };
		} else if (record.attempts === 0) {
			repairs.push(`quest_history.${id}.attempts: 0 for an active quest, set to 1`);
			record.attempts = 1;
		}
	}
}
