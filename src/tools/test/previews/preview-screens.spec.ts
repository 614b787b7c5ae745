import { PREVIEW_SCREENS } from "tools/previews/preview-screens";

/** A phone held sideways: where space is shortest. */
const PHONE = { width: 844, height: 390 };

function shownButtons(root: Instance): TextButton[] {
	const buttons = new Array<TextButton>();
	for (const object of root.GetDescendants()) {
		if (!object.IsA("TextButton")) continue;
		let shown = true;
		let current: Instance | undefined = object;
		while (current !== undefined && shown) {
			if (current.IsA("GuiObject") && !current.Visible) shown = false;
			current = current.Parent;
		}
		if (shown) buttons.push(object);
	}
	return buttons;
}

export = () => {
	describe("the preview screens", () => {
		it("each mounts at phone size with text on screen and every button a finger can hit", () => {
			for (const screen of PREVIEW_SCREENS) {
				const world = Emulation.createWorld({ seed: 1 });
				const [ok, problem] = pcall(() => {
					const server = world.startServer({ runScripts: false });
					const client = server.addPlayer({ userId: 4200, name: "Amara", runScripts: false });
					client.setViewportSize(PHONE.width, PHONE.height);
					const unmount = screen.mount(client);
					Emulation.advance(0.5);
					client.layoutGui();
					const gui = client.playerGui().FindFirstChild("ClassQuest")!;
					const texts = gui
						.GetDescendants()
						.filter(
							(object) => (object.IsA("TextLabel") || object.IsA("TextButton")) && object.Text !== "",
						);
					expect(`${screen.name}: ${texts.size() > 3}`).to.equal(`${screen.name}: true`);
					for (const button of shownButtons(gui)) {
						expect(`${screen.name} ${button.Text}: ${button.AbsoluteSize.Y >= 44}`).to.equal(
							`${screen.name} ${button.Text}: true`,
						);
					}
					unmount();
				});
				world.destroy();
				if (!ok) error(`${screen.name}: ${problem}`);
			}
		});
	});
};
