import { Catalog } from "shared/catalog/types";
import { PlayerProfile } from "./player-profile";

function dropFromMap(
	map: Record<string, unknown>,
	known: ReadonlyMap<string, unknown>,
	path: string,
	repairs: string[],
) {
	let dropped = 0;
	for (const [id] of pairs(map)) {
		if (!known.has(id as string)) {
			delete map[id as string];
			dropped += 1;
		}
	}
	if (dropped > 0)
		repairs.push(`${path}: dropped ${dropped} entr${dropped === 1 ? "y" : "ies"} of ids the catalog does not have`);
}

/**
 * Drops what refers to an id the catalog does not have: progress of unknown achievements and
 * quests, unknown badges owned or equipped, inventory items of unknown rewards. Only when the
 * loader has the catalog (repairProfile's `catalog`); without it, these are checked for shape only.
 */
export function dropUnknownIds(profile: PlayerProfile, catalog: Catalog, repairs: string[]) {
	dropFromMap(profile.achievement_progress, catalog.achievements, "achievement_progress", repairs);
	dropFromMap(profile.quest_progress, catalog.quests, "quest_progress", repairs);
	dropFromMap(profile.badges_owned, catalog.badges, "badges_owned", repairs);
	const equipped = profile.badges.equipped.filter((id) => catalog.badges.has(id));
	if (equipped.size() < profile.badges.equipped.size()) {
		repairs.push(`badges.equipped: dropped ${profile.badges.equipped.size() - equipped.size()} unknown badge(s)`);
		profile.badges.equipped = equipped;
	}
	const items = profile.inventory.items.filter((item) => catalog.rewards.has(item.item_id));
	if (items.size() < profile.inventory.items.size()) {
		repairs.push(
			`inventory.items: dropped ${profile.inventory.items.size() - items.size()} item(s) of unknown rewards`,
		);
		profile.inventory.items = items;
	}
}
