import type * as NotificationsModule from "client/notifications/notifications-of";
import type { ActivityState } from "client/activity/activity-controller";
import type { ClientStore, ScreenId } from "client/state/client-store";
import { getDefaultContent } from "server/content/default-content";
import { getServerCatalog } from "server/catalog/server-catalog";
import { presentQuestion } from "shared/content";
import { mountApp } from "./mount-app";
import { previewActions } from "./preview-actions";
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
function clickTab(client: EmulatedClient, text: string) {
	for (const descendant of client.playerGui().GetDescendants()) {
		if (descendant.IsA("TextButton") && descendant.Text.sub(1, text.size()) === text) {
			client.click(descendant);
			return;
		}
	}
	error(`previews: no button "${text}" to click`);
}

function preview(
	name: string,
	fill: (store: ClientStore, client: EmulatedClient) => void,
	tab?: string,
): PreviewScreen {
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
			);
			if (tab !== undefined) {
				Emulation.advance(0.1);
				clickTab(client, tab);
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
];
