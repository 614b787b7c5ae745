import { Catalog } from "shared/catalog/types";
import { Effect, EffectKind } from "shared/domain";

/**
 * The effects a student's client turns into notifications. Bookkeeping for the server
 * (encoded scores, quest checkpoints, archives naming other students) stays on the server.
 */
const FOR_THE_STUDENT = new Set<EffectKind>([
	"xp_gained",
	"xp_capped",
	"level_up",
	"prestige",
	"currency_changed",
	"item_added",
	"item_removed",
	"item_expired",
	"item_used",
	"power_up_added",
	"multiplier_added",
	"multiplier_expired",
	"title_earned",
	"cosmetic_unlocked",
	"content_unlocked",
	"reward_granted",
	"streak_changed",
	"profile_repaired",
	"achievement_earned",
	"achievement_progress",
	"achievement_reset",
	"reward_withheld",
	"badge_awarded",
	"badge_removed",
	"badge_evolved",
	"badge_equipped",
	"badge_unequipped",
	"badge_gifted",
	"showcase_changed",
	"quest_assigned",
	"quest_progress",
	"quest_completed",
	"quest_failed",
	"quest_abandoned",
	"quest_rated",
	"quest_ended",
	"quest_deadline_changed",
	"revoked",
	"rank_changed",
	"rejected",
	"xp_reduced",
	"speed_bonus_withheld",
	"settings_changed",
	"user_blocked",
	"user_unblocked",
]);

/** Whether the client may learn of this effect: never progress on a secret achievement it has not earned. */
function mayTell(effect: Effect, catalog: Catalog): boolean {
	if (!FOR_THE_STUDENT.has(effect.kind)) return false;
	if (effect.kind === "achievement_progress" || effect.kind === "achievement_reset") {
		return catalog.achievements.get(effect.achievement_id)?.metadata.secret !== true;
	}
	return true;
}

/** The effects of one event as the student's client is told them, in order. */
export function clientEffects(effects: readonly Effect[], catalog: Catalog): Effect[] {
	return effects.filter((effect) => mayTell(effect, catalog));
}
