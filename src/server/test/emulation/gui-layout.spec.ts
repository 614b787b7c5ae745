import { withWorld } from "../helpers/world";

/**
 * The emulation's GUI layout pass and text measurement (test/emulation/engine/gui-layout.luau,
 * text-bounds.luau). Every expected number is worked out by hand from Roblox's rules; the
 * viewport is 1000 x 658, so a ScreenGui that keeps clear of the 58 px top bar is 1000 x 600.
 */

type Props<T extends keyof CreatableInstances> = Partial<WritableInstanceProperties<CreatableInstances[T]>>;

function make<T extends keyof CreatableInstances>(className: T, parent: Instance, props: Props<T> = {}) {
	const instance = new Instance(className);
	for (const [key, value] of pairs(props as object)) {
		(instance as unknown as Record<string, unknown>)[key as string] = value;
	}
	instance.Parent = parent;
	return instance;
}

function withGui(test: (gui: ScreenGui, client: EmulatedClient) => void) {
	withWorld((world) => {
		const server = world.startServer({ runScripts: false });
		const client = server.addPlayer({ userId: 31, runScripts: false });
		client.setViewportSize(1000, 658);
		const gui = make("ScreenGui", client.playerGui());
		test(gui, client);
	});
}

/** One frame: the client's renderer lays its PlayerGui out before the next frame, as Roblox does. */
function frame() {
	task.wait();
}

function expectVector(actual: Vector2, x: number, y: number) {
	const close = math.abs(actual.X - x) < 1e-3 && math.abs(actual.Y - y) < 1e-3;
	if (!close) error(`expected (${x}, ${y}), got (${actual.X}, ${actual.Y})`, 2);
}

export = () => {
	describe("the emulated GUI layout", () => {
		it("sizes and places by scale, offset and anchor point, relative to the parent", () =>
			withGui((gui) => {
				const outer = make("Frame", gui, {
					Size: new UDim2(0.5, 20, 0.25, -10),
					Position: new UDim2(0.1, 5, 0.5, 0),
					AnchorPoint: new Vector2(0.5, 1),
				});
				const inner = make("Frame", outer, {
					Size: new UDim2(0.5, 0, 1, -40),
					Position: new UDim2(1, 0, 0, 10),
					AnchorPoint: new Vector2(1, 0),
				});
				frame();
				expectVector(gui.AbsoluteSize, 1000, 600);
				expectVector(gui.AbsolutePosition, 0, 0);
				// 0.5 * 1000 + 20, 0.25 * 600 - 10; x = 100 + 5 - 0.5 * 520, y = 300 - 140
				expectVector(outer.AbsoluteSize, 520, 140);
				expectVector(outer.AbsolutePosition, -155, 160);
				// 0.5 * 520, 140 - 40; x = -155 + 520 - 260, y = 160 + 10
				expectVector(inner.AbsoluteSize, 260, 100);
				expectVector(inner.AbsolutePosition, 105, 170);
			}));

		it("keeps a ScreenGui below the top bar unless it ignores the inset", () =>
			withGui((gui, client) => {
				const full = make("ScreenGui", client.playerGui(), { IgnoreGuiInset: true });
				const cover = make("Frame", full, { Size: new UDim2(1, 0, 1, 0) });
				const below = make("Frame", gui, { Size: new UDim2(1, 0, 1, 0) });
				frame();
				expectVector(full.AbsoluteSize, 1000, 658);
				expectVector(full.AbsolutePosition, 0, -58);
				expectVector(cover.AbsolutePosition, 0, -58);
				expectVector(cover.AbsoluteSize, 1000, 658);
				expectVector(below.AbsolutePosition, 0, 0);
				expectVector(below.AbsoluteSize, 1000, 600);
				const [topLeft] = client.game.GetService("GuiService").GetGuiInset();
				expectVector(topLeft, 0, 58);
			}));

		it("places children inside the parent's UIPadding", () =>
			withGui((gui) => {
				const box = make("Frame", gui, { Size: UDim2.fromOffset(400, 300) });
				make("UIPadding", box, {
					PaddingLeft: new UDim(0.1, 0),
					PaddingRight: new UDim(0, 10),
					PaddingTop: new UDim(0, 20),
					PaddingBottom: new UDim(0.1, 0),
				});
				const fill = make("Frame", box, { Size: UDim2.fromScale(1, 1) });
				const corner = make("Frame", box, {
					Size: UDim2.fromOffset(50, 50),
					Position: UDim2.fromScale(1, 1),
					AnchorPoint: new Vector2(1, 1),
				});
				frame();
				// left 0.1 * 400 = 40, right 10, top 20, bottom 0.1 * 300 = 30
				expectVector(fill.AbsolutePosition, 40, 20);
				expectVector(fill.AbsoluteSize, 350, 250);
				expectVector(corner.AbsolutePosition, 340, 220);
			}));

		it("stacks a vertical UIListLayout by LayoutOrder with padding and centres it, leaving out invisible children", () =>
			withGui((gui) => {
				const list = make("Frame", gui, {
					Size: UDim2.fromOffset(300, 400),
					Position: UDim2.fromOffset(10, 10),
				});
				const layout = make("UIListLayout", list, {
					Padding: new UDim(0, 5),
					HorizontalAlignment: Enum.HorizontalAlignment.Center,
					SortOrder: Enum.SortOrder.LayoutOrder,
				});
				const a = make("Frame", list, { Name: "A", LayoutOrder: 2, Size: UDim2.fromOffset(100, 50) });
				const b = make("Frame", list, { Name: "B", LayoutOrder: 1, Size: new UDim2(0.5, 0, 0, 30) });
				const hidden = make("Frame", list, {
					Name: "C",
					LayoutOrder: 3,
					Size: UDim2.fromOffset(80, 20),
					Visible: false,
				});
				const d = make("Frame", list, {
					Name: "D",
					LayoutOrder: 3,
					Size: UDim2.fromOffset(60, 40),
					Position: UDim2.fromOffset(500, 500),
				});
				frame();
				// B (150 wide) first, then A, then D; C is invisible and takes no room
				expectVector(b.AbsolutePosition, 85, 10);
				expectVector(b.AbsoluteSize, 150, 30);
				expectVector(a.AbsolutePosition, 110, 45);
				expectVector(d.AbsolutePosition, 130, 100);
				expectVector(layout.AbsoluteContentSize, 150, 130);
				// an invisible child is still sized and placed by its own Position
				expectVector(hidden.AbsolutePosition, 10, 10);
				expectVector(hidden.AbsoluteSize, 80, 20);
			}));

		it("lines up a horizontal UIListLayout by name, aligned right and bottom, with a scaled padding", () =>
			withGui((gui) => {
				const row = make("Frame", gui, { Size: UDim2.fromOffset(500, 100) });
				const layout = make("UIListLayout", row, {
					FillDirection: Enum.FillDirection.Horizontal,
					Padding: new UDim(0.02, 0),
					HorizontalAlignment: Enum.HorizontalAlignment.Right,
					VerticalAlignment: Enum.VerticalAlignment.Bottom,
					SortOrder: Enum.SortOrder.Name,
				});
				const b = make("Frame", row, { Name: "b", Size: UDim2.fromOffset(100, 40) });
				const a = make("Frame", row, { Name: "a", Size: new UDim2(0, 50, 1, 0) });
				const c = make("Frame", row, { Name: "c", Size: new UDim2(0, 70, 0.5, 0) });
				frame();
				// padding 0.02 * 500 = 10; 50 + 100 + 70 + 2 * 10 = 240 wide, starting at 500 - 240
				expectVector(layout.AbsoluteContentSize, 240, 100);
				expectVector(a.AbsolutePosition, 260, 0);
				expectVector(b.AbsolutePosition, 320, 60);
				expectVector(c.AbsolutePosition, 430, 50);
			}));

		it("fills a UIGridLayout row by row with cell padding, and caps a row at FillDirectionMaxCells", () =>
			withGui((gui) => {
				const grid = make("Frame", gui, { Size: UDim2.fromOffset(330, 400) });
				const layout = make("UIGridLayout", grid, {
					CellSize: UDim2.fromOffset(100, 50),
					CellPadding: UDim2.fromOffset(10, 5),
					SortOrder: Enum.SortOrder.LayoutOrder,
				});
				const cells = new Array<Frame>();
				for (let i = 1; i <= 5; i++) {
					cells.push(
						make("Frame", grid, { Name: `Cell${i}`, LayoutOrder: i, Size: UDim2.fromOffset(10, 10) }),
					);
				}
				frame();
				// (330 + 10) / (100 + 10) = 3 to a row, 2 rows: 3 * 100 + 2 * 10 by 2 * 50 + 5
				expectVector(layout.AbsoluteContentSize, 320, 105);
				expectVector(cells[2].AbsolutePosition, 220, 0);
				expectVector(cells[3].AbsolutePosition, 0, 55);
				// the grid gives every element the cell's size, whatever its own Size
				expectVector(cells[4].AbsoluteSize, 100, 50);
				layout.FillDirectionMaxCells = 2;
				frame();
				expectVector(layout.AbsoluteContentSize, 210, 160);
				expectVector(cells[2].AbsolutePosition, 0, 55);
				expectVector(cells[4].AbsolutePosition, 0, 110);
			}));

		it("keeps an aspect ratio within the element's size, or from its dominant axis", () =>
			withGui((gui) => {
				const square = make("Frame", gui, { Size: UDim2.fromOffset(400, 200) });
				make("UIAspectRatioConstraint", square, { AspectRatio: 1 });
				const wide = make("Frame", gui, { Size: UDim2.fromOffset(300, 300) });
				make("UIAspectRatioConstraint", wide, { AspectRatio: 2 });
				const byHeight = make("Frame", gui, { Size: UDim2.fromOffset(100, 80) });
				make("UIAspectRatioConstraint", byHeight, {
					AspectRatio: 1.5,
					AspectType: Enum.AspectType.ScaleWithParentSize,
					DominantAxis: Enum.DominantAxis.Height,
				});
				frame();
				expectVector(square.AbsoluteSize, 200, 200);
				expectVector(wide.AbsoluteSize, 300, 150);
				expectVector(byHeight.AbsoluteSize, 120, 80);
			}));

		it("clamps a size between a UISizeConstraint's MinSize and MaxSize, and anchors the clamped size", () =>
			withGui((gui) => {
				const big = make("Frame", gui, {
					Size: UDim2.fromScale(1, 1),
					Position: UDim2.fromScale(0.5, 0.5),
					AnchorPoint: new Vector2(0.5, 0.5),
				});
				make("UISizeConstraint", big, { MaxSize: new Vector2(400, 300) });
				const small = make("Frame", gui, { Size: UDim2.fromOffset(10, 10) });
				make("UISizeConstraint", small, { MinSize: new Vector2(50, 60) });
				frame();
				expectVector(big.AbsoluteSize, 400, 300);
				expectVector(big.AbsolutePosition, 300, 150);
				expectVector(small.AbsoluteSize, 50, 60);
			}));

		it("places a ScrollingFrame's children on its canvas, moved by CanvasPosition", () =>
			withGui((gui) => {
				const scroller = make("ScrollingFrame", gui, {
					Size: UDim2.fromOffset(200, 100),
					Position: UDim2.fromOffset(50, 50),
					CanvasSize: UDim2.fromScale(1, 3),
					CanvasPosition: new Vector2(0, 120),
				});
				const child = make("Frame", scroller, {
					Size: UDim2.fromScale(1, 0.5),
					Position: UDim2.fromOffset(0, 10),
				});
				frame();
				expectVector(scroller.AbsoluteCanvasSize, 200, 300);
				// 0.5 of the 300 px canvas; y = 50 - 120 + 10
				expectVector(child.AbsoluteSize, 200, 150);
				expectVector(child.AbsolutePosition, 50, -60);
			}));

		it("grows an automatic canvas to its list's content", () =>
			withGui((gui) => {
				const scroller = make("ScrollingFrame", gui, {
					Size: UDim2.fromOffset(200, 100),
					Position: UDim2.fromOffset(0, 50),
					CanvasSize: UDim2.fromScale(1, 0),
					AutomaticCanvasSize: Enum.AutomaticSize.Y,
				});
				make("UIListLayout", scroller, { SortOrder: Enum.SortOrder.LayoutOrder });
				const rows = new Array<Frame>();
				for (let i = 1; i <= 4; i++) {
					rows.push(make("Frame", scroller, { LayoutOrder: i, Size: new UDim2(1, 0, 0, 40) }));
				}
				frame();
				expectVector(scroller.AbsoluteCanvasSize, 200, 160);
				expectVector(rows[2].AbsolutePosition, 0, 130);
				scroller.CanvasPosition = new Vector2(0, 60);
				frame();
				expectVector(rows[2].AbsolutePosition, 0, 70);
			}));

		it("grows an AutomaticSize frame to its children and padding, and a label to its text", () =>
			withGui((gui) => {
				const box = make("Frame", gui, { Size: UDim2.fromOffset(0, 20), AutomaticSize: Enum.AutomaticSize.XY });
				make("UIPadding", box, {
					PaddingLeft: new UDim(0, 5),
					PaddingRight: new UDim(0, 5),
					PaddingTop: new UDim(0, 5),
					PaddingBottom: new UDim(0, 5),
				});
				make("Frame", box, { Size: UDim2.fromOffset(100, 60), Position: UDim2.fromOffset(10, 0) });
				const label = make("TextLabel", gui, {
					Size: UDim2.fromOffset(0, 30),
					AutomaticSize: Enum.AutomaticSize.X,
					Text: "Hello world",
					TextSize: 20,
				});
				frame();
				// the child reaches 110 px right and 60 px down, plus 5 px of padding each side
				expectVector(box.AbsoluteSize, 120, 70);
				// 11 characters of 0.5 * 20 px
				expectVector(label.AbsoluteSize, 110, 30);
				expectVector(label.TextBounds, 110, 20);
			}));

		it("measures TextBounds on one line, wrapped into the label, and scaled to fit", () =>
			withGui((gui) => {
				const text = "The quick brown fox jumps over the lazy dog";
				const wrapped = make("TextLabel", gui, {
					Size: UDim2.fromOffset(200, 100),
					TextSize: 20,
					TextWrapped: true,
					Text: text,
				});
				const oneLine = make("TextLabel", gui, { Size: UDim2.fromOffset(200, 100), TextSize: 20, Text: text });
				const scaled = make("TextLabel", gui, {
					Size: UDim2.fromOffset(200, 50),
					TextScaled: true,
					Text: "Hello there",
				});
				const capped = make("TextLabel", gui, {
					Size: UDim2.fromOffset(200, 50),
					TextScaled: true,
					Text: "Hi",
				});
				make("UITextSizeConstraint", capped, { MaxTextSize: 30 });
				frame();
				// 10 px a character, 20 to a line: "The quick brown fox" / "jumps over the lazy" / "dog"
				expectVector(wrapped.TextBounds, 190, 60);
				expect(wrapped.TextFits).to.equal(true);
				expectVector(oneLine.TextBounds, 430, 20);
				expect(oneLine.TextFits).to.equal(false);
				// size 36: 11 * 18 = 198 px on one line; at 37 it would need two lines, 74 px
				expectVector(scaled.TextBounds, 198, 36);
				expectVector(capped.TextBounds, 30, 30);
			}));

		it("answers TextService:GetTextSize for a long string wrapped to the frame width, wider when bold", () =>
			withGui((_gui, client) => {
				const textService = client.game.GetService("TextService");
				const text = "The quick brown fox jumps over the lazy dog";
				expectVector(textService.GetTextSize(text, 20, Enum.Font.SourceSans, new Vector2(200, 1000)), 190, 60);
				// bold: 11.2 px a character, 17 to a line: "The quick brown" / "fox jumps over" / "the lazy dog"
				expectVector(
					textService.GetTextSize(text, 20, Enum.Font.SourceSansBold, new Vector2(200, 1000)),
					168,
					60,
				);
				expectVector(textService.GetTextSize("", 18, Enum.Font.SourceSans, new Vector2(100, 100)), 0, 18);
			}));

		it("updates absolute sizes on the next frame, or at once when the test lays the GUI out", () =>
			withGui((gui, client) => {
				const box = make("Frame", gui, { Size: UDim2.fromOffset(100, 100) });
				frame();
				expectVector(box.AbsoluteSize, 100, 100);
				box.Size = UDim2.fromOffset(150, 50);
				expectVector(box.AbsoluteSize, 100, 100);
				frame();
				expectVector(box.AbsoluteSize, 150, 50);
				client.setViewportSize(844, 448);
				box.Size = UDim2.fromScale(0.5, 0.5);
				client.layoutGui();
				// 844 x (448 - 58)
				expectVector(box.AbsoluteSize, 422, 195);
				expectVector(client.game.GetService("Workspace").CurrentCamera!.ViewportSize, 844, 448);
			}));
	});
};
