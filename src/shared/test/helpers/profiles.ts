import { getPublicCatalog } from "shared/catalog";
import { memoryStockLedger } from "shared/domain/context";
import { GameEvent } from "shared/domain/events";
import { processEvent } from "shared/domain/process-event";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { loadProfile } from "shared/domain/profile/profile-repair";
import { Rng } from "shared/domain/rng";
import { TERM_START } from "./domain";

/** The first path holding a NaN or an infinite number, or undefined when every number is finite. */
export function nonFinitePath(value: unknown, path = "$"): string | undefined {
	if (typeIs(value, "number"))
		return value !== value || value === math.huge || value === -math.huge ? path : undefined;
	if (!typeIs(value, "table")) return undefined;
	for (const [key, item] of pairs(value as Record<string, unknown>)) {
		const found = nonFinitePath(item, `${path}.${tostring(key)}`);
		if (found !== undefined) return found;
	}
	return undefined;
}

/** Loads a saved value that must load, failing the spec otherwise. */
export function loaded(saved: unknown) {
	const result = loadProfile(saved);
	if (!result.ok) error(`expected the profile to load: ${result.reason}`);
	return result;
}

/** Plays events on a profile with the default catalog, one minute apart from the first day of term. */
export function play(profile: PlayerProfile, events: readonly GameEvent[], seed = 1): PlayerProfile {
	const rng = new Rng(seed);
	const stock = memoryStockLedger();
	let now = TERM_START;
	for (const event of events) {
		now += 60;
		profile = processEvent(profile, event, { now, rng, catalog: getPublicCatalog(), stock }).profile;
	}
	return profile;
}

/** A lesson, as a student completes it. */
export const LESSON: GameEvent = {
	kind: "activity",
	activity: "lesson",
	subject: "math",
	performance: { perfect: true, time: 60, expected_time: 600, first_try: true, accuracy: 1 },
};
