import { buildCatalog, CatalogData } from "shared/catalog/build-catalog";
import { CatalogError } from "shared/catalog/fields";
import { SERVER_CATALOG_DATA } from "server/catalog/server-catalog";
import { Catalog } from "shared/catalog/types";
import {
	describeValue,
	EventKind,
	GameEvent,
	GiftEvent,
	isWholeNumber,
	MAX_ID_LENGTH,
	readGameEvent,
	refusalText,
} from "shared/domain";
import { listShape } from "shared/util/list-shape";
import { checkDocument } from "./check-document";
import { parseIsoUtc } from "./parse-time";
import { scenarioFail } from "./scenario-error";
import { MAX_EVENTS, MAX_PLAYERS } from "./scenario-limits";

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

const describe = describeValue;

/** The entries of a true list at `path` (of at most `max` `noun`), or a failure naming what is wrong. */
function readList(value: unknown, path: string, noun: string, max: number): defined[] {
	const shape = listShape(value, max);
	if (shape.kind === "list") return value as defined[];
	if (shape.kind === "too long") scenarioFail(`${path}: expected at most ${max} ${noun}, got more`);
	if (shape.kind === "hole") scenarioFail(`${path}[${shape.index}]: expected an entry, got nothing (null)`);
	scenarioFail(`${path}: expected a list of ${noun}, got ${typeIs(value, "table") ? "an object" : describe(value)}`);
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
	return withinLength(value, `${path}.${key}`);
}

function optionalString(raw: Record<string, unknown>, key: string, path: string): string | undefined {
	const value = raw[key];
	if (value === undefined) return undefined;
	if (!typeIs(value, "string")) scenarioFail(`${path}.${key}: expected a string, got ${describe(value)}`);
	return withinLength(value, `${path}.${key}`);
}

// A player's ids and names are shown and stored like the event schema's ids: at most MAX_ID_LENGTH.
function withinLength(value: string, path: string): string {
	if (value.size() > MAX_ID_LENGTH)
		scenarioFail(`${path}: expected at most ${MAX_ID_LENGTH} characters, got ${describe(value)}`);
	return value;
}

function readCatalog(raw: unknown): Catalog {
	const data: Record<string, unknown> = {};
	for (const [key, value] of pairs(SERVER_CATALOG_DATA as Record<string, unknown>)) data[key] = value;
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

/** The kinds a scenario may give (SCENARIOS.md); deliveries and prizes are the game's own. */
const SCENARIO_EVENT_KINDS: readonly EventKind[] = [
	"join",
	"leave",
	"prestige",
	"tick",
	"activity",
	"metric",
	"purchase",
	"use_item",
	"assign_quest",
	"abandon_quest",
	"rate_quest",
	"equip_badge",
	"unequip_badge",
	"buy_badge",
	"set_showcase",
	"gift",
	"grant",
	"revoke",
	"class_quest",
	"end_class_quest",
	"set_notifications",
	"set_privacy",
	"block_user",
	"unblock_user",
];

/** The event of a scenario entry, read with the one event schema; `at` and `user_id` are the parser's own. */
function readEvent(raw: Record<string, unknown>, catalog: Catalog, known: ReadonlySet<string>, path: string) {
	const read = readGameEvent(raw, catalog, {
		envelope: ["at", "user_id"],
		kinds: SCENARIO_EVENT_KINDS,
		checkRecipient: (userId) => (known.has(userId) ? undefined : `"${userId}" is not in players`),
	});
	if (!read.ok) scenarioFail(refusalText(read, path));
	return read.event;
}

/** Validates a scenario document (SCENARIOS.md) completely before anything runs. */
export function parseScenario(raw: unknown): Scenario {
	if (!typeIs(raw, "table")) scenarioFail(`scenario: expected a JSON object, got ${describe(raw)}`);
	checkDocument(raw);
	const doc = raw as Record<string, unknown>;
	expectFields(doc, ["seed", "catalog", "players", "events"], "scenario");
	const seed = doc.seed ?? 1;
	if (!isWholeNumber(seed) || seed < 0 || seed > 4294967295)
		scenarioFail(`seed: expected a whole number from 0 to 4294967295, got ${describe(doc.seed)}`);
	const catalog = readCatalog(doc.catalog);

	const players = new Array<ScenarioPlayer>();
	const known = new Set<string>();
	readList(doc.players, "players", "players", MAX_PLAYERS).forEach((item, index) => {
		const path = `players[${index}]`;
		if (!typeIs(item, "table")) scenarioFail(`${path}: expected an object, got ${describe(item)}`);
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
		const friends = readList(p.friends ?? [], `${path}.friends`, "user ids", MAX_PLAYERS);
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
	const events = new Array<ScenarioEvent>();
	let previous = -math.huge;
	readList(doc.events, "events", "events", MAX_EVENTS).forEach((item, index) => {
		const path = `events[${index}]`;
		if (!typeIs(item, "table")) scenarioFail(`${path}: expected an object, got ${describe(item)}`);
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
