import { HttpService } from "@rbxts/services";
import { PLAYER_PROFILE_STORE } from "server/persistence/player-profile-store";
import { getServerCatalog } from "server/catalog/server-catalog";
import { GameEvent } from "shared/domain/events";
import { periodKey } from "shared/domain/leaderboards/periods";
import { Rng } from "shared/domain/rng";
import { randomActivity } from "shared/test/helpers/random-events";
import { BUDGET_CATEGORIES } from "tools/playtest/server-watch";

/** The categories the bench runner (test/runner/bench.luau) prints, in order. */
export { BUDGET_CATEGORIES };
import { servicesOf } from "../helpers/server";

/**
 * The server workload of `npm run bench`: a stretch of class time for N students on as many
 * private class servers as they need (a server holds at most 50: Players.MaxPlayers in the place
 * files), students joining over the first minutes, an activity every one to three minutes each,
 * help, purchases, daily quests, a few leaving and coming back. Events go into each server's rules
 * pipeline, the path every Student remote ends in; the remotes themselves are not called. Not a
 * spec: it returns figures.
 */

const SERVER_CAPACITY = 50;
const STEP = 5;

export interface ServerLoad {
	readonly jobId: string;
	readonly players: number;
	/** DataStore requests per minute by budget category. */
	readonly perMinute: Record<string, number>;
	/** Roblox's per-minute budget by category, at the server's fullest. */
	readonly budget: Record<string, number>;
	/** Requests by method over the whole run ("GetAsync 50, UpdateAsync 120"). */
	readonly methods: string;
}

export interface ClassLoad {
	readonly students: number;
	readonly minutes: number;
	readonly events: number;
	readonly servers: readonly ServerLoad[];
	/** View sync JSON bytes sent to clients per student-minute online, over all servers. */
	readonly syncBytesPerStudentMinute: number;
	readonly wholeViews: number;
	readonly patches: number;
	/** gcinfo() growth in KB from before the servers started to the end, per student. */
	readonly heapKbPerStudent: number;
	readonly largestProfileBytes: number;
}

function randomEvent(rng: Rng): GameEvent {
	const roll = rng.next();
	if (roll < 0.8) return randomActivity(rng);
	if (roll < 0.88) return { kind: "metric", metric: "helps_received", value: 1 };
	if (roll < 0.94) return { kind: "assign_quest", quest_id: "daily_three_activities" };
	return { kind: "purchase", reward_id: "snack_pack" };
}

export function runClassLoad(students: number, seconds: number): ClassLoad {
	// nothing here needs 60 frames a second; 10 keeps the run quick to simulate
	Emulation.setFrameRate(10);
	const heapBefore = gcinfo();
	const world = Emulation.createWorld({ seed: students });
	const serverCount = math.ceil(students / SERVER_CAPACITY);
	const servers = new Array<EmulatedServer>();
	const budgets = new Array<Record<string, number>>();
	for (let index = 1; index <= serverCount; index++) {
		servers.push(world.startServer({ jobId: `bench-${index}`, privateServerId: `class-bench-${index}` }));
		budgets.push({});
	}
	// students fill the servers in turn, as a school's classes would each take one
	const serverOf = (userId: number) => servers[(userId - 5000) % serverCount];
	const rng = new Rng(students);
	const nextAt = new Map<number, number>();
	const start = Emulation.now();
	let events = 0;
	let studentSeconds = 0;
	for (let second = 0; second < seconds; second += STEP) {
		const now = Emulation.now();
		// one student per server arrives every step until everyone is in
		for (let index = 0; index < serverCount; index++) {
			const arriving = 5000 + (second / STEP) * serverCount + index;
			if (arriving >= 5000 + students) continue;
			serverOf(arriving).addPlayer({ userId: arriving, name: `student${arriving}` });
			nextAt.set(arriving, now + rng.integer(30, 120));
		}
		for (const [userId, due] of nextAt) {
			if (due > now) continue;
			const server = serverOf(userId);
			if (server.getPlayer(userId) === undefined) {
				server.addPlayer({ userId, name: `student${userId}` });
			} else if (rng.chance(0.01)) {
				server.removePlayer(userId); // a break; back at the next turn
			} else {
				servicesOf(server).pipeline.submit(userId, randomEvent(rng));
				events += 1;
			}
			nextAt.set(userId, now + rng.integer(60, 180));
		}
		if (second % 60 === 0) {
			servers.forEach((server, index) => {
				// the class looks at its weekly board once a minute (reads are cached for its update_frequency)
				const weekly = getServerCatalog().leaderboards.get("weekly_xp_class")!;
				const period = periodKey(weekly, now)!;
				servicesOf(server).leaderboards.top("weekly_xp_class", period, `class-bench-${index + 1}`, 10);
			});
		}
		servers.forEach((server, index) => {
			studentSeconds += server.playerCount() * STEP;
			// the budget grows with the players on the server: keep it at the server's fullest
			for (const category of BUDGET_CATEGORIES) {
				budgets[index][category] = math.max(budgets[index][category] ?? 0, server.budgetPerMinute(category));
			}
		});
		Emulation.advance(STEP);
	}
	const minutes = (Emulation.now() - start) / 60;
	const heapAfter = gcinfo();

	let bytes = 0;
	let wholeViews = 0;
	let patches = 0;
	const loads = servers.map((server, index): ServerLoad => {
		const traffic = servicesOf(server).sync.trafficSoFar();
		bytes += traffic.bytes;
		wholeViews += traffic.resets;
		patches += traffic.patches;
		const counts = world.dataStores.requestCounts(`bench-${index + 1}`);
		const perMinute: Record<string, number> = {};
		for (const category of BUDGET_CATEGORIES) perMinute[category] = (counts[category] ?? 0) / minutes;
		const methods = new Array<string>();
		for (const [name, count] of pairs(counts)) {
			if (!BUDGET_CATEGORIES.includes(name as DataStoreBudgetCategory)) methods.push(`${name} ${count}`);
		}
		methods.sort();
		return {
			jobId: `bench-${index + 1}`,
			players: math.ceil((students - index) / serverCount),
			perMinute,
			budget: budgets[index],
			methods: methods.join(", "),
		};
	});
	let largest = 0;
	for (const key of world.dataStores.keys(PLAYER_PROFILE_STORE)) {
		const stored = world.dataStores.peek(PLAYER_PROFILE_STORE, key);
		largest = math.max(largest, HttpService.JSONEncode(stored).size());
	}
	world.destroy();
	Emulation.setFrameRate(60);
	return {
		students,
		minutes,
		events,
		servers: loads,
		syncBytesPerStudentMinute: bytes / (studentSeconds / 60),
		wholeViews,
		patches,
		heapKbPerStudent: (heapAfter - heapBefore) / students,
		largestProfileBytes: largest,
	};
}
