import { BUILT_IN_METRICS, KEYED_METRICS, PERFECT_METRICS } from "shared/domain/achievements/observations";
import { fail } from "./fields";
import { AchievementDefinition, BadgeDefinition, MetricDefinition, RewardBundle, RewardDefinition } from "./types";

interface Sections {
	readonly metrics: ReadonlyMap<string, MetricDefinition>;
	readonly rewards: ReadonlyMap<string, RewardDefinition>;
	readonly badges: ReadonlyMap<string, BadgeDefinition>;
	readonly achievements: ReadonlyMap<string, AchievementDefinition>;
}

function sorted(names: ReadonlySet<string>): string {
	const list = new Array<string>();
	for (const name of names) list.push(name);
	list.sort();
	return list.join(", ");
}

function checkBundle(bundle: RewardBundle, path: string, sections: Sections) {
	bundle.items.forEach((item, index) => {
		const reward = sections.rewards.get(item.item_id);
		if (reward === undefined || reward.type !== "item") {
			fail(`${path}.items[${index}].item_id: no item "${item.item_id}" in catalog.rewards`);
		}
	});
	bundle.badges.forEach((badgeId, index) => {
		if (!sections.badges.has(badgeId)) fail(`${path}.badges[${index}]: no badge "${badgeId}" in catalog.badges`);
	});
}

/** No achievement may (through others) be its own prerequisite. */
function checkChains(achievements: ReadonlyMap<string, AchievementDefinition>) {
	const state = new Map<string, "visiting" | "done">();
	const visit = (id: string, trail: string[]) => {
		if (state.get(id) === "done") return;
		if (state.get(id) === "visiting")
			fail(`catalog.achievements ("${id}"): prerequisites loop: ${trail.join(" -> ")}`);
		state.set(id, "visiting");
		for (const other of achievements.get(id)!.requirements.prerequisite_achievements)
			visit(other, [...trail, other]);
		state.set(id, "done");
	};
	for (const [id] of achievements) visit(id, [id]);
}

/** Evolutions lead somewhere new: a badge never evolves (through others) back into itself. */
function checkEvolutions(badges: ReadonlyMap<string, BadgeDefinition>) {
	for (const [id] of badges) {
		const trail = [id];
		let current = badges.get(id)!.properties.evolution.next_badge_id;
		while (current !== "") {
			trail.push(current);
			if (current === id)
				fail(`catalog.badges ("${id}").properties.evolution: evolves back into itself: ${trail.join(" -> ")}`);
			if (trail.size() > badges.size() + 1) break;
			current = badges.get(current)?.properties.evolution.next_badge_id ?? "";
		}
	}
}

/** Checks every id one definition gives for another: a typo fails the load, naming where it is. */
export function checkReferences(sections: Sections) {
	for (const [id, achievement] of sections.achievements) {
		const path = `catalog.achievements ("${id}")`;
		achievement.requirements.conditions.forEach((condition, index) => {
			const at = `${path}.requirements.conditions[${index}].metric`;
			if (BUILT_IN_METRICS[condition.metric] === undefined && !sections.metrics.has(condition.metric)) {
				fail(`${at}: unknown metric "${condition.metric}"`);
			}
			const requirementType = achievement.requirements.type;
			if (requirementType === "perfect" && !PERFECT_METRICS.has(condition.metric)) {
				fail(
					`${at}: a perfect requirement watches activities (${sorted(PERFECT_METRICS)}), not "${condition.metric}"`,
				);
			}
			if (
				(requirementType === "unique" || requirementType === "collection") &&
				!KEYED_METRICS.has(condition.metric)
			) {
				fail(
					`${at}: a ${requirementType} requirement needs a metric that names what was seen (${sorted(KEYED_METRICS)})`,
				);
			}
		});
		achievement.requirements.prerequisite_achievements.forEach((other, index) => {
			if (!sections.achievements.has(other)) {
				fail(`${path}.requirements.prerequisite_achievements[${index}]: no achievement "${other}"`);
			}
		});
		checkBundle(achievement.rewards, `${path}.rewards`, sections);
		achievement.progression.milestones.forEach((milestone, index) =>
			checkBundle(milestone.partial_reward, `${path}.progression.milestones[${index}].partial_reward`, sections),
		);
	}
	checkChains(sections.achievements);
	for (const [id, badge] of sections.badges) {
		const path = `catalog.badges ("${id}")`;
		const requirements = badge.acquisition.requirements;
		if (requirements.achievement_id !== "" && !sections.achievements.has(requirements.achievement_id)) {
			fail(`${path}.acquisition.requirements.achievement_id: no achievement "${requirements.achievement_id}"`);
		}
		requirements.items_needed.forEach((item, index) => {
			if (sections.rewards.get(item.item_id)?.type !== "item") {
				fail(`${path}.acquisition.requirements.items_needed[${index}].item_id: no item "${item.item_id}"`);
			}
		});
		badge.properties.set_bonus.required_badges.forEach((other, index) => {
			if (!sections.badges.has(other))
				fail(`${path}.properties.set_bonus.required_badges[${index}]: no badge "${other}"`);
		});
		const evolution = badge.properties.evolution;
		if (evolution.next_badge_id !== "") {
			if (!sections.badges.has(evolution.next_badge_id) || evolution.next_badge_id === id) {
				fail(`${path}.properties.evolution.next_badge_id: no other badge "${evolution.next_badge_id}"`);
			}
			evolution.requirements.achievements.forEach((other, index) => {
				if (!sections.achievements.has(other)) {
					fail(`${path}.properties.evolution.requirements.achievements[${index}]: no achievement "${other}"`);
				}
			});
		}
	}
	checkEvolutions(sections.badges);
	for (const [id, reward] of sections.rewards) {
		reward.usage.requirements.achievements.forEach((other, index) => {
			if (!sections.achievements.has(other)) {
				fail(`catalog.rewards ("${id}").usage.requirements.achievements[${index}]: no achievement "${other}"`);
			}
		});
	}
}
