import { HttpService } from "@rbxts/services";
import { PLAYER_PROFILE_STORE } from "server/persistence/player-profile-store";
import { getServerCatalog } from "server/catalog/server-catalog";
import { GameEvent } from "shared/domain/events";
import { periodKey } from "shared/domain/leaderboards/periods";
import { Rng } from "shared/domain/rng";
import { randomActivity } from "shared/test/helpers/random-events";
import { servicesOf } from "../helpers/server";

/**
 * The workload of `npm run bench` for the server: a simulated hour of a 50-player classroom (a
 * private server, so its class leaderboards are written): students joining over the first
 * minutes, an activity every one to three minutes each, help, purchases, daily quests, a few
 * leaving and coming back. Then DataStore requests per minute by budget category beside Roblox's
 * budget for that server, and the largest saved profile.
 * Not a spec: it prints figures.
 */

const PLAYERS = 50;
const SECONDS = 3600;
const STEP = 5;

/** Roblox's per-minute budgets for a server with `players` players (ROBLOX-LIMITS.md, in force since 2026). */
const BUDGETS: Record<string, (players: number) => number> = {
	StandardRead: (players) => 60 + players * 40,
	StandardWrite: (players) => 60 + players * 40,
	StandardRemove: (players) => 60 + players * 40,
	StandardList: (players) => 5 + players * 2,
	OrderedRead: (players) => 60 + players * 40,
	OrderedWrite: (players) => 30 + players * 5,
	OrderedRemove: (players) => 30 + players * 5,
	OrderedList: (players) => 5 + players * 2,
};

function randomEvent(rng: Rng): GameEvent {
	const roll = rng.next();
	if (roll < 0.8) return randomActivity(rng);
	if (roll < 0.88) return { kind: "metric", metric: "helps_received", value: 1 };
	if (roll < 0.94) return { kind: "assign_quest", quest_id: "daily_three_activities" };
	return { kind: "purchase", reward_id: "snack_pack" };
}

export function runServerHour(): string[] {
	// nothing here needs 60 frames a second; 10 keeps the hour quick to simulate
	Emulation.setFrameRate(10);
	const world = Emulation.createWorld({ seed: 50 });
	const server = world.startServer({ jobId: "bench", privateServerId: "class-bench" });
	const rng = new Rng(50);
	const nextAt = new Map<number, number>();
	const start = Emulation.now();
	let events = 0;
	let queuedOrDelivered = 0;
	let studentSeconds = 0;
	for (let second = 0; second < SECONDS; second += STEP) {
		const now = Emulation.now();
		// one student arrives every step until the class is full
		const arriving = 5000 + second / STEP;
		if (arriving < 5000 + PLAYERS) {
			server.addPlayer({ userId: arriving, name: `student${arriving}` });
			nextAt.set(arriving, now + rng.integer(30, 120));
		}
		for (const [userId, due] of nextAt) {
			if (due > now) continue;
			if (server.getPlayer(userId) === undefined) {
				server.addPlayer({ userId, name: `student${userId}` });
			} else if (rng.chance(0.01)) {
				server.removePlayer(userId); // a break; back at the next turn
			} else {
				if (servicesOf(server).pipeline.submit(userId, randomEvent(rng)) !== "applied") queuedOrDelivered += 1;
				events += 1;
			}
			nextAt.set(userId, now + rng.integer(60, 180));
		}
		// the class looks at its weekly board once a minute (reads are cached for its update_frequency)
		if (second % 60 === 0) {
			const weekly = getServerCatalog().leaderboards.get("weekly_xp_class")!;
			servicesOf(server).leaderboards.top("weekly_xp_class", periodKey(weekly, now)!, "class-bench", 10);
		}
		studentSeconds += server.playerCount() * STEP;
		Emulation.advance(STEP);
	}
	const minutes = (Emulation.now() - start) / 60;
	const counts = world.dataStores.requestCounts("bench");
	let largest = 0;
	for (const key of world.dataStores.keys(PLAYER_PROFILE_STORE)) {
		const stored = world.dataStores.peek(PLAYER_PROFILE_STORE, key);
		largest = math.max(largest, HttpService.JSONEncode(stored).size());
	}
	const lines = [
		`server hour: ${PLAYERS} students, ${events} events (${queuedOrDelivered} queued or delivered) in ${math.floor(minutes)} simulated minutes`,
		"DataStore requests per minute by budget category (this server / Roblox's budget at 50 players):",
	];
	for (const [category, budget] of pairs(BUDGETS)) {
		const perMinute = (counts[category] ?? 0) / minutes;
		lines.push(`  ${category}: ${string.format("%.1f", perMinute)} / ${budget(PLAYERS)}`);
	}
	const methods = new Array<string>();
	for (const [name, count] of pairs(counts)) {
		if (BUDGETS[name] === undefined) methods.push(`${name} ${count}`);
	}
	methods.sort();
	lines.push(`requests by method over the hour: ${methods.join(", ")}`);
	const traffic = servicesOf(server).sync.trafficSoFar();
	lines.push(
		`view sync to clients: ${traffic.resets} whole views, ${traffic.patches} patches, ` +
			`${string.format("%.0f", traffic.bytes / (studentSeconds / 60))} bytes per student-minute (as JSON)`,
	);
	lines.push(`largest saved profile: ${largest} bytes of JSON (DataStore limit 4,194,304)`);
	world.destroy();
	Emulation.setFrameRate(60);
	return lines;
}
