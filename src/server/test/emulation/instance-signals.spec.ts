import { t } from "@rbxts/t";

// The spec host's connections live as long as the run, and a connected instance signal is polled
// every frame: each test's are disconnected after it.
const connections = new Array<RBXScriptConnection>();
function keep(connection: RBXScriptConnection) {
	connections.push(connection);
}

/**
 * Runs the garbage collector through two whole cycles (Roblox's collectgarbage only counts): a
 * table that only a weak key holds is gone once a cycle has finished, so this allocates until two
 * such tables, the second made after the first went, are gone.
 */
function collectGarbageTwice(): boolean {
	for (let cycle = 0; cycle < 2; cycle++) {
		const probe = setmetatable(new Map<object, boolean>(), { __mode: "k" });
		probe.set({}, true);
		let junk = new Array<object>();
		for (let i = 0; i < 20_000_000 && !probe.isEmpty(); i++) {
			junk[i % 1000] = { i };
			if (i % 100_000 === 0) junk = [];
		}
		if (!probe.isEmpty()) return false;
	}
	return true;
}

/** One frame of the virtual clock: the emulation delivers polled signals at the next frame. */
function nextFrame() {
	task.wait();
}

export = () => {
	describe("the emulated instance signals", () => {
		afterEach(() => {
			for (const connection of connections) connection.Disconnect();
			connections.clear();
		});

		it("fires ChildAdded at once for Instance.new's parent and ChildAdded / ChildRemoved by the next frame otherwise", () => {
			const parent = new Instance("Folder");
			const events = new Array<string>();
			keep(parent.ChildAdded.Connect((child) => events.push(`added ${child.ClassName}`)));
			keep(parent.ChildRemoved.Connect((child) => events.push(`removed ${child.Name}`)));
			const first = new Instance("Configuration", parent);
			expect(events.join(",")).to.equal("added Configuration");
			first.Name = "First";
			const second = new Instance("StringValue");
			second.Name = "Second";
			second.Parent = parent;
			// Lune has no hook on reparenting: delivered at the next frame (as with deferred events)
			expect(events.size()).to.equal(1);
			nextFrame();
			expect(events.join(",")).to.equal("added Configuration,added StringValue");
			first.Parent = undefined;
			nextFrame();
			expect(events.join(",")).to.equal("added Configuration,added StringValue,removed First");
		});

		it("fires DescendantAdded for a nested instance on every ancestor and DescendantRemoving when it leaves", () => {
			const root = new Instance("Folder");
			const middle = new Instance("Folder", root);
			const seen = new Array<string>();
			keep(root.DescendantAdded.Connect((d) => seen.push(`root+${d.Name}`)));
			keep(middle.DescendantAdded.Connect((d) => seen.push(`middle+${d.Name}`)));
			keep(root.DescendantRemoving.Connect((d) => seen.push(`root-${d.Name}`)));
			const leaf = new Instance("Folder");
			leaf.Name = "Leaf";
			leaf.Parent = middle;
			nextFrame();
			// polled: one frame's events fire in the order their signals were first read
			expect(seen.join(",")).to.equal("root+Leaf,middle+Leaf");
			leaf.Parent = undefined;
			nextFrame();
			expect(seen.join(",")).to.equal("root+Leaf,middle+Leaf,root-Leaf");
			// Instance.new's parent argument fires them at once, the parent first, then up the tree
			seen.clear();
			new Instance("Folder", middle).Name = "Late";
			expect(seen.join(",")).to.equal("middle+Folder,root+Folder");
		});

		it("fires Changed with each changed property's name, and a ValueBase's with its new value", () => {
			const frame = new Instance("Frame");
			const names = new Array<string>();
			// @rbxts/types leaves Instance.Changed untyped (its argument differs by class)
			keep((frame.Changed as RBXScriptSignal<(name: string) => void>).Connect((name) => names.push(name)));
			frame.Visible = false;
			frame.Name = "Panel";
			nextFrame();
			expect(names.join(",")).to.equal("Name,Visible");
			nextFrame();
			expect(names.size()).to.equal(2);

			const value = new Instance("IntValue");
			const values = new Array<number>();
			keep(value.Changed.Connect((v) => values.push(v)));
			value.Value = 7;
			value.Name = "Score";
			nextFrame();
			expect(values.join(",")).to.equal("7");
		});

		it("fires GetPropertyChangedSignal for the property only", () => {
			const label = new Instance("TextLabel");
			let texts = 0;
			keep(label.GetPropertyChangedSignal("Text").Connect(() => texts++));
			label.TextSize = 30;
			nextFrame();
			expect(texts).to.equal(0);
			label.Text = "hello";
			nextFrame();
			expect(texts).to.equal(1);
		});

		it("fires AttributeChanged with the name and GetAttributeChangedSignal for one attribute", () => {
			const part = new Instance("Folder");
			const changed = new Array<string>();
			let colourChanges = 0;
			keep(part.AttributeChanged.Connect((name) => changed.push(name)));
			keep(part.GetAttributeChangedSignal("Colour").Connect(() => colourChanges++));
			part.SetAttribute("Size", 3);
			part.SetAttribute("Colour", "red");
			nextFrame();
			expect(changed.join(",")).to.equal("Colour,Size");
			expect(colourChanges).to.equal(1);
			part.SetAttribute("Colour", undefined);
			nextFrame();
			expect(changed.join(",")).to.equal("Colour,Size,Colour");
			expect(colourChanges).to.equal(2);
		});

		it("fires Destroying when an instance is destroyed", () => {
			const folder = new Instance("Folder");
			let destroyed = 0;
			keep(folder.Destroying.Connect(() => destroyed++));
			const other = folder.ChildAdded.Connect(() => {});
			nextFrame();
			expect(destroyed).to.equal(0);
			folder.Destroy();
			nextFrame();
			expect(destroyed).to.equal(1);
			// and, as Roblox's Destroy does, every connection of the instance is disconnected
			expect(other.Connected).to.equal(false);
			nextFrame();
			expect(destroyed).to.equal(1);
		});

		it("raises Lune's instance errors to pcall and xpcall as strings, in Roblox's words where it can", () => {
			const frame = new Instance("Frame");
			frame.Name = "Panel";
			const loose = frame as unknown as Record<string, unknown>;
			const [ok, missing] = pcall(() => loose.Foo);
			expect(ok).to.equal(false);
			expect(typeOf(missing)).to.equal("string");
			expect(missing).to.equal("Foo is not a valid member of Panel");
			const [, wrongType] = pcall(() => {
				loose.Size = 5;
			});
			expect(wrongType).to.equal("Unable to assign property. UDim2 expected, got number");
			const [, wrongEnum] = pcall(() => {
				loose.SizeConstraint = Enum.Font.Arial;
			});
			expect(wrongEnum).to.equal(
				"Unable to assign property SizeConstraint. Enum.SizeConstraint expected, got Enum.Font",
			);
			const [, readOnly] = pcall(() => {
				loose.ClassName = "Folder";
			});
			expect(readOnly).to.equal("Unable to assign property ClassName. Property is read only");
			let handled: unknown;
			xpcall(
				() => loose.Bar,
				(err) => (handled = err),
			);
			expect(handled).to.equal("Bar is not a valid member of Panel");
			// an error a script raises itself is handed on untouched
			const [, own] = pcall((): void => {
				throw { code: 7 };
			});
			expect((own as { code: number }).code).to.equal(7);
		});

		it("keeps a destroyed instance's Parent nil and says plainly that Lune cannot read its other properties", () => {
			const parent = new Instance("Folder");
			const label = new Instance("TextLabel", parent);
			label.Text = "gone";
			label.Destroy();
			expect(label.Parent).to.equal(undefined);
			expect(label.ClassName).to.equal("TextLabel");
			// Roblox still reads Text here; Lune's Destroy drops the instance's data (see instance-signals.luau)
			const [ok, err] = pcall(() => label.Text);
			expect(ok).to.equal(false);
			expect(err).to.equal("Instance has been destroyed");
		});

		it("answers typeof RBXScriptSignal and RBXScriptConnection for its signals, as t checks", () => {
			const folder = new Instance("Folder");
			const connection = folder.ChildAdded.Connect(() => {});
			expect(typeOf(folder.ChildAdded)).to.equal("RBXScriptSignal");
			expect(typeOf(connection)).to.equal("RBXScriptConnection");
			expect(t.RBXScriptSignal(folder.AncestryChanged)).to.equal(true);
			expect(t.RBXScriptConnection(connection)).to.equal(true);
			expect(t.RBXScriptSignal({})).to.equal(false);
			expect(typeOf(folder)).to.equal("Instance");
			expect(typeOf({})).to.equal("table");
			connection.Disconnect();
			expect(connection.Connected).to.equal(false);
		});

		it("keeps a connection to an instance no variable holds, as Roblox does until it is destroyed", () => {
			const folder = new Instance("Folder");
			const heard = new Array<string>();
			// made and connected in a thread that ends, so that nothing in Lua holds it afterwards
			task.spawn(() => {
				const event = new Instance("BindableEvent");
				event.Name = "Unheld";
				event.Parent = folder;
				keep(event.Event.Connect(() => heard.push("fired")));
				const callback = new Instance("BindableFunction");
				callback.Name = "UnheldFunction";
				callback.Parent = folder;
				callback.OnInvoke = () => "answered";
			});
			expect(collectGarbageTwice()).to.equal(true);
			(folder.FindFirstChild("Unheld") as BindableEvent).Fire();
			task.wait();
			expect(heard.join(",")).to.equal("fired");
			expect((folder.FindFirstChild("UnheldFunction") as BindableFunction).Invoke()).to.equal("answered");
		});
	});
};
