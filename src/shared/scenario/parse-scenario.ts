import { buildCatalog, CatalogData } from "shared/catalog/build-catalog";
import { CatalogError } from "shared/catalog/fields";
import { DEFAULT_CATALOG_DATA } from "shared/catalog/index";
import { Catalog } from "shared/catalog/types";
import { GameEvent, GiftEvent, isFiniteNumber, isWholeNumber } from "shared/domain";
import { parseIsoUtc } from "./parse-time";
import { scenarioFail } from "./scenario-error";

export interface ScenarioPlayer {
	readonly user_id: string;
	readonly username: string;
	readonly display_name: string;
	/** The leaderboard scope groups the student belongs to ("" = none). */
	readonly class_id: string;
	readonly school_id: string;
	readonly country: string;
	readonly friends: readonly string[];
	/** Whether the student's profile and stats are public (they appear on public boards). */
	readonly public: boolean;
}

export interface ScenarioEvent {
	readonly at: number;
	/** Absent for a `tick`, which lets time pass for everyone. */
	readonly user_id?: string;
	readonly event: GameEvent | GiftEvent;
}

export interface Scenario {
	readonly seed: number;
	readonly catalog: Catalog;
	readonly players: readonly ScenarioPlayer[];
	readonly events: readonly ScenarioEvent[];
}

const MAX_AMOUNT = 1e12;

function describe(value: unknown): string {
	if (typeIs(value, "string")) return `"${value}"`;
	if (typeIs(value, "number") && value !== value) return "NaN";
	return value === undefined ? "nothing" : `${tostring(value)}`;
}

function expectFields(raw: Record<string, unknown>, allowed: readonly string[], path: string) {
	for (const [key] of pairs(raw)) {
		if (!typeIs(key, "string") || !allowed.includes(key)) {
			scenarioFail(`${path}.${tostring(key)}: unknown field (allowed: ${allowed.join(", ")})`);
		}
	}
}

function requireString(raw: Record<string, unknown>, key: string, path: string): string {
	const value = raw[key];
	if (!typeIs(value, "string") || value === "")
		scenarioFail(`${path}.${key}: expected a non-empty string, got ${describe(value)}`);
	return value;
}

function optionalString(raw: Record<string, unknown>, key: string, path: string): string | undefined {
	const value = raw[key];
	if (value === undefined) return undefined;
	if (!typeIs(value, "string")) scenarioFail(`${path}.${key}: expected a string, got ${describe(value)}`);
	return value;
}

function amount(raw: Record<string, unknown>, key: string, path: string): number | undefined {
	const value = raw[key];
	if (value === undefined) return undefined;
	if (!isWholeNumber(value) || value < 0 || value > MAX_AMOUNT) {
		scenarioFail(`${path}.${key}: expected a whole number from 0 to ${MAX_AMOUNT}, got ${describe(value)}`);
	}
	return value;
}

function readCatalog(raw: unknown): Catalog {
	const data: Record<string, unknown> = {};
	for (const [key, value] of pairs(DEFAULT_CATALOG_DATA as Record<string, unknown>)) data[key] = value;
	if (raw !== undefined) {
		if (!typeIs(raw, "table")) scenarioFail(`catalog: expected an object, got ${describe(raw)}`);
		for (const [key, value] of pairs(raw as Record<string, unknown>)) {
			// a section given replaces the default section
			data[key as string] = value;
		}
	}
	try {
		return buildCatalog(data as CatalogData);
	} catch (err) {
		if (err instanceof CatalogError) scenarioFail(err.message);
		throw err;
	}
}

function readPerformance(raw: unknown, expectedTime: number, path: string) {
	if (raw === undefined) return { perfect: false, time: expectedTime, expected_time: expectedTime, first_try: false };
	if (!typeIs(raw, "table")) scenarioFail(`${path}: expected an object, got ${describe(raw)}`);
	const p = raw as Record<string, unknown>;
	expectFields(p, ["perfect", "time", "expected_time", "first_try", "accuracy"], path);
	for (const key of ["perfect", "first_try"]) {
		if (p[key] !== undefined && !typeIs(p[key], "boolean"))
			scenarioFail(`${path}.${key}: expected true or false, got ${describe(p[key])}`);
	}
	const time = p.time ?? expectedTime;
	if (!isFiniteNumber(time) || time < 0 || time > 86400 * 7) {
		scenarioFail(`${path}.time: expected seconds from 0 to 604800, got ${describe(p.time)}`);
	}
	const expected = p.expected_time ?? expectedTime;
	if (!isFiniteNumber(expected) || expected <= 0 || expected > 86400 * 7) {
		scenarioFail(`${path}.expected_time: expected seconds above 0, got ${describe(p.expected_time)}`);
	}
	if (p.accuracy !== undefined && (!isFiniteNumber(p.accuracy) || p.accuracy < 0 || p.accuracy > 1)) {
		scenarioFail(`${path}.accuracy: expected a number from 0 to 1, got ${describe(p.accuracy)}`);
	}
	return {
		perfect: p.perfect === true,
		time,
		expected_time: expected,
		first_try: p.first_try === true,
		accuracy: p.accuracy as number | undefined,
	};
}

function requireBadge(raw: Record<string, unknown>, catalog: Catalog, path: string): string {
	const badgeId = requireString(raw, "badge_id", path);
	if (!catalog.badges.has(badgeId)) scenarioFail(`${path}.badge_id: unknown badge "${badgeId}"`);
	return badgeId;
}

function readEvent(
	raw: Record<string, unknown>,
	catalog: Catalog,
	known: ReadonlySet<string>,
	path: string,
): GameEvent | GiftEvent {
	const kind = raw.kind;
	const common = ["at", "user_id", "kind"];
	if (!typeIs(kind, "string")) scenarioFail(`${path}.kind: expected an event kind, got ${describe(kind)}`);
	switch (kind) {
		case "join":
		case "leave":
		case "prestige":
		case "tick":
			expectFields(raw, common, path);
			return { kind } as GameEvent;
		case "activity": {
			expectFields(raw, [...common, "activity", "subject", "difficulty", "performance"], path);
			const id = requireString(raw, "activity", path);
			const activity = catalog.activities.get(id);
			if (activity === undefined) scenarioFail(`${path}.activity: unknown activity "${id}"`);
			return {
				kind,
				activity: id,
				subject: optionalString(raw, "subject", path),
				difficulty: optionalString(raw, "difficulty", path),
				performance: readPerformance(raw.performance, activity.expected_time, `${path}.performance`),
			};
		}
		case "metric": {
			expectFields(raw, [...common, "metric", "value"], path);
			const metric = requireString(raw, "metric", path);
			if (!catalog.metrics.has(metric)) scenarioFail(`${path}.metric: unknown metric "${metric}"`);
			const value = amount(raw, "value", path);
			if (value === undefined) scenarioFail(`${path}.value: required, missing`);
			return { kind, metric, value };
		}
		case "purchase": {
			expectFields(raw, [...common, "reward_id"], path);
			const rewardId = requireString(raw, "reward_id", path);
			if (!catalog.rewards.has(rewardId)) scenarioFail(`${path}.reward_id: unknown reward "${rewardId}"`);
			return { kind, reward_id: rewardId };
		}
		case "use_item": {
			expectFields(raw, [...common, "item_id"], path);
			const itemId = requireString(raw, "item_id", path);
			if (!catalog.rewards.has(itemId)) scenarioFail(`${path}.item_id: unknown item "${itemId}"`);
			return { kind, item_id: itemId };
		}
		case "assign_quest":
		case "abandon_quest": {
			expectFields(raw, [...common, "quest_id"], path);
			const questId = requireString(raw, "quest_id", path);
			if (!catalog.quests.has(questId)) scenarioFail(`${path}.quest_id: unknown quest "${questId}"`);
			return { kind, quest_id: questId };
		}
		case "rate_quest": {
			expectFields(raw, [...common, "quest_id", "rating"], path);
			const questId = requireString(raw, "quest_id", path);
			if (!catalog.quests.has(questId)) scenarioFail(`${path}.quest_id: unknown quest "${questId}"`);
			const rating = raw.rating;
			if (!isWholeNumber(rating) || rating < 1 || rating > 5) {
				scenarioFail(`${path}.rating: expected a whole number of stars from 1 to 5, got ${describe(rating)}`);
			}
			return { kind, quest_id: questId, rating };
		}
		case "equip_badge":
		case "unequip_badge":
		case "buy_badge":
			expectFields(raw, [...common, "badge_id"], path);
			return { kind, badge_id: requireBadge(raw, catalog, path) };
		case "set_showcase": {
			expectFields(raw, [...common, "achievement_ids"], path);
			const ids = raw.achievement_ids;
			if (!typeIs(ids, "table")) scenarioFail(`${path}.achievement_ids: expected a list of achievement ids`);
			(ids as defined[]).forEach((id, index) => {
				if (!typeIs(id, "string") || !catalog.achievements.has(id)) {
					scenarioFail(`${path}.achievement_ids[${index}]: unknown achievement ${describe(id)}`);
				}
			});
			return { kind, achievement_ids: ids as string[] };
		}
		case "gift": {
			expectFields(raw, [...common, "to_user_id", "badge_id", "item_id"], path);
			const to = requireString(raw, "to_user_id", path);
			if (!known.has(to)) scenarioFail(`${path}.to_user_id: "${to}" is not in players`);
			if ((raw.badge_id === undefined) === (raw.item_id === undefined)) {
				scenarioFail(`${path}: a gift is either a badge_id or an item_id`);
			}
			if (raw.badge_id !== undefined) return { kind, to_user_id: to, badge_id: requireBadge(raw, catalog, path) };
			const itemId = requireString(raw, "item_id", path);
			if (catalog.rewards.get(itemId)?.type !== "item") scenarioFail(`${path}.item_id: unknown item "${itemId}"`);
			return { kind, to_user_id: to, item_id: itemId };
		}
		case "grant": {
			expectFields(raw, [...common, "xp", "coins", "gems", "tokens", "badge_id", "reason"], path);
			const badgeId = optionalString(raw, "badge_id", path);
			if (badgeId !== undefined && !catalog.badges.has(badgeId))
				scenarioFail(`${path}.badge_id: unknown badge "${badgeId}"`);
			const granted = {
				kind,
				xp: amount(raw, "xp", path),
				coins: amount(raw, "coins", path),
				gems: amount(raw, "gems", path),
				tokens: amount(raw, "tokens", path),
				badge_id: badgeId,
				reason: requireString(raw, "reason", path),
			} as const;
			if (
				granted.xp === undefined &&
				granted.coins === undefined &&
				granted.gems === undefined &&
				granted.tokens === undefined &&
				badgeId === undefined
			) {
				scenarioFail(`${path}: a grant needs at least one of xp, coins, gems, tokens, badge_id`);
			}
			return granted;
		}
	}
	return scenarioFail(`${path}.kind: unknown event kind "${kind}"`);
}

/** Validates a scenario document (SCENARIOS.md) completely before anything runs. */
export function parseScenario(raw: unknown): Scenario {
	if (!typeIs(raw, "table")) scenarioFail(`scenario: expected a JSON object, got ${describe(raw)}`);
	const doc = raw as Record<string, unknown>;
	expectFields(doc, ["seed", "catalog", "players", "events"], "scenario");
	const seed = doc.seed ?? 1;
	if (!isWholeNumber(seed) || seed < 0 || seed > 4294967295)
		scenarioFail(`seed: expected a whole number from 0 to 4294967295, got ${describe(doc.seed)}`);
	const catalog = readCatalog(doc.catalog);

	if (!typeIs(doc.players, "table")) scenarioFail(`players: expected a list, got ${describe(doc.players)}`);
	const players = new Array<ScenarioPlayer>();
	const known = new Set<string>();
	(doc.players as defined[]).forEach((item, index) => {
		const path = `players[${index}]`;
		if (!typeIs(item, "table")) scenarioFail(`${path}: expected an object`);
		const p = item as Record<string, unknown>;
		expectFields(
			p,
			["user_id", "username", "display_name", "class_id", "school_id", "country", "friends", "public"],
			path,
		);
		const userId = requireString(p, "user_id", path);
		if (known.has(userId)) scenarioFail(`${path}.user_id: "${userId}" is listed twice`);
		known.add(userId);
		const username = optionalString(p, "username", path) ?? `student${userId}`;
		const friends = p.friends ?? [];
		if (!typeIs(friends, "table")) scenarioFail(`${path}.friends: expected a list of user ids`);
		if (p.public !== undefined && !typeIs(p.public, "boolean")) {
			scenarioFail(`${path}.public: expected true or false, got ${describe(p.public)}`);
		}
		players.push({
			user_id: userId,
			username,
			display_name: optionalString(p, "display_name", path) ?? username,
			class_id: optionalString(p, "class_id", path) ?? "",
			school_id: optionalString(p, "school_id", path) ?? "",
			country: optionalString(p, "country", path) ?? "",
			friends: friends as string[],
			public: p.public === true,
		});
	});

	players.forEach((player, index) =>
		player.friends.forEach((friend, position) => {
			if (!typeIs(friend, "string") || !known.has(friend)) {
				scenarioFail(`players[${index}].friends[${position}]: ${describe(friend)} is not in players`);
			}
		}),
	);
	if (!typeIs(doc.events, "table")) scenarioFail(`events: expected a list, got ${describe(doc.events)}`);
	const events = new Array<ScenarioEvent>();
	let previous = -math.huge;
	(doc.events as defined[]).forEach((item, index) => {
		const path = `events[${index}]`;
		if (!typeIs(item, "table")) scenarioFail(`${path}: expected an object`);
		const e = item as Record<string, unknown>;
		const atText = e.at;
		const at = typeIs(atText, "string") ? parseIsoUtc(atText) : undefined;
		if (at === undefined)
			scenarioFail(`${path}.at: expected a UTC time like "2026-09-01T08:00:00Z", got ${describe(atText)}`);
		if (at < previous) scenarioFail(`${path}.at: ${atText} is earlier than the event before it`);
		previous = at;
		const userId = e.kind === "tick" && e.user_id === undefined ? undefined : requireString(e, "user_id", path);
		if (userId !== undefined && !known.has(userId)) scenarioFail(`${path}.user_id: "${userId}" is not in players`);
		events.push({ at, user_id: userId, event: readEvent(e, catalog, known, path) });
	});
	return { seed, catalog, players, events };
}
