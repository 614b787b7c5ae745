import { Catalog } from "shared/catalog/types";
import { StudentView } from "shared/view/student-view";

/** What a screen shows of an achievement: its words, icon, rarity and points. */
export interface AchievementText {
	readonly title: string;
	readonly description: string;
	readonly icon: string;
	readonly rarity: string;
	readonly points: number;
	readonly category: string;
}

/** How a secret achievement the student has not earned is shown: nothing of it but that it exists. */
export const LOCKED_SECRET: AchievementText = {
	title: "???",
	description: "A secret achievement. Keep playing to find it.",
	icon: "",
	rarity: "common",
	points: 0,
	category: "secret",
};

/** The text of an achievement: from the catalog, or, for a secret one, what the server revealed once earned. */
export function achievementText(achievementId: string, catalog: Catalog, view: StudentView): AchievementText {
	const definition = catalog.achievements.get(achievementId);
	if (definition !== undefined) {
		return {
			title: definition.display.title,
			description: definition.display.description,
			icon: definition.display.icon.unlocked,
			rarity: definition.metadata.rarity,
			points: definition.metadata.points,
			category: definition.display.category,
		};
	}
	return view.revealed_achievements[achievementId] ?? LOCKED_SECRET;
}
