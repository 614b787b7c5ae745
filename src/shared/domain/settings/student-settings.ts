import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { NotificationChoices, PrivacyChoices } from "shared/domain/events";
import { announcePublicScores } from "shared/domain/leaderboards/scores";
import { PlayerProfile } from "shared/domain/profile/player-profile";

/** Sets the switches given in `choices` on `target`; returns the names of those that changed. */
function setSwitches(target: Record<string, boolean>, choices: Record<string, boolean | undefined>): string[] {
	const changed = new Array<string>();
	for (const [name, value] of pairs(choices)) {
		if (!typeIs(value, "boolean") || target[name] === undefined || target[name] === value) continue;
		target[name] = value;
		changed.push(name);
	}
	changed.sort();
	return changed;
}

/** A student's notification choices (the event schema allows only the four switches). */
export function setNotifications(profile: PlayerProfile, choices: NotificationChoices, effects: Effect[]) {
	const changed = setSwitches(
		profile.settings.notifications as unknown as Record<string, boolean>,
		choices as unknown as Record<string, boolean | undefined>,
	);
	effects.push({ kind: "settings_changed", section: "notifications", changed });
	return undefined;
}

/** Whether public boards may show the student (leaderboards/eligibility.ts reads the same two switches). */
const onPublicBoards = (profile: PlayerProfile) =>
	profile.settings.privacy.show_profile && profile.settings.privacy.show_stats;

/**
 * A student's privacy choices. When they decide whether public boards may show the student, the
 * student's public scores are said again (announcePublicScores), so the boards drop or add them now.
 */
export function setPrivacy(profile: PlayerProfile, choices: PrivacyChoices, ctx: DomainContext, effects: Effect[]) {
	const wasPublic = onPublicBoards(profile);
	const changed = setSwitches(
		profile.settings.privacy as unknown as Record<string, boolean>,
		choices as unknown as Record<string, boolean | undefined>,
	);
	effects.push({ kind: "settings_changed", section: "privacy", changed });
	if (onPublicBoards(profile) !== wasPublic) announcePublicScores(profile, ctx, effects);
	return undefined;
}
