import Roact from "@rbxts/roact";
import { CurrencyBar } from "./currency-bar";
import { QuestTracker } from "./quest-tracker";
import { StreakFlame } from "./streak-flame";
import { XpBar } from "./xp-bar";

/** What is always on screen: XP and level, currencies, the streak and the quests being tracked. */
export function Hud() {
	return (
		<frame Size={new UDim2(1, 0, 1, 0)} BackgroundTransparency={1}>
			<XpBar Key="XpBar" />
			<StreakFlame Key="Streak" />
			<CurrencyBar Key="Currency" />
			<QuestTracker Key="Quests" />
		</frame>
	);
}
