import { fail, readFields } from "./fields";
import { ACHIEVEMENT_FIELDS } from "./achievement-schema";
import { AchievementDefinition } from "./types";

/** Reads one achievement and checks that its parts fit together; references are checked later. */
export function readAchievement(raw: unknown, path: string): AchievementDefinition {
	const achievement = readFields(raw, ACHIEVEMENT_FIELDS, path) as unknown as AchievementDefinition;
	const writable = achievement as unknown as { slug: string };
	if (achievement.slug === "") writable.slug = achievement.id;
	const requirements = achievement.requirements;
	const conditions = requirements.conditions;
	const requirementType = requirements.type;
	if (conditions.size() === 0) fail(`${path}.requirements.conditions: needs at least one condition`);
	conditions.forEach((condition, index) => {
		const at = `${path}.requirements.conditions[${index}].value`;
		const isList = typeIs(condition.value, "table");
		if (requirementType === "collection" && (!isList || (condition.value as string[]).size() === 0)) {
			fail(`${at}: a collection needs the list of values to collect`);
		}
		if (requirementType !== "collection" && isList) fail(`${at}: a ${requirementType} requirement needs a number`);
	});
	const constraint = requirements.time_constraint;
	if (constraint.type === "within" && constraint.duration === 0) {
		fail(`${path}.requirements.time_constraint.duration: "within" needs a duration in minutes`);
	}
	if (requirementType === "time_limit" && constraint.type !== "within") {
		fail(`${path}.requirements.time_constraint: a time_limit requirement needs { type: "within", duration }`);
	}
	const progression = achievement.progression;
	if (progression.type === "tiered") {
		if (conditions.size() !== 1) fail(`${path}.requirements.conditions: a tiered achievement has one condition`);
		if (progression.tiers.size() === 0) fail(`${path}.progression.tiers: a tiered achievement needs tiers`);
		if (conditions[0].operator !== ">=" && conditions[0].operator !== ">") {
			fail(`${path}.requirements.conditions[0].operator: a tiered achievement counts up (>= or >)`);
		}
		let previous = -1;
		progression.tiers.forEach((tier, index) => {
			if (tier.requirement <= previous) {
				fail(`${path}.progression.tiers[${index}].requirement: tiers must ask for more each time`);
			}
			previous = tier.requirement;
		});
	} else if (progression.tiers.size() > 0) {
		fail(`${path}.progression.tiers: only a tiered achievement has tiers`);
	}
	let previousPercentage = 0;
	progression.milestones.forEach((milestone, index) => {
		if (milestone.percentage <= previousPercentage) {
			fail(`${path}.progression.milestones[${index}].percentage: milestones must go up`);
		}
		previousPercentage = milestone.percentage;
	});
	const metadata = achievement.metadata;
	if (metadata.secret && progression.milestones.size() > 0) {
		fail(`${path}.progression.milestones: a secret achievement cannot announce milestones`);
	}
	if (metadata.seasonal && metadata.season === "")
		fail(`${path}.metadata.season: a seasonal achievement names its season`);
	if ((metadata.seasonal || metadata.limited_time) && metadata.available_until === 0) {
		fail(`${path}.metadata.available_until: a seasonal or limited-time achievement needs its end`);
	}
	if (metadata.available_until > 0 && metadata.available_from >= metadata.available_until) {
		fail(`${path}.metadata.available_from: must be before available_until`);
	}
	return achievement;
}
