import { HttpService, RunService } from "@rbxts/services";
import { freshWorld, waitUntil } from "../helpers/world";

export = () => {
	describe("the emulated engine", () => {
		it("drives os.time, os.clock, tick and DateTime from one virtual clock", () => {
			const time = os.time();
			const clock = os.clock();
			const now = DateTime.now().UnixTimestamp;
			// an hour of frames is not what this checks: slowed frames (README, Time in specs) keep it cheap
			// however many worlds earlier specs ran
			Emulation.setFrameRate(1 / 20);
			task.wait(3600);
			Emulation.setFrameRate(60);
			expect(os.time() - time).to.equal(3600);
			expect(math.floor(os.clock() - clock + 0.5)).to.equal(3600);
			expect(DateTime.now().UnixTimestamp - now).to.equal(3600);
			expect(DateTime.fromUnixTimestamp(1788220800).ToIsoDate()).to.equal("2026-09-01T00:00:00Z");
		});

		it("runs task.delay, task.defer and Heartbeat in virtual time", () => {
			const order = new Array<string>();
			task.delay(5, () => order.push("delay"));
			task.defer(() => order.push("defer"));
			let beats = 0;
			const connection = RunService.Heartbeat.Connect(() => {
				beats += 1;
			});
			task.wait(6);
			connection.Disconnect();
			expect(order.join(",")).to.equal("defer,delay");
			expect(beats >= 6 * 59 && beats <= 6 * 61).to.equal(true);
		});

		it("encodes JSON as Roblox does and makes braced GUIDs", () => {
			expect(HttpService.JSONEncode([])).to.equal("[]");
			expect(HttpService.JSONEncode({ b: 1, a: [true, "x"] })).to.equal('{"a":[true,"x"],"b":1}');
			const decoded = HttpService.JSONDecode('{"n":[1,2.5]}') as { n: number[] };
			expect(decoded.n[1]).to.equal(2.5);
			expect(HttpService.GenerateGUID().match("^{%x+%-%x+%-4%x+%-%x+%-%x+}$")[0] !== undefined).to.equal(true);
			expect(HttpService.GenerateGUID(false).size()).to.equal(36);
		});

		it("tells server and client code apart", () => {
			const world = freshWorld();
			const server = world.startServer({ runScripts: false });
			const client = server.addPlayer({ userId: 5, runScripts: false });
			expect(server.game.GetService("RunService").IsServer()).to.equal(true);
			expect(client.game.GetService("RunService").IsClient()).to.equal(true);
			expect(client.game.GetService("RunService").IsServer()).to.equal(false);
			expect(client.game.GetService("Players").LocalPlayer.UserId).to.equal(5);
			world.destroy();
		});

		it("records a kick and removes the player", () => {
			const world = freshWorld();
			const server = world.startServer({ runScripts: false });
			server.addPlayer({ userId: 11, name: "kim", runScripts: false });
			server.getPlayer(11)!.Kick("see you tomorrow");
			expect(server.kicks[0].message).to.equal("see you tomorrow");
			expect(server.getPlayer(11)).to.equal(undefined);
			world.destroy();
		});

		it("gives BindToClose callbacks 30 seconds and no more", () => {
			const world = freshWorld();
			const server = world.startServer({ runScripts: false });
			let finished = false;
			server.game.BindToClose(() => {
				task.wait(45);
				finished = true;
			});
			const started = Emulation.now();
			server.shutdown();
			expect(math.floor(Emulation.now() - started + 0.5)).to.equal(30);
			expect(server.closeTimedOut).to.equal(true);
			Emulation.advance(30);
			expect(finished).to.equal(false);
			world.destroy();
		});

		it("drops an UnreliableRemoteEvent payload over 1000 bytes and delivers smaller ones", () => {
			const world = freshWorld();
			const server = world.startServer({ runScripts: false });
			const remote = new Instance("UnreliableRemoteEvent");
			remote.Name = "Ping";
			remote.Parent = server.game.GetService("ReplicatedStorage");
			const received = new Array<number>();
			remote.OnServerEvent.Connect((_player, size) => received.push(size as number));
			const client = server.addPlayer({ userId: 12, runScripts: false });
			const clientRemote = client.game
				.GetService("ReplicatedStorage")
				.WaitForChild("Ping") as UnreliableRemoteEvent;
			clientRemote.FireServer(10, "x".rep(10));
			clientRemote.FireServer(2000, "x".rep(2000));
			expect(waitUntil(() => received.size() > 0, 5)).to.equal(true);
			Emulation.advance(1);
			expect(received.join(",")).to.equal("10");
			expect(world.droppedPackets).to.equal(1);
			world.destroy();
		});
	});
};
