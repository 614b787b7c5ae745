import { getPublicCatalog } from "shared/catalog";
import { memoryStockLedger } from "shared/domain/context";
import { GameEvent } from "shared/domain/events";
import { processEvent } from "shared/domain/process-event";
import { estimateJsonSize } from "shared/domain/profile/json-size";
import { createDefaultProfile, PlayerProfile, PROFILE_SCHEMA_VERSION } from "shared/domain/profile/player-profile";
import { loadProfile } from "shared/domain/profile/profile-repair";
import { DATASTORE_VALUE_LIMIT } from "shared/domain/profile/profile-schema";
import { Rng } from "shared/domain/rng";
import { MAX_SAFE_INTEGER } from "shared/util/safe-integer";
import { deepCopy } from "shared/util/deep-copy";
import { firstDifference } from "../helpers/deep-equal";
import { TERM_START } from "../helpers/domain";
import { damage } from "../helpers/profile-damage";
import { LESSON, nonFinitePath, play } from "../helpers/profiles";
import { randomActivity } from "../helpers/random-events";

const PROFILES = 1000;
const EVENTS = 20;

function ids(map: ReadonlyMap<string, unknown>): string[] {
	const list = new Array<string>();
	for (const [id] of map) list.push(id);
	return list;
}

/** One of the events a student's day is made of, with the default catalog's ids (and a few wrong ones). */
function randomEvent(rng: Rng, rewards: string[], quests: string[], badges: string[]): GameEvent {
	const any = (list: string[]) => (rng.chance(0.1) ? "no_such_id" : list[rng.integer(0, list.size() - 1)]);
	switch (rng.integer(0, 7)) {
		case 0:
			return { kind: "purchase", reward_id: any(rewards) };
		case 1:
			return { kind: "use_item", item_id: any(rewards) };
		case 2:
			return { kind: "assign_quest", quest_id: any(quests) };
		case 3:
			return { kind: "equip_badge", badge_id: any(badges) };
		case 4:
			return { kind: "grant", xp: MAX_SAFE_INTEGER, coins: MAX_SAFE_INTEGER, gems: 1e15, reason: "fuzz" };
		case 5:
			return { kind: "tick" };
		default:
			return randomActivity(rng);
	}
}

/** A profile that has done a bit of everything, so that damage hits real entries of every map. */
function playedProfile(): PlayerProfile {
	return play(createDefaultProfile(), [
		{ kind: "join" },
		LESSON,
		{ kind: "assign_quest", quest_id: "daily_three_activities" },
		{ kind: "grant", coins: 500, reason: "start" },
		{ kind: "purchase", reward_id: "snack_pack" },
		{ kind: "purchase", reward_id: "double_xp_potion" },
		{ kind: "use_item", item_id: "double_xp_potion" },
		LESSON,
		{
			kind: "activity",
			activity: "quiz",
			performance: { perfect: true, time: 60, expected_time: 600, first_try: true },
		},
	]);
}

export = () => {
	it(`${PROFILES} randomly damaged profiles load, repair to a fixed point and survive ${EVENTS} events each, finite and under 4 MB`, () => {
		const catalog = getPublicCatalog();
		const rewards = ids(catalog.rewards);
		const quests = ids(catalog.quests);
		const badges = ids(catalog.badges);
		const base = playedProfile();
		const rng = new Rng(20261201);
		const failures = new Array<string>();
		let largest = 0;
		let largestRepaired = 0;
		for (let n = 0; n < PROFILES; n++) {
			// a frame now and then: the emulation's watchdog counts real time between the main thread's yields
			if (n % 10 === 0) task.wait();
			const saved = deepCopy(base) as unknown as Record<string, unknown>;
			damage(rng, saved, n % 100 === 7);
			const [ok, problem] = pcall(() => {
				// every other profile is loaded as a loader with the catalog would, checking ids too
				const withCatalog = n % 2 === 1 ? catalog : undefined;
				const first = loadProfile(saved, withCatalog);
				if (!first.ok) {
					// a version above ours is refused by design (a newer server's save is never downgraded):
					// damage that writes one (1e308 where schema_version was) must get exactly that refusal
					const version = saved.schema_version;
					const newer = typeIs(version, "number") && version > PROFILE_SCHEMA_VERSION;
					return newer && first.reason.find("newer than this server", 1, true)[0] !== undefined
						? undefined
						: `did not load: ${first.reason}`;
				}
				const again = loadProfile(deepCopy(first.profile), withCatalog);
				if (!again.ok) return "the repaired profile did not load";
				if (again.repairs.size() > 0) return `repairing twice repaired again: ${again.repairs[0]}`;
				const difference = firstDifference(again.profile, first.profile);
				if (difference !== undefined) return `repairing twice changed ${difference}`;
				largestRepaired = math.max(largestRepaired, estimateJsonSize(first.profile));
				let profile = first.profile;
				const stock = memoryStockLedger();
				let now = TERM_START + n * 7;
				for (let e = 0; e < EVENTS; e++) {
					now += rng.integer(1, 7200);
					const ctx = { now, rng, catalog, stock };
					profile = processEvent(profile, randomEvent(rng, rewards, quests, badges), ctx).profile;
				}
				const bad = nonFinitePath(profile);
				if (bad !== undefined) return `non-finite at ${bad}`;
				const size = estimateJsonSize(profile);
				largest = math.max(largest, size);
				if (size >= DATASTORE_VALUE_LIMIT) return `${size} bytes`;
				return undefined;
			});
			if (!ok) failures.push(`profile ${n} threw: ${tostring(problem)}`);
			else if (problem !== undefined) failures.push(`profile ${n}: ${problem}`);
		}
		print(
			`profile fuzz: ${PROFILES} profiles, ${failures.size()} failures, largest about ${largestRepaired} bytes ` +
				`repaired and ${largest} bytes after the events`,
		);
		expect(failures.size() === 0 ? "none" : failures[0]).to.equal("none");
	});
};
