import type * as NotificationsModule from "client/notifications/notifications-of";
import type { ActivityState } from "client/activity/activity-controller";
import type { ClientStore, ScreenId } from "client/state/client-store";
import { getDefaultContent } from "server/content/default-content";
import { getServerCatalog } from "server/catalog/server-catalog";
import { presentQuestion } from "shared/content";
import { Workspace } from "@rbxts/services";
import { mountApp } from "./mount-app";
import { previewActions, previewClassActions } from "./preview-actions";
import {
	SAMPLE_IMPORT,
	SAMPLE_BAD_PASTE,
	SAMPLE_IMPORT_ERRORS,
	SAMPLE_PASTE,
	sampleClassBroadcast,
	sampleConsole,
	sampleHub,
	sampleQuietConsole,
	sampleReport,
	sampleStudentQuiz,
	sampleTeacherBroadcast,
	sampleTeacherQuiz,
} from "./sample-classroom";
import { sampleClassPage } from "./sample-pages";
import { sampleStudent } from "./sample-student";

/**
 * A screen `npm run previews` draws (test/runner/previews.luau, scripts/previews.mjs): `mount`
 * puts the student's App into a simulated client's PlayerGui with a sample state, and returns how
 * to take it out.
 */
export interface PreviewScreen {
	readonly name: string;
	mount(this: void, client: EmulatedClient): () => void;
}

const student = sampleStudent(getServerCatalog());
const pages = new Map([
	["weekly_xp_class", sampleClassPage("weekly_xp_class", "2026-W37")],
	["daily_xp_class", sampleClassPage("daily_xp_class", "2026-09-11")],
]);

/** A question of the real content pack, as the server would show it (never its answer). */
function sampleActivity(): { asking: ActivityState; feedback: ActivityState } {
	const set = getDefaultContent().setsOf("science")[0];
	const shown = (index: number) => presentQuestion(set.questions[index], new Random(3)).view;
	const question = set.questions.find((candidate) => candidate.time_limit !== undefined) ?? set.questions[0];
	const view = presentQuestion(question, new Random(3)).view;
	const asking: ActivityState = {
		start: {
			set_id: set.id,
			title: set.title,
			subject: set.subject,
			activity: set.activity,
			question_count: 5,
			number: 1,
			question: view,
		},
		page: 0,
		number: 2,
		question: view,
		waiting: false,
		picked: [],
		draft: "",
	};
	const answered = set.questions[1];
	const feedback: ActivityState = {
		...asking,
		question: shown(1),
		feedback: {
			correct: false,
			correct_answer: tostring((answered as { answer: unknown }).answer),
			explanation: answered.explanation,
		},
		next: { number: 3, question: shown(2) },
	};
	return { asking, feedback };
}
const activity = sampleActivity();

/** What the activity panel's buttons do in a preview: nothing (no server answers there). */
const PANEL_BUTTONS = {
	onAnswer: () => undefined,
	onTurnPage: () => undefined,
	onGoOn: () => undefined,
	onQuit: () => undefined,
	onPick: () => undefined,
	onClearPicks: () => undefined,
	onDraft: () => undefined,
};

/** Clicks the button whose text starts with `text`, as the student would, to show a tab. */
function clickTab(client: EmulatedClient, text: string, under: Instance | undefined = client.playerGui()) {
	if (under === undefined) error(`previews: nothing to click "${text}" in`);
	for (const descendant of under.GetDescendants()) {
		if (descendant.IsA("TextButton") && descendant.Text.sub(1, text.size()) === text) {
			client.click(descendant);
			return;
		}
	}
	error(`previews: no button "${text}" to click`);
}

/** The first TextBox whose placeholder starts with `placeholder`. */
function findBox(client: EmulatedClient, placeholder: string): TextBox {
	for (const descendant of client.playerGui().GetDescendants()) {
		if (descendant.IsA("TextBox") && descendant.PlaceholderText.sub(1, placeholder.size()) === placeholder)
			return descendant;
	}
	error(`previews: no text box "${placeholder}" to type into`);
}

/** What a preview does once mounted, as the player would: click a button (by its text's start), or type into a box. */
type Step =
	string | { readonly type: string; readonly into: string } | { readonly click: string; readonly under: string };

function preview(
	name: string,
	fill: (store: ClientStore, client: EmulatedClient) => void,
	tab?: string | readonly Step[],
): PreviewScreen {
	const steps: readonly Step[] = tab === undefined ? [] : typeIs(tab, "string") ? [tab] : tab;
	return {
		name,
		mount: (client) => {
			const app = mountApp(
				client,
				(store) => {
					store.clock(student.now);
					fill(store, client);
				},
				previewActions(pages),
				PANEL_BUTTONS,
				previewClassActions,
			);
			for (const step of steps) {
				Emulation.advance(0.1);
				if (typeIs(step, "string")) clickTab(client, step);
				else if ("into" in step) client.typeInto(findBox(client, step.into), step.type);
				else clickTab(client, step.click, client.playerGui().FindFirstChild(step.under, true));
			}
			return app.unmount;
		},
	};
}

function screen(name: string, id: ScreenId, tab?: string, larger = false): PreviewScreen {
	return preview(
		name,
		(store) => {
			store.view(student.view);
			store.screen(id);
			if (larger) store.textScale({ ...store.textScale(), larger: true });
		},
		tab,
	);
}

/** The news of the sample student's last day, as the client makes it, the first of `kind`. */
function notification(name: string, kind: string): PreviewScreen {
	return preview(name, (store, client) => {
		store.view(student.view);
		const { notificationsOf } = client.requireModule<typeof NotificationsModule>(
			`Players/${client.player.Name}/PlayerScripts/TS/notifications/notifications-of`,
		);
		const { getPublicCatalog } =
			client.requireModule<typeof import("shared/catalog")>("ReplicatedStorage/TS/catalog");
		const all = notificationsOf(student.lastEffects, getPublicCatalog(), student.view);
		const first = all.find((candidate) => candidate.kind === kind);
		if (first === undefined) error(`previews: the sample day made no ${kind} notification`);
		store.notifications([first]);
	});
}

/** A classroom preview: the sample student's HUD under what the class server says, and `fill`'s classroom state. */
function classroom(
	name: string,
	fill: (store: ClientStore, now: number) => void,
	steps?: readonly Step[],
): PreviewScreen {
	return preview(
		name,
		(store) => {
			store.view(student.view);
			fill(store, student.now);
		},
		steps,
	);
}

/** The server's time a preview's open question closes at (the quiz counts down on Workspace:GetServerTimeNow). */
const closesSoon = () => Workspace.GetServerTimeNow() + 18;

const CLASSROOM_SCREENS: readonly PreviewScreen[] = [
	classroom("class-join", (store) => {
		store.classView(sampleHub("student"));
		store.screen("classroom");
	}),
	classroom(
		"class-join-refused",
		(store) => {
			store.classView(sampleHub("student"));
			store.screen("classroom");
			store.replies(new Map([["class:join", "That code has expired: ask your teacher for the new one."]]));
		},
		[{ type: "KX7-4PN", into: "Join code" }],
	),
	classroom(
		"class-create",
		(store) => {
			store.classView(sampleHub("teacher"));
			store.screen("classroom");
			store.issuedCode("KX7-4PM");
			store.replies(new Map([["class:create", ""]]));
		},
		[{ type: "Ms Rivera's 5th grade", into: "Class name" }],
	),
	classroom("class-banner", (store, now) => store.classView(sampleClassBroadcast(now))),
	classroom("class-page", (store, now) => {
		store.classView(sampleClassBroadcast(now));
		store.screen("classroom");
	}),
	classroom("live-quiz-question", (store, now) =>
		store.classView(sampleClassBroadcast(now, sampleStudentQuiz(closesSoon()))),
	),
	classroom("live-quiz-answered", (store, now) =>
		store.classView(sampleClassBroadcast(now, { ...sampleStudentQuiz(closesSoon()), your_answer: "1/2" })),
	),
	classroom("live-quiz-revealed", (store, now) =>
		store.classView(
			sampleClassBroadcast(now, {
				...sampleStudentQuiz(),
				phase: "revealed",
				your_answer: "3/4",
				correct_answer: "1/2",
			}),
		),
	),
	classroom("live-quiz-paused", (store, now) =>
		store.classView(sampleClassBroadcast(now, { ...sampleStudentQuiz(), phase: "paused" })),
	),
	classroom("live-quiz-result", (store, now) =>
		store.classView(
			sampleClassBroadcast(now, {
				...sampleStudentQuiz(),
				phase: "ended",
				number: 5,
				question: undefined,
				result: { correct: 4, questions: 5, xp: 120, coins: 12 },
			}),
		),
	),
	classroom("console-class", (store, now) => {
		store.classView(sampleTeacherBroadcast(now));
		store.console(sampleConsole(now, sampleTeacherQuiz(closesSoon())));
		store.screen("classroom");
	}),
	classroom(
		"console-roster",
		(store, now) => {
			store.classView(sampleTeacherBroadcast(now));
			store.console(sampleConsole(now));
			store.screen("classroom");
		},
		["Roster"],
	),
	classroom(
		"console-roster-award",
		(store, now) => {
			store.classView(sampleTeacherBroadcast(now));
			store.console(sampleConsole(now));
			store.screen("classroom");
		},
		[
			"Roster",
			{ click: "Manage", under: "Student_1003" },
			{ type: "50", into: "Amount" },
			{ type: "Helped Jonah with fractions", into: "Why" },
		],
	),
	classroom(
		"console-quiz-setup",
		(store, now) => {
			store.classView(sampleTeacherBroadcast(now));
			store.console(sampleQuietConsole(now));
			store.screen("classroom");
		},
		["Quiz", "Fractions check", "Timed"],
	),
	classroom(
		"console-quiz-live",
		(store, now) => {
			store.classView(sampleTeacherBroadcast(now));
			store.console(sampleConsole(now, sampleTeacherQuiz(closesSoon())));
			store.screen("classroom");
		},
		["Quiz"],
	),
	classroom(
		"console-questions",
		(store, now) => {
			store.classView(sampleTeacherBroadcast(now));
			store.console(sampleConsole(now));
			store.screen("classroom");
			store.questionImport(SAMPLE_IMPORT);
		},
		["Questions", { type: "Fractions check", into: "Title" }, { type: SAMPLE_PASTE, into: "What is" }],
	),
	classroom(
		"console-questions-errors",
		(store, now) => {
			store.classView(sampleTeacherBroadcast(now));
			store.console(sampleConsole(now));
			store.screen("classroom");
			store.questionImport(SAMPLE_IMPORT_ERRORS);
			store.replies(new Map([["console:questions", "2 lines could not be read: fix them and preview again"]]));
		},
		["Questions", { type: "Fractions check", into: "Title" }, { type: SAMPLE_BAD_PASTE, into: "What is" }],
	),
	classroom(
		"console-report",
		(store, now) => {
			store.classView(sampleTeacherBroadcast(now));
			store.console(sampleConsole(now));
			store.screen("classroom");
			store.report(sampleReport());
		},
		["Report"],
	),
	classroom(
		"console-log",
		(store, now) => {
			store.classView(sampleTeacherBroadcast(now));
			store.console(sampleConsole(now));
			store.screen("classroom");
		},
		["Log"],
	),
];

export const PREVIEW_SCREENS: readonly PreviewScreen[] = [
	preview("hud", (store) => store.view(student.view)),
	preview("hud-loading", () => undefined),
	screen("profile", "profile"),
	screen("badges", "badges"),
	screen("badge-collections", "badges", "Collections"),
	screen("achievements", "achievements"),
	screen("quests", "quests"),
	screen("quest-board", "quests", "Quest board"),
	screen("leaderboards", "leaderboards"),
	screen("shop", "shop"),
	screen("inventory", "shop", "My items"),
	screen("settings", "settings"),
	screen("settings-larger-text", "settings", undefined, true),
	notification("notification-achievement", "achievement"),
	notification("notification-quest", "quest_progress"),
	preview("notification-level-up", (store) => {
		store.view(student.view);
		store.notifications([
			{
				kind: "level_up",
				icon: "⬆",
				title: `Level ${student.view.level}!`,
				body: `You reached level ${student.view.level}. Keep learning!`,
				color: Color3.fromRGB(88, 196, 120),
				seconds: 4,
			},
		]);
	}),
	preview("activity-question", (store) => {
		store.view(student.view);
		store.activity(activity.asking);
	}),
	preview("activity-feedback", (store) => {
		store.view(student.view);
		store.activity(activity.feedback);
	}),
	...CLASSROOM_SCREENS,
];
