import { getPublicCatalog } from "shared/catalog";
import { DomainContext, EngineCounters, memoryStockLedger } from "shared/domain/context";
import { GameEvent } from "shared/domain/events";
import { processOwnedEvent } from "shared/domain/process-event";
import { estimateJsonSize } from "shared/domain/profile/json-size";
import { createDefaultProfile, PlayerProfile } from "shared/domain/profile/player-profile";
import { Rng } from "shared/domain/rng";
import { deepCopy } from "shared/util/deep-copy";
import { randomActivity } from "../helpers/random-events";
import { RunOutcome } from "./achievement-workload";

/**
 * The default catalog's workload for `npm run bench`: one diligent student's school year (36 weeks
 * of school days: joining, eight to twelve activities, helping a classmate, leaving), and then the
 * same week of play measured twice, on a fresh profile and on the profile the year left, so the
 * cost per event can be compared between a new and a long-played profile. Not a spec.
 */

const START = 1788249600; // Tuesday 1 September 2026, 00:00 UTC
const DAY = 86400;

/** A school day's events from 08:00 UTC, a few minutes apart. */
function schoolDay(rng: Rng, day: number): Array<{ at: number; event: GameEvent }> {
	const list = new Array<{ at: number; event: GameEvent }>();
	let at = START + day * DAY + 8 * 3600;
	list.push({ at, event: { kind: "join" } });
	const activities = rng.integer(8, 12);
	for (let i = 0; i < activities; i++) {
		at += rng.integer(120, 900);
		list.push({ at, event: randomActivity(rng) });
		if (rng.chance(0.2)) list.push({ at: at + 30, event: { kind: "metric", metric: "helps_given", value: 1 } });
	}
	list.push({ at: at + 60, event: { kind: "leave" } });
	return list;
}

/** School days from `firstDay` for `weeks` weeks (Monday to Friday). */
function schoolDays(rng: Rng, firstDay: number, weeks: number) {
	const list = new Array<{ at: number; event: GameEvent }>();
	for (let day = firstDay; day < firstDay + weeks * 7; day++) {
		const weekday = (math.floor((START + day * DAY) / DAY) + 3) % 7; // 0 = Monday
		if (weekday >= 5) continue;
		for (const item of schoolDay(rng, day)) list.push(item);
	}
	return list;
}

function play(
	profile: PlayerProfile,
	events: ReadonlyArray<{ at: number; event: GameEvent }>,
	counters?: EngineCounters,
) {
	const catalog = getPublicCatalog();
	const stock = memoryStockLedger();
	const rng = new Rng(11);
	let current = profile;
	for (const item of events) {
		const ctx: DomainContext = { now: item.at, rng, catalog, stock, counters };
		current = processOwnedEvent(current, item.event, ctx).profile;
	}
	return current;
}

function fingerprint(profile: PlayerProfile) {
	return (
		`${profile.achievements.total_earned} achievements earned, ${profile.achievements.total_points} points, ` +
		`${profile.badges.total_earned} badges, level ${profile.experience.level}, ${profile.experience.total_xp} XP`
	);
}

export interface SchoolYearWorkload {
	readonly achievementCount: number;
	readonly eventCount: number;
	/** Estimated JSON bytes of the profile the school year left. */
	readonly agedBytes: number;
	/** The fingerprints measured on the engine before it was made faster (main of 2026-12-02). */
	readonly expected: { readonly fresh: string; readonly aged: string };
	/** The measured week on a fresh profile, or on the school year's profile, timed by `clock`. */
	run(age: "fresh" | "aged", clock: () => number): RunOutcome;
	/** Estimated JSON bytes of the aged profile after the measured week. */
	agedBytesAfter(): number;
}

export function prepareSchoolYear(): SchoolYearWorkload {
	const rng = new Rng(36);
	const year = schoolDays(rng, 0, 36);
	const week = schoolDays(rng, 36 * 7, 1);
	const aged = play(createDefaultProfile(), year);
	let lastAged = aged;
	return {
		achievementCount: getPublicCatalog().achievements.size(),
		eventCount: week.size(),
		agedBytes: estimateJsonSize(aged),
		expected: {
			fresh: "20 achievements earned, 470 points, 5 badges, level 9, 5987 XP",
			aged: "97 achievements earned, 1922 points, 14 badges, level 17, 178881 XP",
		},
		run(age, clock) {
			const counters: EngineCounters = { visits: 0 };
			// a copy, so that every run starts from the same profile whatever the engine does in place
			const start = age === "fresh" ? createDefaultProfile() : deepCopy(aged);
			const started = clock();
			const result = play(start, week, counters);
			const seconds = clock() - started;
			if (age === "aged") lastAged = result;
			return { fingerprint: fingerprint(result), visits: counters.visits, seconds };
		},
		agedBytesAfter() {
			return estimateJsonSize(lastAged);
		},
	};
}
