import { BadgeBonus, Catalog } from "shared/catalog/types";
import { PlayerProfile } from "shared/domain/profile/player-profile";

export interface BadgeBonusTotals {
	/** Percent added to XP from activities (feeds the XP boost). */
	xpPercent: number;
	/** XP added to each activity. */
	xpFlat: number;
	coinsPercent: number;
	coinsFlat: number;
}

function add(totals: BadgeBonusTotals, bonus: BadgeBonus, times: number) {
	const value = bonus.value * times;
	if (bonus.stat === "xp") {
		if (bonus.type === "percentage") totals.xpPercent += value;
		else totals.xpFlat += value;
	} else if (bonus.type === "percentage") totals.coinsPercent += value;
	else totals.coinsFlat += value;
}

/**
 * The bonuses of the equipped badges: each badge's bonuses (times the copies owned when the badge
 * stacks), plus each set bonus whose required badges are all equipped.
 */
export function badgeBonuses(profile: PlayerProfile, catalog: Catalog): BadgeBonusTotals {
	const totals = { xpPercent: 0, xpFlat: 0, coinsPercent: 0, coinsFlat: 0 };
	const equipped = profile.badges.equipped;
	for (const badgeId of equipped) {
		const badge = catalog.badges.get(badgeId);
		if (badge === undefined) continue;
		const copies = badge.properties.stacks ? (profile.badges_owned[badgeId]?.quantity ?? 0) : 1;
		for (const bonus of badge.properties.bonuses) add(totals, bonus, copies);
		const set = badge.properties.set_bonus;
		if (set.bonus !== undefined && set.required_badges.size() > 0) {
			if (set.required_badges.every((required) => equipped.includes(required))) add(totals, set.bonus, 1);
		}
	}
	return totals;
}
