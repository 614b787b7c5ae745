import type * as HookedModule from "client/ui/hooked";
import type * as LabelsModule from "client/menu/screen-labels";
import type { ScreenId } from "client/state/client-store";
import { findButton, findText } from "../helpers/gui";
import { joinAndLoad } from "../helpers/server";
import { waitUntil } from "../helpers/world";

/** A module of the client's own code, as that client runs it (specs cannot import client modules). */
export function clientModule<T>(client: EmulatedClient, path: string): T {
	return client.requireModule<T>(`Players/${client.player.Name}/PlayerScripts/TS/${path}`);
}

/** The student's screen in a live client: its ScreenGui, once main.client has mounted it. */
export function guiOf(client: EmulatedClient): ScreenGui {
	const gui = client.playerGui().FindFirstChild("ClassQuest");
	if (gui === undefined) error("the client has not mounted its UI");
	return gui as ScreenGui;
}

/** A student on a live server whose client runs its scripts, with their HUD showing their level. */
export function liveStudent(world: EmulatedWorld, server: EmulatedServer, userId: number): EmulatedClient {
	joinAndLoad(world, server, userId);
	const client = server.clientOf(userId)!;
	const shown = waitUntil(() => {
		const gui = client.playerGui().FindFirstChild("ClassQuest");
		return gui !== undefined && findText(gui, "Level ", true) !== undefined;
	});
	if (!shown) error(`the HUD of ${userId} never showed a level`);
	return client;
}

/** Opens a screen as a student does: clicks its button in the menu bar, and waits a frame for it to draw. */
export function openScreen(client: EmulatedClient, screen: ScreenId): Instance {
	const label = clientModule<typeof LabelsModule>(client, "menu/screen-labels").SCREEN_LABELS[screen];
	const button = findButton(guiOf(client), label);
	if (button === undefined) error(`no menu button "${label}"`);
	client.click(button);
	Emulation.advance(0.1);
	const open = guiOf(client).FindFirstChild("Screen");
	if (open === undefined || open.GetChildren().size() === 0) error(`the ${screen} screen did not open`);
	return open;
}

/** Clicks the button showing `text` (or starting with it) under `root`, failing with the text when there is none. */
export function clickText(client: EmulatedClient, root: Instance, text: string, prefix = false) {
	const button = findButton(root, text, prefix);
	if (button === undefined) error(`no button shows "${text}"`);
	client.click(button);
	Emulation.advance(0.1);
}

/** How many times each named component of this client has rendered. */
export function rendersOf(client: EmulatedClient): Map<string, number> {
	const hooked = clientModule<typeof HookedModule>(client, "ui/hooked");
	const copy = new Map<string, number>();
	for (const [name, count] of hooked.renderCounts()) copy.set(name, count);
	return copy;
}

/** Clicks a tab by its label, whether or not it is the selected one (marked "▸ "). */
export function clickTab(client: EmulatedClient, root: Instance, label: string) {
	const button = findButton(root, label) ?? findButton(root, `▸ ${label}`);
	if (button === undefined) error(`no tab "${label}"`);
	client.click(button);
	Emulation.advance(0.1);
}
