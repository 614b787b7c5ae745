import { deepCopy } from "shared/util/deep-copy";
import { PlayerProfile } from "./player-profile";

/**
 * The copy an event works on: everything deep-copied except the achievement progress entries,
 * which are shared until written (see achievements/engine-run.ts). Nothing outside the engine
 * writes to an entry, and the engine copies one before its first write.
 */
export function copyProfile(profile: PlayerProfile): PlayerProfile {
	const copy: Record<string, unknown> = {};
	for (const [key, item] of pairs(profile as unknown as Record<string, unknown>)) {
		copy[key] = key === "achievement_progress" ? table.clone(item as object) : deepCopy(item);
	}
	return copy as unknown as PlayerProfile;
}
