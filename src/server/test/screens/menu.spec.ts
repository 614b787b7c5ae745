import { findButton } from "../helpers/gui";
import { withWorld } from "../helpers/world";
import { guiOf, liveStudent } from "./screen-helpers";

const ELI = 5601;

function openTitle(client: EmulatedClient): string | undefined {
	// the open screen's panel is the Screen frame's only child; its title is the panel's own
	const panel = guiOf(client).FindFirstChild("Screen")?.GetChildren()[0];
	return (panel?.FindFirstChild("Title") as TextLabel | undefined)?.Text;
}

export = () => {
	describe("the menu", () => {
		it("opens each screen from the keyboard and the gamepad, and closes it again", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = liveStudent(world, server, ELI);
				client.pressKey(Enum.KeyCode.Three);
				Emulation.advance(0.1);
				expect(openTitle(client)).to.equal("Achievements");
				// the open screen's button says so in words, not by colour alone
				expect(findButton(guiOf(client), "▸★ Awards")).never.to.equal(undefined);
				client.pressKey(Enum.KeyCode.ButtonR1);
				Emulation.advance(0.1);
				expect(openTitle(client)).to.equal("Quests");
				client.pressKey(Enum.KeyCode.ButtonL1);
				client.pressKey(Enum.KeyCode.ButtonL1);
				Emulation.advance(0.1);
				expect(openTitle(client)).to.equal("Badges");
				client.pressKey(Enum.KeyCode.ButtonB);
				Emulation.advance(0.1);
				expect(openTitle(client)).to.equal(undefined);
				client.pressKey(Enum.KeyCode.Seven);
				Emulation.advance(0.1);
				expect(openTitle(client)).to.equal("Settings");
				client.pressKey(Enum.KeyCode.Backspace);
				Emulation.advance(0.1);
				expect(openTitle(client)).to.equal(undefined);
			}));

		it("ignores keys typed into a text box", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = liveStudent(world, server, ELI);
				client.pressKey(Enum.KeyCode.Two, { gameProcessed: true });
				Emulation.advance(0.1);
				expect(openTitle(client)).to.equal(undefined);
			}));

		it("on a phone, an open screen takes the menu bar's room and its Close button brings it back", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = liveStudent(world, server, ELI);
				client.setViewportSize(844, 390);
				client.setDevice("phone");
				Emulation.advance(0.1);
				client.tap(findButton(guiOf(client), "☺ Me")!);
				Emulation.advance(0.1);
				expect(openTitle(client)).to.equal("Profile");
				const bar = guiOf(client).FindFirstChild("Menu") as Frame;
				expect(bar.Visible).to.equal(false);
				client.tap(findButton(guiOf(client), "✕ Close")!);
				Emulation.advance(0.1);
				expect(openTitle(client)).to.equal(undefined);
				expect(bar.Visible).to.equal(true);
				// every button a finger can reach is at least 44 px tall
				for (const object of guiOf(client).GetDescendants()) {
					if (object.IsA("TextButton") && object.Visible) {
						expect(object.AbsoluteSize.Y >= 44).to.equal(true);
					}
				}
			}));
	});
};
