import type RoactModule from "@rbxts/roact";
import { withWorld } from "../helpers/world";

const ROACT = "ReplicatedStorage/rbxts_include/node_modules/@rbxts/roact/src";

/** A client of a fresh server, with a ScreenGui in its PlayerGui holding one TextButton. */
function setUp(world: EmulatedWorld, userId = 31) {
	const server = world.startServer({ runScripts: false });
	const client = server.addPlayer({ userId, runScripts: false });
	const screen = new Instance("ScreenGui");
	screen.Name = "Screen";
	screen.Parent = client.playerGui();
	const frame = new Instance("Frame");
	frame.Name = "Panel";
	frame.Parent = screen;
	const button = new Instance("TextButton");
	button.Name = "Go";
	button.Parent = frame;
	const uis = client.game.GetService("UserInputService");
	return { server, client, screen, frame, button, uis };
}

/** The error `fn` raises, as a string ("" when it raised none). */
function errorOf(fn: () => void): string {
	const [ok, err] = pcall(fn);
	return ok ? "" : tostring(err);
}

function contains(text: string, part: string) {
	return text.find(part, 1, true)[0] !== undefined;
}

export = () => {
	describe("emulated GUI input", () => {
		it("fires a click's events in Roblox's order, with Activated's input and click count", () =>
			withWorld((world) => {
				const { client, button, uis } = setUp(world);
				const order = new Array<string>();
				button.MouseEnter.Connect(() => order.push("enter"));
				button.InputBegan.Connect((input) => order.push(`began:${input.UserInputType.Name}`));
				button.MouseButton1Down.Connect(() => order.push("down"));
				uis.InputBegan.Connect((input, processed) =>
					order.push(`uis-began:${input.UserInputType.Name}:${processed}`),
				);
				button.InputEnded.Connect(() => order.push("ended"));
				button.MouseButton1Up.Connect(() => order.push("up"));
				button.MouseButton1Click.Connect(() => order.push("click"));
				button.Activated.Connect((input, count) =>
					order.push(`activated:${input.UserInputState.Name}:${count}`),
				);
				uis.InputEnded.Connect((_, processed) => order.push(`uis-ended:${processed}`));
				client.click(button);
				expect(order.join(",")).to.equal(
					"enter,began:MouseButton1,down,uis-began:MouseButton1:true,ended,up,click,activated:End:1,uis-ended:true",
				);
				// an InputObject is an Instance on Roblox, and here
				let received: InputObject | undefined;
				button.Activated.Connect((input) => (received = input));
				order.clear();
				client.click(button);
				expect(typeOf(received)).to.equal("Instance");
				expect(received!.IsA("InputObject")).to.equal(true);
				expect(received!.KeyCode).to.equal(Enum.KeyCode.Unknown);
				// the cursor stays on the button: a second click fires no second MouseEnter
				order.clear();
				client.click(button);
				expect(order[0]).to.equal("began:MouseButton1");
			}));

		it("refuses a click the player could not make, naming why, and fires nothing", () =>
			withWorld((world) => {
				const { client, screen, frame, button } = setUp(world);
				let activated = 0;
				button.Activated.Connect(() => activated++);
				button.Visible = false;
				expect(
					contains(
						errorOf(() => client.click(button)),
						"is not visible (Visible = false)",
					),
				).to.equal(true);
				button.Visible = true;
				frame.Visible = false;
				expect(
					contains(
						errorOf(() => client.click(button)),
						'ancestor Frame "',
					),
				).to.equal(true);
				frame.Visible = true;
				screen.Enabled = false;
				expect(
					contains(
						errorOf(() => client.click(button)),
						"ScreenGui",
					),
				).to.equal(true);
				screen.Enabled = true;
				button.Interactable = false;
				expect(
					contains(
						errorOf(() => client.click(button)),
						"Interactable = false",
					),
				).to.equal(true);
				button.Interactable = true;
				button.Active = false;
				expect(
					contains(
						errorOf(() => client.click(button)),
						"Active = false",
					),
				).to.equal(true);
				button.Active = true;
				const elsewhere = new Instance("TextButton");
				elsewhere.Parent = client.game.GetService("ReplicatedStorage");
				expect(
					contains(
						errorOf(() => client.click(elsewhere)),
						"is not in",
					),
				).to.equal(true);
				expect(activated).to.equal(0);
				client.click(button);
				expect(activated).to.equal(1);
			}));

		it("right-clicks with MouseButton2 events and SecondaryActivated, not Activated", () =>
			withWorld((world) => {
				const { client, button } = setUp(world);
				const order = new Array<string>();
				button.MouseButton2Down.Connect(() => order.push("down2"));
				button.MouseButton2Up.Connect(() => order.push("up2"));
				button.MouseButton2Click.Connect(() => order.push("click2"));
				button.SecondaryActivated.Connect(() => order.push("secondary"));
				button.Activated.Connect(() => order.push("activated"));
				button.MouseButton1Click.Connect(() => order.push("click1"));
				client.rightClick(button);
				expect(order.join(",")).to.equal("down2,up2,click2,secondary");
			}));

		it("hovers: MouseEnter on the object and its ancestors, MouseLeave on what the cursor leaves", () =>
			withWorld((world) => {
				const { client, frame, button } = setUp(world);
				const other = new Instance("TextButton");
				other.Name = "Other";
				other.Parent = frame;
				const seen = new Array<string>();
				for (const gui of [frame, button, other]) {
					gui.MouseEnter.Connect(() => seen.push(`enter ${gui.Name}`));
					gui.MouseLeave.Connect(() => seen.push(`leave ${gui.Name}`));
				}
				client.hover(button);
				expect(seen.join(",")).to.equal("enter Panel,enter Go");
				client.hover(other);
				expect(seen.join(",")).to.equal("enter Panel,enter Go,leave Go,enter Other");
				client.unhover();
				expect(seen.join(",")).to.equal("enter Panel,enter Go,leave Go,enter Other,leave Other,leave Panel");
			}));

		it("presses keys through UserInputService with gameProcessedEvent, and refuses on a device without a keyboard", () =>
			withWorld((world) => {
				const { client, uis } = setUp(world);
				const seen = new Array<string>();
				uis.InputBegan.Connect((input, processed) => seen.push(`began ${input.KeyCode.Name} ${processed}`));
				uis.InputEnded.Connect((input) =>
					seen.push(`ended ${input.KeyCode.Name} ${input.UserInputState.Name}`),
				);
				client.pressKey(Enum.KeyCode.E);
				client.pressKey("Q", { gameProcessed: true });
				expect(seen.join(",")).to.equal("began E false,ended E End,began Q true,ended Q End");
				expect(uis.KeyboardEnabled).to.equal(true);
				client.setDevice("phone");
				expect(uis.KeyboardEnabled).to.equal(false);
				expect(
					contains(
						errorOf(() => client.pressKey(Enum.KeyCode.E)),
						"KeyboardEnabled = false",
					),
				).to.equal(true);
			}));

		it("taps on a touch device: TouchStarted, the button's Activated, TouchEnded and TouchTap", () =>
			withWorld((world) => {
				const { client, button, uis } = setUp(world);
				expect(
					contains(
						errorOf(() => client.tap(button)),
						"TouchEnabled = false",
					),
				).to.equal(true);
				client.setDevice("phone");
				expect(uis.TouchEnabled).to.equal(true);
				expect(uis.MouseEnabled).to.equal(false);
				const order = new Array<string>();
				uis.TouchStarted.Connect((input, processed) =>
					order.push(`started:${input.UserInputType.Name}:${processed}`),
				);
				button.Activated.Connect((input) => order.push(`activated:${input.UserInputType.Name}`));
				uis.TouchEnded.Connect(() => order.push("ended"));
				uis.TouchTap.Connect((positions, processed) => order.push(`tap:${positions.size()}:${processed}`));
				client.tap(button);
				expect(order.join(",")).to.equal("started:Touch:true,activated:Touch,ended,tap:1:true");
				// a phone has no mouse
				expect(
					contains(
						errorOf(() => client.click(button)),
						"MouseEnabled = false",
					),
				).to.equal(true);
			}));

		it("types into a TextBox: Focused, one Text change per character, FocusLost(true) on Enter", () =>
			withWorld((world) => {
				const { client, frame, uis } = setUp(world);
				const box = new Instance("TextBox");
				box.Text = "old";
				box.Parent = frame;
				const seen = new Array<string>();
				box.Focused.Connect(() => seen.push(`focused:${box.Text}`));
				// the spec host's connection would be polled for the rest of the run: disconnected below
				const texts = box.GetPropertyChangedSignal("Text").Connect(() => seen.push(box.Text));
				box.FocusLost.Connect((enter, input) => seen.push(`lost:${enter}:${input.KeyCode.Name}`));
				uis.TextBoxFocused.Connect(() => seen.push(`uis-focused:${uis.GetFocusedTextBox() === box}`));
				client.typeInto(box, "hi", { pressEnter: true });
				// ClearTextOnFocus is true by default: the old text goes when the box is focused
				expect(seen.join(",")).to.equal(",focused:,uis-focused:true,h,hi,lost:true:Return");
				expect(box.Text).to.equal("hi");
				expect(box.IsFocused()).to.equal(false);
				expect(uis.GetFocusedTextBox()).to.equal(undefined);
				texts.Disconnect();
			}));

		it("keeps a TextBox's text when ClearTextOnFocus is false and releases focus on Escape without submitting", () =>
			withWorld((world) => {
				const { client, frame } = setUp(world);
				const box = new Instance("TextBox");
				box.ClearTextOnFocus = false;
				box.Text = "ab";
				box.Parent = frame;
				const lost = new Array<string>();
				box.FocusLost.Connect((enter) => lost.push(`${enter}`));
				client.typeInto(box, "c", { keepFocus: true });
				expect(box.Text).to.equal("abc");
				expect(box.IsFocused()).to.equal(true);
				expect(client.focusedTextBox()).to.equal(box);
				client.pressKey(Enum.KeyCode.Escape);
				expect(lost.join(",")).to.equal("false");
				expect(box.IsFocused()).to.equal(false);
				box.CaptureFocus();
				expect(box.IsFocused()).to.equal(true);
				box.ReleaseFocus(true);
				expect(lost.join(",")).to.equal("false,true");
			}));

		it("refuses to type into a box the player cannot edit or see", () =>
			withWorld((world) => {
				const { client, frame } = setUp(world);
				const box = new Instance("TextBox");
				box.Parent = frame;
				box.TextEditable = false;
				expect(
					contains(
						errorOf(() => client.typeInto(box, "x")),
						"TextEditable = false",
					),
				).to.equal(true);
				box.TextEditable = true;
				frame.Visible = false;
				expect(
					contains(
						errorOf(() => client.typeInto(box, "x")),
						"Visible = false",
					),
				).to.equal(true);
				// a new TextBox's text is "TextBox", on Roblox as here: nothing was typed
				expect(box.Text).to.equal("TextBox");
			}));

		it("drives a mounted Roact tree: Roact.Change.Text sees each keystroke and Roact.Event.Activated the click", () =>
			withWorld((world) => {
				const server = world.startServer({ runScripts: false });
				const client = server.addPlayer({ userId: 32, name: "ida", runScripts: false });
				const Roact = client.requireModule<typeof RoactModule>(ROACT);
				const drafts = new Array<string>();
				const sent = new Array<string>();
				let draft = "";
				function AnswerForm() {
					return Roact.createElement(
						"Frame",
						{ Size: new UDim2(0, 300, 0, 80) },
						{
							Answer: Roact.createElement("TextBox", {
								Text: "",
								PlaceholderText: "Your answer",
								[Roact.Change.Text]: (rbx: TextBox) => {
									draft = rbx.Text;
									drafts.push(rbx.Text);
								},
							} as never),
							Send: Roact.createElement("TextButton", {
								Text: "Send",
								[Roact.Event.Activated]: () => sent.push(draft),
							} as never),
						},
					);
				}
				const tree = Roact.mount(
					Roact.createElement("ScreenGui", {}, { Form: Roact.createElement(AnswerForm) }),
					client.playerGui(),
					"Quiz",
				);
				const form = client.playerGui().WaitForChild("Quiz").WaitForChild("Form");
				// the Text Roact set while mounting may reach Roact.Change.Text at the next frame (as
				// under Roblox's deferred events, depending on the order Roact applied the props)
				task.wait();
				drafts.clear();
				client.typeInto(form.WaitForChild("Answer") as TextBox, "42");
				expect(drafts.join(",")).to.equal("4,42");
				client.click(form.WaitForChild("Send") as TextButton);
				expect(sent.join(",")).to.equal("42");
				Roact.unmount(tree);
				expect(client.playerGui().FindFirstChild("Quiz")).to.equal(undefined);
			}));
	});
};
