import { UserInputService } from "@rbxts/services";
import { SCREENS } from "client/state/client-store";
import { ClientStore } from "client/state/client-store";

const NUMBER_KEYS: readonly Enum.KeyCode[] = [
	Enum.KeyCode.One,
	Enum.KeyCode.Two,
	Enum.KeyCode.Three,
	Enum.KeyCode.Four,
	Enum.KeyCode.Five,
	Enum.KeyCode.Six,
	Enum.KeyCode.Seven,
	Enum.KeyCode.Eight,
];

/** The screen `step` places from the open one, round the menu (none open: the first or the last). */
function cycled(store: ClientStore, step: number) {
	const open = store.screen();
	const index = open === undefined ? (step > 0 ? -1 : 0) : SCREENS.indexOf(open);
	return SCREENS[(index + step + SCREENS.size()) % SCREENS.size()];
}

/**
 * The menu from a keyboard or a gamepad: 1 to 8 open (or close) a screen, Backspace or B closes it,
 * the shoulder buttons step through the screens. Keys typed into a text box are not commands
 * (`gameProcessed`).
 */
export function connectMenuKeys(store: ClientStore): RBXScriptConnection {
	return UserInputService.InputBegan.Connect((input, gameProcessed) => {
		if (gameProcessed) return;
		const key = input.KeyCode;
		const number = NUMBER_KEYS.indexOf(key);
		if (number >= 0) {
			const screen = SCREENS[number];
			store.screen(store.screen() === screen ? undefined : screen);
		} else if (key === Enum.KeyCode.Backspace || key === Enum.KeyCode.ButtonB) {
			store.screen(undefined);
		} else if (key === Enum.KeyCode.ButtonR1) {
			store.screen(cycled(store, 1));
		} else if (key === Enum.KeyCode.ButtonL1) {
			store.screen(cycled(store, -1));
		}
	});
}
