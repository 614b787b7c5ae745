import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { ScreenId } from "client/state/client-store";
import { useAtom } from "client/state/store-context";
import { AchievementsScreen } from "./achievements/achievements-screen";
import { BadgesScreen } from "./badges/badges-screen";
import { ClassroomScreen } from "./classroom/classroom-screen";
import { LeaderboardsScreen } from "./leaderboards/leaderboards-screen";
import { ProfileScreen } from "./profile/profile-screen";
import { QuestsScreen } from "./quests/quests-screen";
import { SettingsScreen } from "./settings/settings-screen";
import { ShopScreen } from "./shop/shop-screen";

/** Every screen the menu opens, by id. */
export const SCREEN_COMPONENTS: Readonly<Record<ScreenId, (props: {}) => Roact.Element>> = {
	profile: ProfileScreen,
	badges: BadgesScreen,
	achievements: AchievementsScreen,
	quests: QuestsScreen,
	leaderboards: LeaderboardsScreen,
	shop: ShopScreen,
	settings: SettingsScreen,
	classroom: ClassroomScreen,
};

/** Room left below an open screen for the menu bar (a phone hides the bar while a screen is open). */
const MENU_ROOM = 60;
/**
 * An open screen draws over the HUD and the class banner (ZIndex 1), under the live quiz and the
 * activity panel (5): siblings of equal ZIndex have no order Roblox promises.
 */
const SCREEN_Z = 2;

/** The screen the menu opened, if any; re-rendered only when another one opens. */
export const OpenScreen = hooked("OpenScreen", () => {
	const screen = useAtom((store) => store.screen());
	const compact = useAtom((store) => store.textScale().compact);
	if (screen === undefined) return undefined;
	const Screen = SCREEN_COMPONENTS[screen];
	return (
		<frame Size={new UDim2(1, 0, 1, compact ? 0 : -MENU_ROOM)} BackgroundTransparency={1} ZIndex={SCREEN_Z}>
			<Screen />
		</frame>
	);
});
