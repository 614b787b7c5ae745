import { ActivityDefinition } from "shared/catalog/types";
import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { saturatingAdd, utcDay } from "shared/domain/numbers";
import { FAIR_PLAY_LIMITS, FairPlayRecord, PlayerProfile } from "shared/domain/profile/player-profile";

/** Today's fair-play counts: a new UTC day starts them again (the lifetime rushed answers stay). */
function today(profile: PlayerProfile, now: number): FairPlayRecord {
	const record = profile.fair_play;
	const day = utcDay(now);
	if (record.day !== day) {
		record.day = day;
		record.xp_by_type = {};
		record.set_runs = {};
	}
	return record;
}

function entries(map: Record<string, number>): number {
	let count = 0;
	for (const [key] of pairs(map)) if (typeIs(key, "string")) count += 1;
	return count;
}

/**
 * Counts this completion of a question set today and returns which one it is (1 for the first).
 * With FAIR_PLAY_LIMITS.set_runs sets counted already, a new set is not stored and counts as a
 * repeat at the last factor: nobody does that many sets in a day but a script.
 */
function countRun(record: FairPlayRecord, setId: string, factors: number): number {
	const runs = record.set_runs[setId];
	if (runs === undefined && entries(record.set_runs) >= FAIR_PLAY_LIMITS.set_runs) return factors;
	const run = saturatingAdd(runs ?? 0, 1);
	record.set_runs[setId] = run;
	return run;
}

/**
 * The XP an activity grants once the fair-play rules (catalog settings.fair_play) have had their
 * say, from the `computed` XP: the same question set again today earns its repeat factor, and no
 * activity type earns more than its daily cap (the activity that crosses it gets what remains).
 * Each reduction is said as an `xp_reduced` effect; today's counts are updated.
 */
export function fairPlayXp(
	profile: PlayerProfile,
	activity: ActivityDefinition,
	setId: string | undefined,
	computed: number,
	ctx: DomainContext,
	effects: Effect[],
): number {
	const settings = ctx.catalog.settings.fair_play;
	const record = today(profile, ctx.now);
	const reduced = (reason: "daily_cap" | "repeat", before: number, after: number) =>
		effects.push({
			kind: "xp_reduced",
			reason,
			activity: activity.id,
			activity_type: activity.type,
			computed: before,
			granted: after,
		});
	let granted = computed;
	if (setId !== undefined) {
		const factors = settings.repeat_xp_factors;
		const run = countRun(record, setId, factors.size());
		const factor = factors[math.min(run, factors.size()) - 1];
		const after = math.floor(granted * factor);
		if (after < granted) reduced("repeat", granted, after);
		granted = after;
	}
	const earned = record.xp_by_type[activity.type] ?? 0;
	const room = math.max(0, settings.daily_xp_cap[activity.type] - earned);
	if (granted > room) {
		reduced("daily_cap", granted, room);
		granted = room;
	}
	record.xp_by_type[activity.type] = saturatingAdd(earned, granted);
	return granted;
}

/** An activity left with answers given counts as a run of its set today, earning nothing. */
export function countAbandonedRun(profile: PlayerProfile, setId: string, now: number) {
	countRun(today(profile, now), setId, 1);
}

/** Counts an activity's rushed answers in the profile's lifetime total. */
export function countRushedAnswers(profile: PlayerProfile, rushed: number) {
	if (rushed > 0) profile.fair_play.rushed_answers = saturatingAdd(profile.fair_play.rushed_answers, rushed);
}
