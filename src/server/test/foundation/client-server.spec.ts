import type * as RemotesModule from "shared/remotes";
import type { ViewMessage } from "shared/remotes";
import { getServerCatalog } from "server/catalog/server-catalog";
import { mountApp } from "tools/previews/mount-app";
import { sampleStudent } from "tools/previews/sample-student";
import { findText } from "../helpers/gui";
import { findPath, waitUntil, withWorld } from "../helpers/world";

export = () => {
	describe("between a server and a simulated client", () => {
		it("round-trips a @rbxts/net remote", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = server.addPlayer({ userId: 7, name: "eve", displayName: "Eve", runScripts: false });
				const { Remotes } = client.requireModule<typeof RemotesModule>("ReplicatedStorage/TS/remotes");
				let message: ViewMessage | undefined;
				let early: string | undefined;
				expect(
					waitUntil(() => {
						const reply = Remotes.Client.GetNamespace("Student").Get("GetView").CallServerAsync().expect();
						if (!reply.ok && early === undefined) early = reply.reason;
						message = reply.ok ? reply.message : undefined;
						return message !== undefined;
					}),
				).to.equal(true);
				// asked before the profile had loaded, the server said why rather than nothing
				if (early !== undefined) expect(early.find("loading")[0] !== undefined).to.equal(true);
				expect(message!.view.user_id).to.equal("7");
				expect(message!.view.display_name).to.equal("Eve");
				expect(message!.view.level).to.equal(1);
			}));

		it("shows the student's HUD, filled by the server, in their PlayerGui", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = server.addPlayer({ userId: 8, name: "finn", displayName: "Finn" });
				const level = () => findText(client.playerGui(), "Level 1", true);
				expect(waitUntil(() => level() !== undefined)).to.equal(true);
				expect(level()!.Text).to.equal("Level 1  ·  Finn");
				expect(findText(client.playerGui(), "0 / 100 XP  (0%)")).never.to.equal(undefined);
			}));

		it("mounts a Roact tree into a PlayerGui whose instances can be inspected", () =>
			withWorld((world) => {
				const server = world.startServer({ runScripts: false });
				const client = server.addPlayer({ userId: 9, name: "gus", runScripts: false });
				const student = sampleStudent(getServerCatalog(), "Gus", 2);
				const app = mountApp(client, (store) => store.view(student.view));
				expect(app.gui.ClassName).to.equal("ScreenGui");
				const progress = student.view.level_progress;
				const fill = findPath(app.gui, "Hud", "XpBar", "Figures", "Progress", "Fill") as Frame;
				// UDim scales are 32-bit floats, on Roblox as here
				expect(math.abs(fill.Size.X.Scale - progress.progress_percentage / 100) < 1e-6).to.equal(true);
				app.unmount();
				expect(client.playerGui().FindFirstChild("ClassQuest")).to.equal(undefined);
			}));
	});
};
