import { HttpService } from "@rbxts/services";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { Rng } from "shared/domain/rng";
import { parseScenario } from "tools/scenario/parse-scenario";
import { newScenarioProfile, runScenario } from "tools/scenario/run-scenario";
import { withWorld } from "../helpers/world";
import { liveProfile, servicesOf, stored, waitUntil } from "../helpers/server";

const EXAMPLE = "scenarios/first-week-of-a-student.json";

/** Every path where two plain-data values differ (all of them, so a failure shows the whole story). */
function differences(a: unknown, b: unknown, path: string, found: string[]) {
	if (typeIs(a, "table") && typeIs(b, "table")) {
		const left = a as Record<string, unknown>;
		const right = b as Record<string, unknown>;
		for (const [key, value] of pairs(left))
			differences(value, right[key as string], `${path}.${tostring(key)}`, found);
		for (const [key, value] of pairs(right)) {
			if (left[key as string] === undefined) found.push(`${path}.${tostring(key)}: missing, ${tostring(value)}`);
		}
		return;
	}
	if (a !== b) found.push(`${path}: ${tostring(a)} vs ${tostring(b)}`);
}

/**
 * Replays a scenario on an emulated live server and returns what it saved of each student, as its students would play it: a join is a
 * student arriving, a leave is them leaving, everything else goes through the server's event
 * pipeline at its time, and time passes on the virtual clock in between.
 */
function replayOnServer(world: EmulatedWorld, raw: unknown): Map<string, PlayerProfile | undefined> {
	const scenario = parseScenario(raw);
	const classIds = new Set(scenario.players.map((player) => player.class_id));
	if (classIds.size() !== 1) error("the replay runs one class on one classroom server");
	let classId = "";
	for (const id of classIds) classId = id;
	const server = world.startServer({ jobId: "replay", privateServerId: classId });
	// the same random outcomes as the scenario runner: its generator, after it drew the profile ids
	const rng = new Rng(scenario.seed);
	for (const player of scenario.players) newScenarioProfile(player, rng);
	servicesOf(server).pipeline.host.reseed(rng.state());
	const players = new Map(scenario.players.map((player) => [player.user_id, player]));
	Emulation.setFrameRate(1);
	for (const item of scenario.events) {
		const wait = item.at - Emulation.now();
		if (wait < 0) error(`the replay fell behind the scenario at ${item.at}`);
		if (wait > 120) {
			// long gaps (nights) pass with slow frames; the last minute at one frame a second
			Emulation.setFrameRate(1 / 20);
			Emulation.advance(wait - 60);
			Emulation.setFrameRate(1);
		}
		Emulation.advance(item.at - Emulation.now());
		const userId = item.user_id;
		const event = item.event;
		if (userId === undefined) continue;
		const id = tonumber(userId)!;
		if (event.kind === "join") {
			const player = players.get(userId)!;
			server.addPlayer({
				userId: id,
				name: player.username,
				displayName: player.display_name,
				country: player.country,
			});
			const loaded = waitUntil(() => {
				const here = server.getPlayer(id);
				return here !== undefined && servicesOf(server).sessions.profileOf(here) !== undefined;
			}, 50);
			if (!loaded) error(`the profile of ${userId} did not load within 50 s`);
			// the server has no source of school ids yet (teachers will set them): the replay sets it
			liveProfile(server, id).classroom.school_id = player.school_id;
		} else if (event.kind === "leave") {
			server.removePlayer(id);
		} else if (event.kind === "gift") {
			servicesOf(server).pipeline.host.gift(userId, event);
		} else {
			servicesOf(server).pipeline.submit(id, event);
		}
	}
	// what the live server saved, once everyone has left and their profiles are released
	for (const [userId] of players)
		if (server.getPlayer(tonumber(userId)!) !== undefined) server.removePlayer(tonumber(userId)!);
	Emulation.advance(60);
	Emulation.setFrameRate(60);
	const saved = new Map<string, PlayerProfile | undefined>();
	for (const [userId] of players) saved.set(userId, stored(world, tonumber(userId)!)?.Data);
	return saved;
}

export = () => {
	describe("one host for the scenario runner and the live server", () => {
		it("gives the same profiles for the first-week example, run as a scenario or replayed on a live server", () =>
			withWorld((world) => {
				const raw = HttpService.JSONDecode(Emulation.readFile(EXAMPLE));
				const report = runScenario(raw);
				const live = replayOnServer(world, raw);
				const found = new Array<string>();
				for (const [userId, expected] of pairs(report.players)) {
					const actual = live.get(userId as string);
					expect(actual).to.be.ok();
					// a new profile's id is a GUID: the server draws it from HttpService, a scenario from its seed
					differences({ ...expected, id: "" }, { ...actual!, id: "" }, `players.${userId}`, found);
				}
				if (found.size() > 0) error(`the live server differs from the scenario runner:\n${found.join("\n")}`);
			}));
	});
};
