import { ScreenId } from "client/state/client-store";

/** Each screen's menu button: a glyph and a short word (its key, 1 to 8, is its place in the menu). */
export const SCREEN_LABELS: Readonly<Record<ScreenId, string>> = {
	profile: "☺ Me",
	badges: "◆ Badges",
	achievements: "★ Awards",
	quests: "⚑ Quests",
	leaderboards: "☰ Ranks",
	shop: "● Shop",
	settings: "⚙ Settings",
	classroom: "✎ Class",
};
