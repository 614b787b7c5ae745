import { estimateJsonSize } from "./json-size";
import { createDefaultProfile, PlayerProfile } from "./player-profile";
import { PROFILE_SIZE_BUDGET } from "./profile-schema";

type Section = Record<string, unknown>;

/**
 * What goes, in this order, when a profile (every part within its bounds) still would not fit
 * PROFILE_SIZE_BUDGET: what is cheapest to lose first (histories and the current periods' board
 * aggregates), then progress, then collections. XP, level, currency, badges and settings stay.
 */
const SHED_ORDER: readonly string[][] = [
	["experience.xp_history", "currency.spending_history"],
	["leaderboard_metrics", "leaderboard_scores"],
	["achievement_progress"],
	// an active quest and its progress go together (profile-consistency.ts)
	["quest_progress", "quests.active"],
	["social.friends", "social.blocked", "unlocked_content", "prizes_received"],
	["inventory.cosmetics", "profile.titles_earned", "profile.bio", "profile.avatar.effects"],
	["quest_history", "last_used", "purchase_counts", "subject_activities"],
];

function reset(profile: Section, defaults: Section, path: string) {
	const parts = path.split(".");
	let target = profile;
	let fallback = defaults;
	for (let i = 0; i < parts.size() - 1; i++) {
		target = target[parts[i]] as Section;
		fallback = fallback[parts[i]] as Section;
	}
	target[parts[parts.size() - 1]] = fallback[parts[parts.size() - 1]];
}

/** Resets the sections of SHED_ORDER, one by one, to their default until the profile fits its size budget. */
export function shrinkToFit(profile: PlayerProfile, repairs: string[]) {
	let size = estimateJsonSize(profile);
	if (size <= PROFILE_SIZE_BUDGET) return;
	const defaults = createDefaultProfile() as unknown as Section;
	for (const paths of SHED_ORDER) {
		for (const path of paths) reset(profile as unknown as Section, defaults, path);
		repairs.push(
			`${paths.join(", ")}: reset, the profile was about ${size} bytes (at most ${PROFILE_SIZE_BUDGET})`,
		);
		size = estimateJsonSize(profile);
		if (size <= PROFILE_SIZE_BUDGET) return;
	}
}
