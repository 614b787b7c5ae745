import { HttpService } from "@rbxts/services";
import { PLAYER_PROFILE_STORE } from "server/persistence/player-profile-store";
import { GameEvent } from "shared/domain/events";
import { Rng } from "shared/domain/rng";
import { randomActivity } from "shared/test/helpers/random-events";
import { servicesOf } from "../helpers/server";

/**
 * The largest-profile workload of `npm run bench`: a diligent student's school year played on an
 * emulated server, so the figure is the value the game really saved in the DataStore, not an
 * estimate. Each school day (36 weeks, Monday to Friday) the student joins, takes the three daily
 * quests, does eight to twelve lessons, quizzes and other activities, helps a classmate now and
 * then, buys from the shop on some days, and leaves; the nights pass at a slowed frame rate.
 * Not a spec: it returns figures.
 */

const USER_ID = 7001;
const WEEKS = 36;
const DAY = 86400;
const DAILY_QUESTS = ["daily_three_activities", "daily_perfect_quiz", "daily_helping_hand"];
const SHOP = ["snack_pack", "double_xp_potion", "emote_high_five", "avatar_owl", "theme_space", "title_bookworm"];

export interface SchoolYearSave {
	readonly schoolDays: number;
	readonly events: number;
	/** Events the pipeline did not apply (refused purchases, a quest already taken, ...). */
	readonly notApplied: number;
	/** Bytes of the saved DataStore value, JSON-encoded as Roblox stores it. */
	readonly savedBytes: number;
}

function schoolDayEvents(rng: Rng): GameEvent[] {
	const events = new Array<GameEvent>();
	for (const quest of DAILY_QUESTS) events.push({ kind: "assign_quest", quest_id: quest });
	const activities = rng.integer(8, 12);
	for (let index = 0; index < activities; index++) {
		events.push(randomActivity(rng));
		if (rng.chance(0.2)) events.push({ kind: "metric", metric: "helps_given", value: 1 });
	}
	if (rng.chance(0.3)) events.push({ kind: "purchase", reward_id: SHOP[rng.integer(0, SHOP.size() - 1)] });
	return events;
}

export function runSchoolYearSave(): SchoolYearSave {
	const world = Emulation.createWorld({ seed: 36 });
	const server = world.startServer({ jobId: "school-year" });
	const rng = new Rng(36);
	let schoolDays = 0;
	let events = 0;
	let notApplied = 0;
	// from a Monday 00:00 UTC, so that the week's first five days are school days
	const firstMonday = math.floor(Emulation.now() / (7 * DAY)) * 7 * DAY + 4 * DAY + 7 * DAY;
	for (let day = 0; day < WEEKS * 7; day++) {
		// the night and the weekend pass at a frame every ten minutes; timers still wake on time
		Emulation.setFrameRate(1 / 7200);
		Emulation.advance(math.max(0, firstMonday + day * DAY + 8 * 3600 - Emulation.now()));
		if (day % 7 >= 5) continue;
		// ProfileService's cadence is in seconds, not frames: two frames a second keep the day quick
		Emulation.setFrameRate(2);
		server.addPlayer({ userId: USER_ID, name: "diligent" });
		Emulation.advance(5); // the profile loads
		for (const event of schoolDayEvents(rng)) {
			if (servicesOf(server).pipeline.submit(USER_ID, event) !== "applied") notApplied += 1;
			events += 1;
			Emulation.advance(10);
		}
		server.removePlayer(USER_ID);
		Emulation.advance(10); // the session ends and saves
		schoolDays += 1;
	}
	Emulation.setFrameRate(60);
	const stored = world.dataStores.peek(PLAYER_PROFILE_STORE, world.dataStores.keys(PLAYER_PROFILE_STORE)[0]);
	const savedBytes = HttpService.JSONEncode(stored).size();
	world.destroy();
	return { schoolDays, events, notApplied, savedBytes };
}
