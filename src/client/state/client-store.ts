import { Atom, atom } from "@rbxts/charm";
import { StudentView } from "shared/view/student-view";
import { LeaderboardPage } from "shared/leaderboard-protocol";
import { ClassBroadcast, ClassReport, ConsoleView, ImportReply } from "shared/classroom/classroom-protocol";
import { ActivityState } from "client/activity/activity-controller";
import { Notification } from "client/notifications/notification";
import { TextScale } from "client/ui/theme";

/**
 * The screens the menu bar opens, in its order (keys 1 to 8 open them). "classroom" is the hub's
 * join screen, a class's page, or the teacher's console: which one is the server's to say.
 */
export const SCREENS = [
	"profile",
	"badges",
	"achievements",
	"quests",
	"leaderboards",
	"shop",
	"settings",
	"classroom",
] as const;
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
	/** What the server tells this player of the class (ClassUpdated, GetClass): place, role, banner, live quiz. */
	readonly classView: Atom<ClassBroadcast | undefined>;
	/** The teacher's console (ConsoleUpdated, GetConsole): only a teacher on a class server gets one. */
	readonly console: Atom<ConsoleView | undefined>;
	/** The class report as last read (Teacher.GetReport). */
	readonly report: Atom<ClassReport | undefined>;
	/** What the server read of the pasted questions last previewed or saved. */
	readonly questionImport: Atom<ImportReply | undefined>;
	/** The join code the server last gave this teacher (CreateClass, NewJoinCode), as students type it. */
	readonly issuedCode: Atom<string | undefined>;
	/** What the teacher has typed into the console's boxes, by box: kept when a tab or the console is closed. */
	readonly drafts: Atom<ReadonlyMap<string, string>>;
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
		classView: atom<ClassBroadcast | undefined>(undefined),
		console: atom<ConsoleView | undefined>(undefined),
		report: atom<ClassReport | undefined>(undefined),
		questionImport: atom<ImportReply | undefined>(undefined),
		issuedCode: atom<string | undefined>(undefined),
		drafts: atom<ReadonlyMap<string, string>>(new Map()),
	};
}
