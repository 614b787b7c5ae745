import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { hasEarned } from "shared/domain/profile/progress-queries";

/** The achievements a player features on their profile: earned ones only, no repeats, within the slots. */
export function setShowcase(
	profile: PlayerProfile,
	achievementIds: readonly string[],
	ctx: DomainContext,
	effects: Effect[],
): string | undefined {
	const slots = ctx.catalog.settings.showcase_slots;
	if (achievementIds.size() > slots) return `the showcase holds ${slots} achievements`;
	const chosen = new Array<string>();
	for (const id of achievementIds) {
		const achievement = ctx.catalog.achievements.get(id);
		// a secret achievement not yet earned does not exist as far as the player can tell
		if (achievement === undefined || (achievement.metadata.secret && !hasEarned(profile, id))) {
			return `unknown achievement "${id}"`;
		}
		if (!hasEarned(profile, id)) return `you have not earned "${id}" yet`;
		if (chosen.includes(id)) return `"${id}" is in the showcase twice`;
		chosen.push(id);
	}
	profile.achievements.showcase = chosen;
	effects.push({ kind: "showcase_changed", achievement_ids: [...chosen] });
	return undefined;
}
