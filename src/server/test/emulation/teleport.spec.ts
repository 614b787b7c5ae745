import { withWorld } from "../helpers/world";
import { isLoaded, joinAndLoad, liveProfile, waitUntil } from "../helpers/server";

/** What a class's server would carry to the reserved server in its teleport data. */
interface ClassTeleportData {
	classId: string;
}

/** The class id in teleport data as a server or client reads it back. */
function classIdOf(data: unknown): string | undefined {
	return (data as ClassTeleportData | undefined)?.classId;
}

/** A server's TeleportService, as a script on that server reaches it. */
function teleportServiceOf(server: EmulatedServer): TeleportService {
	return server.game.GetService("TeleportService");
}

/** The options a script makes to send players to a reserved server with some data. */
function reservedOptions(accessCode: string, data?: ClassTeleportData): TeleportOptions {
	const options = new Instance("TeleportOptions");
	options.ReservedServerAccessCode = accessCode;
	if (data !== undefined) options.SetTeleportData(data);
	return options;
}

/** Every TeleportInitFailed a server fires from now on. */
function recordFailures(server: EmulatedServer) {
	const failures = new Array<{
		userId: number;
		result: Enum.TeleportResult;
		message: string;
		options: TeleportOptions;
	}>();
	teleportServiceOf(server).TeleportInitFailed.Connect((player, result, message, _placeId, options) =>
		failures.push({ userId: (player as Player).UserId, result, message, options: options as TeleportOptions }),
	);
	return failures;
}

export = () => {
	describe("the emulated TeleportService", () => {
		it("sends players with a reserved code to one new reserved server, with their join data", () =>
			withWorld((world) => {
				const hub = world.startServer({ runScripts: false });
				hub.addPlayer({ userId: 1, name: "teacher", runScripts: false });
				hub.addPlayer({ userId: 2, name: "ana", country: "PT", runScripts: false });
				const left = new Array<number>();
				hub.game.GetService("Players").PlayerRemoving.Connect((player) => left.push(player.UserId));
				const [accessCode, privateServerId] = teleportServiceOf(hub).ReserveServer(world.placeId);
				const [otherCode, otherId] = teleportServiceOf(hub).ReserveServer(world.placeId);
				expect(accessCode).never.to.equal(otherCode);
				expect(privateServerId).never.to.equal(otherId);
				expect(accessCode).never.to.equal(privateServerId);

				const players = [hub.getPlayer(1)!, hub.getPlayer(2)!];
				const asked = Emulation.now();
				const result = teleportServiceOf(hub).TeleportAsync(
					world.placeId,
					players,
					reservedOptions(accessCode, { classId: "c-7" }),
				);
				expect(result.PrivateServerId).to.equal(privateServerId);
				expect(result.ReservedServerAccessCode).to.equal(accessCode);
				Emulation.advance(0.2);
				// they left the hub as players who quit do, and are nowhere while they travel
				expect(left.join(",")).to.equal("1,2");
				expect(hub.playerCount()).to.equal(0);
				expect(world.serverOf(2)).to.equal(undefined);
				expect(world.teleports.isTravelling(2)).to.equal(true);

				const client = world.waitForArrival(2)!;
				expect(client).to.be.ok();
				const classroom = world.serverOf(2)!;
				expect(world.serverOf(1)).to.equal(classroom);
				expect(classroom.jobId).never.to.equal(hub.jobId);
				expect(classroom.game.PrivateServerId).to.equal(privateServerId);
				expect(classroom.game.PrivateServerOwnerId).to.equal(0);
				const arrived = world.teleports.log.find((entry) => entry.userId === 2)!;
				expect(arrived.to).to.equal(classroom.jobId);
				// the request's round trip, the client's, then a second on the way
				expect(arrived.arrivedAt! - asked).to.be.near(1.2, 0.05);

				const joinData = classroom.getPlayer(2)!.GetJoinData();
				expect(classIdOf(joinData.TeleportData)).to.equal("c-7");
				expect(joinData.SourcePlaceId).to.equal(hub.game.PlaceId);
				expect(joinData.SourceGameId).to.equal(world.gameId);
				expect(joinData.Members!.join(",")).to.equal("1,2");
				const clientData = client.game.GetService("TeleportService").GetLocalPlayerTeleportData();
				expect(classIdOf(clientData)).to.equal("c-7");
				expect(world.clientOfUser(2)).to.equal(client);
				expect(client.player.Name).to.equal("ana");
				expect(
					client.game
						.GetService("LocalizationService")
						.GetCountryRegionForPlayerAsync(classroom.getPlayer(2)!),
				).to.equal("PT");
			}));

		it("lands a later teleport with the same code in the running server, and restarts one that ended", () =>
			withWorld((world) => {
				const hub = world.startServer({ runScripts: false });
				for (const userId of [1, 2, 3]) hub.addPlayer({ userId, runScripts: false });
				const [accessCode, privateServerId] = teleportServiceOf(hub).ReserveServer(world.placeId);
				teleportServiceOf(hub).TeleportAsync(world.placeId, [hub.getPlayer(1)!], reservedOptions(accessCode));
				world.waitForArrival(1);
				const first = world.serverOf(1)!;
				teleportServiceOf(hub).TeleportAsync(world.placeId, [hub.getPlayer(2)!], reservedOptions(accessCode));
				world.waitForArrival(2);
				expect(world.serverOf(2)).to.equal(first);
				expect(world.teleports.reservedServers()[0].jobId).to.equal(first.jobId);

				first.shutdown();
				expect(world.teleports.reservedServers()[0].jobId).to.equal(undefined);
				teleportServiceOf(hub).TeleportAsync(world.placeId, [hub.getPlayer(3)!], reservedOptions(accessCode));
				world.waitForArrival(3);
				const restarted = world.serverOf(3)!;
				expect(restarted.jobId).never.to.equal(first.jobId);
				expect(restarted.game.PrivateServerId).to.equal(privateServerId);
			}));

		it("reserves a server itself with ShouldReserveServer and joins a public server by its JobId", () =>
			withWorld((world) => {
				const hub = world.startServer({ runScripts: false });
				const other = world.startServer({ runScripts: false });
				hub.addPlayer({ userId: 1, runScripts: false });
				hub.addPlayer({ userId: 2, runScripts: false });
				const options = new Instance("TeleportOptions");
				options.ShouldReserveServer = true;
				const result = teleportServiceOf(hub).TeleportAsync(world.placeId, [hub.getPlayer(1)!], options);
				expect(result.ReservedServerAccessCode).never.to.equal("");
				world.waitForArrival(1);
				expect(world.serverOf(1)!.game.PrivateServerId).to.equal(result.PrivateServerId);

				const byJob = new Instance("TeleportOptions");
				byJob.ServerInstanceId = other.jobId;
				teleportServiceOf(hub).TeleportAsync(world.placeId, [hub.getPlayer(2)!], byJob);
				expect(world.waitForArrival(2)).to.be.ok();
				expect(world.serverOf(2)).to.equal(other);
			}));

		it("fires TeleportInitFailed on the server and the client for an invalid code, and the player stays", () =>
			withWorld((world) => {
				const hub = world.startServer({ runScripts: false });
				const client = hub.addPlayer({ userId: 4, runScripts: false });
				const failures = recordFailures(hub);
				const onClient = new Array<Enum.TeleportResult>();
				client.game
					.GetService("TeleportService")
					.TeleportInitFailed.Connect((player, result) => onClient.push(result));
				teleportServiceOf(hub).TeleportAsync(world.placeId, [hub.getPlayer(4)!], reservedOptions("not-a-code"));
				Emulation.advance(2);
				expect(failures.size()).to.equal(1);
				expect(failures[0].userId).to.equal(4);
				expect(failures[0].result).to.equal(Enum.TeleportResult.Failure);
				expect(failures[0].message.find("access code", 1, true)[0]).to.be.ok();
				expect(onClient[0]).to.equal(Enum.TeleportResult.Failure);
				expect(world.serverOf(4)).to.equal(hub);
				expect(world.clientOfUser(4)).to.equal(client);
				expect(world.teleports.log[0].result).to.equal("Failure");
			}));

		it("fails an injected Flooded teleport with options that retry to the same reserved server", () =>
			withWorld((world) => {
				const hub = world.startServer({ runScripts: false });
				hub.addPlayer({ userId: 5, runScripts: false });
				hub.addPlayer({ userId: 6, runScripts: false });
				const failures = recordFailures(hub);
				const [accessCode, privateServerId] = teleportServiceOf(hub).ReserveServer(world.placeId);
				world.teleports.failNext(1, "Flooded");
				const players = [hub.getPlayer(5)!, hub.getPlayer(6)!];
				teleportServiceOf(hub).TeleportAsync(
					world.placeId,
					players,
					reservedOptions(accessCode, { classId: "c-9" }),
				);
				Emulation.advance(2);
				// once per player of the group, and both are still here
				expect(failures.size()).to.equal(2);
				expect(failures[0].result).to.equal(Enum.TeleportResult.Flooded);
				expect(hub.playerCount()).to.equal(2);
				const retry = failures[0].options;
				expect(retry.ReservedServerAccessCode).to.equal(accessCode);
				expect(classIdOf(retry.GetTeleportData())).to.equal("c-9");

				teleportServiceOf(hub).TeleportAsync(world.placeId, players, retry);
				world.waitForArrival(6);
				expect(world.serverOf(6)!.game.PrivateServerId).to.equal(privateServerId);
				expect(classIdOf(world.serverOf(5)!.getPlayer(5)!.GetJoinData().TeleportData)).to.equal("c-9");
			}));

		it("refuses a second teleport of a travelling player with IsTeleporting", () =>
			withWorld((world) => {
				const hub = world.startServer({ runScripts: false });
				hub.addPlayer({ userId: 7, runScripts: false });
				const failures = recordFailures(hub);
				const [accessCode] = teleportServiceOf(hub).ReserveServer(world.placeId);
				const player = hub.getPlayer(7)!;
				let second: TeleportAsyncResult | undefined;
				task.spawn(() => {
					second = teleportServiceOf(hub).TeleportAsync(world.placeId, [player], reservedOptions(accessCode));
				});
				teleportServiceOf(hub).TeleportAsync(world.placeId, [player], reservedOptions(accessCode));
				Emulation.advance(0.05);
				expect(second).to.be.ok();
				expect(failures.size()).to.equal(1);
				expect(failures[0].result).to.equal(Enum.TeleportResult.IsTeleporting);
				expect(world.teleports.log.map((entry) => entry.result).join(",")).to.equal("Success,IsTeleporting");
				expect(world.waitForArrival(7)).to.be.ok();
			}));

		it("refuses a full reserved server with GameFull and a server that ended with GameEnded", () =>
			withWorld((world) => {
				const hub = world.startServer({ runScripts: false });
				for (const userId of [8, 9, 10]) hub.addPlayer({ userId, runScripts: false });
				const failures = recordFailures(hub);
				const [accessCode] = teleportServiceOf(hub).ReserveServer(world.placeId);
				teleportServiceOf(hub).TeleportAsync(world.placeId, [hub.getPlayer(8)!], reservedOptions(accessCode));
				const classroom =
					world.waitForArrival(8) !== undefined ? world.serverOf(8)! : error("8 did not arrive");
				(classroom.game.GetService("Players") as { MaxPlayers: number }).MaxPlayers = 1;
				teleportServiceOf(hub).TeleportAsync(world.placeId, [hub.getPlayer(9)!], reservedOptions(accessCode));
				Emulation.advance(1);
				expect(failures[0].result).to.equal(Enum.TeleportResult.GameFull);
				expect(world.serverOf(9)).to.equal(hub);

				const ended = world.startServer({ runScripts: false });
				ended.crash();
				const byJob = new Instance("TeleportOptions");
				byJob.ServerInstanceId = ended.jobId;
				teleportServiceOf(hub).TeleportAsync(world.placeId, [hub.getPlayer(10)!], byJob);
				Emulation.advance(1);
				expect(failures[1].result).to.equal(Enum.TeleportResult.GameEnded);
				expect(failures[1].options.ServerInstanceId).to.equal(ended.jobId);
				teleportServiceOf(hub).TeleportAsync(12345, [hub.getPlayer(10)!]);
				Emulation.advance(1);
				expect(failures[2].result).to.equal(Enum.TeleportResult.GameNotFound);
			}));

		it("raises for the documented bad calls, from a client, in Studio and on an injected web failure", () =>
			withWorld((world) => {
				const hub = world.startServer({ runScripts: false });
				const client = hub.addPlayer({ userId: 11, runScripts: false });
				const player = hub.getPlayer(11)!;
				const service = teleportServiceOf(hub);
				expect(() => service.TeleportAsync(world.placeId, [])).to.throw("Players empty");
				expect(() => service.TeleportAsync(-1, [player])).to.throw("below 0");
				const both = reservedOptions("code");
				both.ServerInstanceId = hub.jobId;
				expect(() => service.TeleportAsync(world.placeId, [player], both)).to.throw("Incompatible");
				const clientService = client.game.GetService("TeleportService");
				expect(() => clientService.TeleportAsync(world.placeId, [client.player])).to.throw("from Client");
				const unsendable = new Instance("TeleportOptions");
				expect(() => unsendable.SetTeleportData({ part: new Instance("Part") })).to.throw("cannot carry");

				const studio = world.startServer({ runScripts: false, studio: true });
				studio.addPlayer({ userId: 12, runScripts: false });
				expect(() => teleportServiceOf(studio).TeleportAsync(world.placeId, [studio.getPlayer(12)!])).to.throw(
					"Studio",
				);

				world.teleports.failCalls(1);
				expect(() => service.ReserveServer(world.placeId)).to.throw("HTTP 500");
				expect(service.ReserveServer(world.placeId)[0].size() > 0).to.equal(true);
				expect(world.serverOf(11)).to.equal(hub);
			}));
	});

	describe("a teleport with the place's scripts running", () => {
		it("hands a student's profile from the hub to the reserved server, where it is that class's", () =>
			withWorld((world) => {
				const hub = world.startServer();
				joinAndLoad(world, hub, 41, 120, undefined, false);
				const [accessCode, privateServerId] = teleportServiceOf(hub).ReserveServer(world.placeId);
				teleportServiceOf(hub).TeleportAsync(world.placeId, [hub.getPlayer(41)!], reservedOptions(accessCode));
				expect(world.waitForArrival(41)).to.be.ok();
				const classroom = world.serverOf(41)!;
				// the hub released the profile as for any leaving student, so the classroom's session gets it
				expect(waitUntil(() => isLoaded(classroom, 41), 120)).to.equal(true);
				expect(liveProfile(classroom, 41).classroom.class_id).to.equal(privateServerId);
			}));
	});
};
