import { MAX_SAFE_INTEGER } from "shared/util/safe-integer";
import { PlayerProfile } from "./player-profile";
import { LIST_LIMIT, MAP_LIMIT, PROFILE_SIZE_BUDGET, STRING_LIMIT } from "./profile-schema";
import { repairProfile } from "./profile-repair";
import { boundReport } from "./repair-report";

export interface SaveCheck {
	/** The profile to save: the one given when nothing was wrong, else a repaired copy. */
	readonly profile: PlayerProfile;
	/** What was wrong and what changed (bounded, like a load's repairs); empty when nothing was. */
	readonly changes: string[];
}

/** Text fields are at most LONG_STRING_LIMIT; this is only a cheap "something is off" threshold. */
const SUSPICIOUS_STRING = STRING_LIMIT * 5;

/**
 * One walk of the profile (naming only the key where something is off, so the walk builds no paths): whether it holds something a save must not carry (a non-finite number,
 * a number beyond ±(2^53 - 1), a list or map past every bound, a string past every limit) and
 * about how large its JSON is.
 */
function scan(value: unknown, budget: { size: number; bad: string | undefined }, key: string) {
	if (budget.bad !== undefined) return;
	if (typeIs(value, "number")) {
		budget.size += 24;
		if (value !== value || value > MAX_SAFE_INTEGER || value < -MAX_SAFE_INTEGER) {
			budget.bad = `${key}: ${value} is not a finite number within ±(2^53 - 1)`;
		}
	} else if (typeIs(value, "string")) {
		budget.size += value.size() + 2;
		if (value.size() > SUSPICIOUS_STRING) budget.bad = `${key}: a string of ${value.size()} characters`;
	} else if (typeIs(value, "table")) {
		let entries = 0;
		for (const [field, item] of pairs(value as Record<string, unknown>)) {
			entries += 1;
			budget.size += typeIs(field, "string") ? field.size() + 4 : 1;
			scan(item, budget, tostring(field));
		}
		if (entries > math.max(LIST_LIMIT, MAP_LIMIT)) budget.bad = `${key}: ${entries} entries`;
		budget.size += 2;
	} else budget.size += 5;
}

/**
 * The check a profile passes before every save (cheap: one walk, no copy when all is well): a value
 * the DataStore would refuse (a non-finite number, JSON past its 4 MB limit) or a list past its
 * bound is repaired, with the same repair as a load (repairProfile), and reported.
 */
export function checkForSave(profile: PlayerProfile): SaveCheck {
	const budget = { size: 0, bad: undefined as string | undefined };
	scan(profile, budget, "profile");
	if (budget.bad === undefined && budget.size <= PROFILE_SIZE_BUDGET) return { profile, changes: [] };
	const changes = [budget.bad ?? `the profile is about ${budget.size} bytes (at most ${PROFILE_SIZE_BUDGET})`];
	const repaired = repairProfile(profile, changes);
	return { profile: repaired, changes: boundReport(changes) };
}
