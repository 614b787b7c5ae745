import { Atom, atom } from "@rbxts/charm";
import { StudentView } from "shared/view/student-view";
import { LeaderboardPage } from "shared/leaderboard-protocol";
import { ActivityState } from "client/activity/activity-controller";
import { Notification } from "client/notifications/notification";
import { TextScale } from "client/ui/theme";

/** The screens the menu bar opens, in its order (keys 1 to 7 open them). */
export const SCREENS = ["profile", "badges", "achievements", "quests", "leaderboards", "shop", "settings"] as const;
export type ScreenId = (typeof SCREENS)[number];

/**
 * The client's state, one atom per slice (@rbxts/charm). Components read the part they show
 * through `useAtom`, so a patch that changes XP re-renders the XP bar and nothing else.
 */
export interface ClientStore {
	/** The student's view: the whole view on join, then the server's patches. */
	readonly view: Atom<StudentView | undefined>;
	readonly activity: Atom<ActivityState | undefined>;
	/** The screen open over the world, if any. */
	readonly screen: Atom<ScreenId | undefined>;
	/** Notifications waiting to be shown; the first is the one on screen. */
	readonly notifications: Atom<readonly Notification[]>;
	/** Leaderboard pages as last read, by board id. */
	readonly leaderboards: Atom<ReadonlyMap<string, LeaderboardPage>>;
	/** What the last request of each screen's action said, by action key (a refusal's reason). */
	readonly replies: Atom<ReadonlyMap<string, string>>;
	readonly textScale: Atom<TextScale>;
	/** The server's time, to the half minute: what quest timers and cooldowns count down against. */
	readonly clock: Atom<number>;
}

export function createClientStore(): ClientStore {
	return {
		view: atom<StudentView | undefined>(undefined),
		activity: atom<ActivityState | undefined>(undefined),
		screen: atom<ScreenId | undefined>(undefined),
		notifications: atom<readonly Notification[]>([]),
		leaderboards: atom<ReadonlyMap<string, LeaderboardPage>>(new Map()),
		replies: atom<ReadonlyMap<string, string>>(new Map()),
		textScale: atom<TextScale>({ compact: false, larger: false }),
		clock: atom(0),
	};
}
