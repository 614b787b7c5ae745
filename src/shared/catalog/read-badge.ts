import { BADGE_FIELDS } from "./badge-schema";
import { fail, readFields } from "./fields";
import { BadgeDefinition } from "./types";

/** Reads one badge and checks that its acquisition can work; references are checked later. */
export function readBadge(raw: unknown, path: string): BadgeDefinition {
	const badge = readFields(raw, BADGE_FIELDS, path) as unknown as BadgeDefinition;
	const acquisition = badge.acquisition;
	const requirements = acquisition.requirements;
	const at = `${path}.acquisition`;
	switch (acquisition.method) {
		case "achievement":
			if (requirements.achievement_id === "") {
				fail(`${at}.requirements.achievement_id: an achievement badge names its achievement`);
			}
			break;
		case "purchase":
			if (requirements.cost.coins === 0 && requirements.cost.gems === 0) {
				fail(`${at}.requirements.cost: a purchased badge has a price in coins or gems`);
			}
			break;
		case "milestone":
			if (requirements.level === 0 && requirements.achievement_id === "") {
				fail(`${at}.requirements: a milestone badge needs a level or an achievement_id`);
			}
			break;
		case "collection":
			if (badge.info.collection === "") fail(`${path}.info.collection: a collection badge names its collection`);
			break;
		case "random":
			if (acquisition.drop_rate <= 0) fail(`${at}.drop_rate: a random badge needs a drop rate above 0`);
			break;
	}
	return badge;
}
