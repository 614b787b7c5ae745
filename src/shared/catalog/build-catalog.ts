import { listShape } from "shared/util/list-shape";
import { buildLevelTable } from "./level-table";
import { SETTINGS_FIELDS } from "./badge-schema";
import { ACTIVITY_FIELDS, METRIC_FIELDS, PROGRESSION_FIELDS, REWARD_FIELDS } from "./catalog-schema";
import { checkReferences } from "./check-references";
import { readAchievement } from "./read-achievement";
import { readBadge } from "./read-badge";
import { readLeaderboard } from "./read-leaderboard";
import { readQuest } from "./read-quest";
import { fail, readFields } from "./fields";
import {
	ActivityDefinition,
	GameSettings,
	Catalog,
	MetricDefinition,
	ProgressionConfig,
	RewardDefinition,
	UsageEffects,
} from "./types";

/**
 * Catalog content as written by a designer (the shape of a scenario's "catalog"): activities and
 * metrics keyed by id; rewards, badges, achievements, quests and leaderboards as lists; settings.
 */
export interface CatalogData {
	readonly progression?: unknown;
	readonly activities?: unknown;
	readonly metrics?: unknown;
	readonly rewards?: unknown;
	readonly badges?: unknown;
	readonly achievements?: unknown;
	readonly quests?: unknown;
	readonly leaderboards?: unknown;
	readonly settings?: unknown;
}

const SECTIONS = new Set([
	"progression",
	"activities",
	"metrics",
	"rewards",
	"badges",
	"achievements",
	"quests",
	"leaderboards",
	"settings",
]);

function keyedSection<T>(raw: unknown, path: string, read: (id: string, value: unknown, path: string) => T) {
	const result = new Map<string, T>();
	if (!typeIs(raw, "table")) fail(`${path}: expected an object keyed by id`);
	for (const [id, value] of pairs(raw as Record<string, unknown>)) {
		if (!typeIs(id, "string") || id.match("^[%w_%-%.:]+$")[0] === undefined) {
			fail(`${path}: "${tostring(id)}" is not a valid id`);
		}
		result.set(id, read(id, value, `${path}.${id}`));
	}
	return result;
}

/** Definitions in one list section: far more than any classroom (the benchmark's catalog has 1,000). */
const MAX_SECTION_ENTRIES = 100000;

function listSection<T extends { id: string }>(raw: unknown, path: string, read: (value: unknown, path: string) => T) {
	const result = new Map<string, T>();
	const shape = listShape(raw, MAX_SECTION_ENTRIES);
	if (shape.kind === "too long") fail(`${path}: expected at most ${MAX_SECTION_ENTRIES} definitions`);
	if (shape.kind === "hole") fail(`${path}[${shape.index}]: expected an object, got nothing (null)`);
	if (shape.kind !== "list") {
		fail(
			`${path}: expected a list, got ${typeIs(raw, "table") ? "an object" : `${tostring(raw)} (${typeOf(raw)})`}`,
		);
	}
	(raw as defined[]).forEach((value, index) => {
		const id = typeIs(value, "table") ? (value as { id?: unknown }).id : undefined;
		const itemPath = typeIs(id, "string") ? `${path}[${index}] ("${id}")` : `${path}[${index}]`;
		const definition = read(value, itemPath);
		if (result.has(definition.id)) fail(`${itemPath}.id: "${definition.id}" is defined twice`);
		result.set(definition.id, definition);
	});
	return result;
}

function readProgression(raw: unknown): ProgressionConfig {
	const config = readFields(raw, PROGRESSION_FIELDS, "catalog.progression") as unknown as ProgressionConfig;
	if (config.hard_cap < 2) fail("catalog.progression.hard_cap: must be at least 2");
	if (config.soft_cap < 1 || config.soft_cap > config.hard_cap) {
		fail(`catalog.progression.soft_cap: must be from 1 to hard_cap (${config.hard_cap})`);
	}
	if (config.base_xp < 1) fail("catalog.progression.base_xp: must be at least 1");
	return config;
}

function readReward(raw: unknown, path: string): RewardDefinition {
	const reward = readFields(raw, REWARD_FIELDS, path) as unknown as RewardDefinition;
	const properties = reward.value.properties as Record<string, unknown>;
	for (const key of ["currency", "slot", "badge_id", "title"]) {
		if (properties[key] === "") delete properties[key];
	}
	if (reward.type === "currency" && properties.currency === undefined) {
		fail(`${path}.value.properties.currency: a currency reward needs coins, gems or tokens`);
	}
	if (reward.type === "cosmetic" && properties.slot === undefined) {
		fail(`${path}.value.properties.slot: a cosmetic reward needs its slot`);
	}
	if (reward.type === "multiplier" && (reward.value.amount < 1 || reward.value.duration === 0)) {
		fail(`${path}.value: a multiplier needs an amount of at least 1 and a duration`);
	}
	if (reward.value.max_stack < 1) fail(`${path}.value.max_stack: must be at least 1`);
	if (reward.type !== "multiplier" && reward.value.amount !== math.floor(reward.value.amount)) {
		fail(`${path}.value.amount: a ${reward.type} reward needs a whole amount, got ${reward.value.amount}`);
	}
	const effects = reward.usage.effects as { xp_multiplier?: { value: number }; xp?: number; coins?: number };
	if (effects.xp_multiplier!.value === 0) delete effects.xp_multiplier;
	if (effects.xp === 0) delete effects.xp;
	if (effects.coins === 0) delete effects.coins;
	const usable =
		(effects as UsageEffects).xp_multiplier !== undefined ||
		effects.xp !== undefined ||
		effects.coins !== undefined;
	if (reward.usage.consumable && !usable) fail(`${path}.usage.effects: a consumable needs an effect`);
	return reward;
}

/**
 * Validates designer content and builds the catalog the rules use. A bad definition raises a
 * CatalogError naming its section, id and field.
 */
export function buildCatalog(data: CatalogData): Catalog {
	for (const [key] of pairs(data as Record<string, unknown>)) {
		if (!SECTIONS.has(key as string)) fail(`catalog.${tostring(key)}: unknown section`);
	}
	const progression = readProgression(data.progression);
	const activities = keyedSection(data.activities ?? {}, "catalog.activities", (id, value, path) => {
		const activity = readFields(value, ACTIVITY_FIELDS, path) as unknown as ActivityDefinition & { id: string };
		(activity as { id: string }).id = id;
		if (activity.name === "") (activity as { name: string }).name = id;
		return activity as ActivityDefinition;
	});
	const metrics = keyedSection(data.metrics ?? {}, "catalog.metrics", (id, value, path) => {
		const metric = readFields(value, METRIC_FIELDS, path) as { stat: string; mode: string };
		return { id, stat: metric.stat === "" ? undefined : metric.stat, mode: metric.mode } as MetricDefinition;
	});
	const rewards = listSection(data.rewards ?? [], "catalog.rewards", readReward);
	const badges = listSection(data.badges ?? [], "catalog.badges", readBadge);
	const achievements = listSection(data.achievements ?? [], "catalog.achievements", readAchievement);
	const metricIds = new Set<string>();
	for (const [id] of metrics) metricIds.add(id);
	const quests = listSection(data.quests ?? [], "catalog.quests", (value, path) => readQuest(value, path, metricIds));
	const leaderboards = listSection(data.leaderboards ?? [], "catalog.leaderboards", (value, path) =>
		readLeaderboard(value, path, metricIds),
	);
	const settings = readFields(data.settings ?? {}, SETTINGS_FIELDS, "catalog.settings") as unknown as GameSettings;
	for (const [id, reward] of rewards) {
		const badgeId = reward.value.properties.badge_id;
		if (reward.type === "badge" && !badges.has(badgeId ?? id)) {
			fail(`catalog.rewards ("${id}").value.properties.badge_id: no badge "${badgeId ?? id}" in catalog.badges`);
		}
	}
	checkReferences({ metrics, rewards, badges, achievements, quests, leaderboards });
	return {
		progression,
		activities,
		metrics,
		rewards,
		badges,
		achievements,
		quests,
		leaderboards,
		settings,
		levelXp: buildLevelTable(progression),
	};
}
