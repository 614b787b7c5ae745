import Roact from "@rbxts/roact";
import { Players } from "@rbxts/services";
import type { ActivityState } from "client/activity/activity-controller";
import type * as ActivityPanelModule from "client/activity/activity-panel";
import type * as HudModule from "client/hud/hud";
import { QuestionView } from "shared/content";
import { StudentView } from "shared/view/student-view";

/**
 * A screen `npm run previews` draws (test/runner/previews.luau, scripts/previews.mjs): `mount`
 * puts it into the client's PlayerGui, in the client's context, and returns how to take it out.
 */
export interface PreviewScreen {
	readonly name: string;
	mount(this: void, playerGui: Instance): () => void;
}

/**
 * A module of the client's code, from the local player's PlayerScripts, where the game's client
 * code runs (StarterPlayerScripts is copied there; roblox-ts does not let code outside that
 * container import it, so it is required at run time, in the client's context).
 */
function clientModule<T>(...path: string[]): T {
	let current: Instance = Players.LocalPlayer.WaitForChild("PlayerScripts").WaitForChild("TS");
	for (const name of path) current = current.WaitForChild(name);
	return require(current as ModuleScript) as T;
}

/** A level 7 student part way to level 8 (the default curve: level 7 takes 1139 XP). */
const STUDENT: StudentView = {
	user_id: "4101",
	display_name: "Amara Okafor",
	title: "Fraction Finder",
	titles_earned: ["Fraction Finder"],
	avatar_frame: "frame_basic",
	level: 7,
	prestige: 0,
	current_xp: 2761,
	total_xp: 2761,
	level_progress: { current_level_xp: 684, next_level_xp: 1139, progress_percentage: 60.05 },
	currency: { coins: 240, gems: 3, tokens: 1 },
	streak: { current: 4, best: 9 },
	stats: {
		activities_completed: 23,
		lessons_completed: 6,
		quizzes_perfect: 3,
		total_study_time: 14_400,
		accuracy_rate: 0.81,
		mastery_score: 62,
		helps_given: 2,
		login_days: 12,
	},
	achievements: {},
	hidden_achievements: 2,
	achievement_points: 55,
	showcase: [],
	badges: {},
	badges_equipped: [],
	quests: {},
	quest_board: {},
	items: [],
	xp_today: { quiz: 120 },
	settings: {
		notifications: { achievements: true, level_up: true, friend_activity: true, challenges: true },
		privacy: { show_profile: true, show_stats: true, allow_challenges: true, allow_friend_requests: false },
	},
	blocked: [],
};

const QUESTION: QuestionView = {
	id: "fractions-compare-2",
	type: "multiple_choice",
	prompt: "Which fraction is larger: 3/4 or 5/8?",
	choices: ["3/4", "5/8", "They are equal", "It depends on the whole"],
	time_limit: 30,
};

const QUESTION_STATE: ActivityState = {
	start: {
		set_id: "fractions-basics",
		title: "Comparing fractions",
		subject: "math",
		activity: "quiz",
		question_count: 5,
		number: 1,
		question: QUESTION,
	},
	page: 0,
	number: 2,
	question: QUESTION,
	waiting: false,
	picked: [],
	draft: "",
};

const FEEDBACK_STATE: ActivityState = {
	...QUESTION_STATE,
	feedback: {
		correct: false,
		correct_answer: "3/4",
		explanation: "3/4 is 6/8, and 6/8 is more than 5/8: with the same denominator, the larger numerator wins.",
	},
	next: {
		number: 3,
		question: {
			id: "fractions-compare-3",
			type: "true_false",
			prompt: "2/3 is larger than 3/5.",
			time_limit: 30,
		},
	},
};

const NO_ACTIONS = {
	onAnswer: () => undefined,
	onTurnPage: () => undefined,
	onGoOn: () => undefined,
	onQuit: () => undefined,
	onPick: () => undefined,
	onClearPicks: () => undefined,
	onDraft: () => undefined,
};

/** Mounts `element()` in a ScreenGui as the game's App does (ResetOnSpawn off, sibling ZIndex). */
function screen(name: string, element: () => Roact.Element): PreviewScreen {
	return {
		name,
		mount: (playerGui) => {
			const tree = Roact.mount(
				<screengui ResetOnSpawn={false} ZIndexBehavior={Enum.ZIndexBehavior.Sibling}>
					{element()}
				</screengui>,
				playerGui,
				name,
			);
			return () => Roact.unmount(tree);
		},
	};
}

function hud(view: StudentView) {
	const { Hud } = clientModule<typeof HudModule>("hud", "hud");
	return <Hud Key="Hud" view={view} />;
}

function activityPanel(state: ActivityState) {
	const { ActivityPanel } = clientModule<typeof ActivityPanelModule>("activity", "activity-panel");
	return <ActivityPanel Key="Activity" state={state} {...NO_ACTIONS} />;
}

export const PREVIEW_SCREENS: readonly PreviewScreen[] = [
	screen("hud", () => hud(STUDENT)),
	screen("activity-question", () => activityPanel(QUESTION_STATE)),
	screen("activity-feedback", () => activityPanel(FEEDBACK_STATE)),
];
