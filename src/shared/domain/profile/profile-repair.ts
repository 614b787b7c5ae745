import { Catalog } from "shared/catalog/types";
import { alignToCatalog } from "./align-to-catalog";
import { dropUnknownIds } from "./catalog-ids";
import { createDefaultProfile, PlayerProfile, PROFILE_SCHEMA_VERSION } from "./player-profile";
import { makeConsistent } from "./profile-consistency";
import { migrateProfile } from "./profile-migrations";
import {
	COUNT_RANGE,
	ENTRY_IDS,
	ENUMS,
	LIST_BOUNDS,
	LIST_ELEMENTS,
	LIST_LIMIT,
	MAP_BOUNDS,
	MAP_LIMIT,
	NEWEST_FIRST_OUT,
	NUMBER_MAPS,
	NUMBER_RANGES,
	OPTIONAL_FIELDS,
	RECORD_MAPS,
	schemaPath,
	STRING_LIMIT,
	stringLimit,
} from "./profile-schema";
import { boundReport } from "./repair-report";
import { shrinkToFit } from "./shrink-to-fit";

function isArrayLike(value: object): boolean {
	for (const [key] of pairs(value)) {
		if (!typeIs(key, "number")) return false;
	}
	return true;
}

/** A value as a repair line shows it: never more than a few dozen characters. */
function shown(value: unknown): string {
	const text = tostring(value);
	return text.size() > 40 ? `${text.sub(1, 37)}...` : text;
}

function repairNumber(value: unknown, fallback: number, path: string, repairs: string[]): number {
	const range = NUMBER_RANGES[schemaPath(path)] ?? COUNT_RANGE;
	if (!typeIs(value, "number") || value !== value || value === math.huge || value === -math.huge) {
		repairs.push(
			`${path}: ${value === undefined ? "missing" : `not a number (${shown(value)})`}, set to ${fallback}`,
		);
		return fallback;
	}
	if (value < range.min || value > range.max || (range.whole && value !== math.floor(value))) {
		const fixed = math.clamp(range.whole ? math.floor(value) : value, range.min, range.max);
		repairs.push(
			`${path}: ${value} is not ${range.whole ? "a whole number" : "a number"} from ${range.min} to ${range.max}, set to ${fixed}`,
		);
		return fixed;
	}
	return value;
}

function repairString(value: unknown, template: string, path: string, repairs: string[]): string {
	if (!typeIs(value, "string")) {
		repairs.push(`${path}: ${value === undefined ? "missing" : `not a string`}, set to "${template}"`);
		return template;
	}
	const allowed = ENUMS[schemaPath(path)];
	if (allowed !== undefined && !allowed.includes(value)) {
		repairs.push(`${path}: "${shown(value)}" is not one of ${allowed.join(", ")}, set to "${template}"`);
		return template;
	}
	const limit = stringLimit(path);
	if (value.size() > limit) {
		repairs.push(`${path}: ${value.size()} characters, cut to ${limit}`);
		return value.sub(1, limit);
	}
	return value;
}

function repairValue(value: unknown, template: unknown, path: string, repairs: string[]): unknown {
	if (typeIs(template, "number")) return repairNumber(value, template, path, repairs);
	if (typeIs(template, "string")) return repairString(value, template, path, repairs);
	if (typeIs(template, "boolean")) {
		if (!typeIs(value, "boolean")) {
			repairs.push(`${path}: ${value === undefined ? "missing" : "not a boolean"}, set to ${template}`);
			return template;
		}
		return value;
	}
	const element = LIST_ELEMENTS[schemaPath(path)];
	if (element !== undefined) return repairList(value, element, path, repairs);
	if (NUMBER_MAPS.has(path)) return repairNumberMap(value, path, repairs);
	const record = RECORD_MAPS[path];
	if (record !== undefined) return repairRecordMap(value, record, path, repairs);
	return repairObject(value, template as Record<string, unknown>, path, repairs);
}

/** Whether a list entry is something the rules can use: the right kind, with its id when it needs one. */
function usable(item: unknown, element: unknown, path: string): boolean {
	if (!typeIs(element, "table")) return true;
	if (!typeIs(item, "table")) return false;
	const idField = ENTRY_IDS[schemaPath(path)];
	if (idField === undefined) return true;
	const id = (item as Record<string, unknown>)[idField];
	return typeIs(id, "string") && id !== "";
}

function repairList(value: unknown, element: unknown, path: string, repairs: string[]): defined[] {
	if (!typeIs(value, "table") || !isArrayLike(value)) {
		repairs.push(`${path}: ${value === undefined ? "missing" : "not a list"}, set to an empty list`);
		return [];
	}
	const items = value as defined[];
	const key = schemaPath(path);
	const limit = LIST_BOUNDS[key] ?? LIST_LIMIT;
	// bound first, so that a list of 60,000 entries costs no more than a list of `limit`
	const from = NEWEST_FIRST_OUT.has(key) ? math.max(0, items.size() - limit) : 0;
	const to = math.min(items.size(), from + limit);
	if (items.size() > limit) {
		repairs.push(`${path}: kept the ${from > 0 ? "newest" : "first"} ${limit} of ${items.size()} entries`);
	}
	const result = new Array<defined>();
	let dropped = 0;
	for (let i = from; i < to; i++) {
		const item = items[i];
		// an entry that is not even the right kind of thing (or has no id) is dropped, not invented
		if (!usable(item, element, path)) {
			dropped += 1;
			continue;
		}
		// an entry is checked against the element's shape (not looked up as the list again)
		const fixed = typeIs(element, "table")
			? repairObject(item, element as Record<string, unknown>, path, repairs)
			: repairValue(item, element, path, repairs);
		result.push(fixed as defined);
	}
	if (dropped > 0) repairs.push(`${path}: dropped ${dropped} malformed entr${dropped === 1 ? "y" : "ies"}`);
	return result;
}

/** The keys of a map that it keeps: string keys of a sane length, the first MAP_LIMIT in sorted order. */
function keptKeys(value: object, path: string, repairs: string[]): string[] {
	const keys = new Array<string>();
	let bad = 0;
	for (const [key] of pairs(value)) {
		if (typeIs(key, "string") && key.size() <= STRING_LIMIT) keys.push(key);
		else bad += 1;
	}
	if (bad > 0) repairs.push(`${path}: dropped ${bad} entr${bad === 1 ? "y" : "ies"} with a malformed key`);
	const limit = MAP_BOUNDS[path] ?? MAP_LIMIT;
	if (keys.size() <= limit) return keys;
	// sorted, so that the entries kept do not depend on the table's order
	keys.sort();
	repairs.push(`${path}: kept ${limit} of ${keys.size()} entries`);
	const kept = new Array<string>();
	for (let i = 0; i < limit; i++) kept.push(keys[i]);
	return kept;
}

function repairNumberMap(value: unknown, path: string, repairs: string[]): Record<string, number> {
	const result: Record<string, number> = {};
	if (!typeIs(value, "table")) {
		repairs.push(`${path}: ${value === undefined ? "missing" : "not a map"}, set to an empty map`);
		return result;
	}
	const raw = value as Record<string, unknown>;
	for (const key of keptKeys(raw, path, repairs)) result[key] = repairNumber(raw[key], 0, `${path}.${key}`, repairs);
	return result;
}

function repairRecordMap(value: unknown, template: Record<string, unknown>, path: string, repairs: string[]) {
	const result: Record<string, unknown> = {};
	if (!typeIs(value, "table")) {
		repairs.push(`${path}: ${value === undefined ? "missing" : "not a map"}, set to an empty map`);
		return result;
	}
	const raw = value as Record<string, unknown>;
	for (const key of keptKeys(raw, path, repairs)) {
		const item = raw[key];
		if (!typeIs(item, "table")) {
			repairs.push(`${path}.${key}: not a record, dropped`);
			continue;
		}
		result[key] = repairObject(item, template, `${path}.${key}`, repairs);
	}
	return result;
}

function repairObject(value: unknown, template: Record<string, unknown>, path: string, repairs: string[]) {
	const result: Record<string, unknown> = {};
	const prefix = path === "" ? "" : `${path}.`;
	if (!typeIs(value, "table")) {
		repairs.push(
			`${path === "" ? "profile" : path}: ${value === undefined ? "missing" : "not a table"}, reset to defaults`,
		);
		for (const [key, fallback] of pairs(template))
			result[key] = repairValue(undefined, fallback, `${prefix}${key}`, []);
		return result;
	}
	const raw = value as Record<string, unknown>;
	for (const [key, fallback] of pairs(template)) {
		result[key] = repairValue(raw[key], fallback, `${prefix}${key}`, repairs);
	}
	const optional = OPTIONAL_FIELDS[schemaPath(path)];
	for (const [key, item] of pairs(raw)) {
		if (typeIs(key, "string") && template[key] !== undefined) continue;
		const shape = typeIs(key, "string") ? optional?.[key] : undefined;
		if (shape !== undefined) result[key as string] = repairValue(item, shape, `${prefix}${key}`, repairs);
		else repairs.push(`${prefix}${shown(key)}: unknown field, dropped`);
	}
	return result;
}

/**
 * Repairs a profile of the current schema to the rules' shape: every field, list entry and map
 * value against the schema (profile-schema.ts), every number finite and in its range, every list
 * and map bounded, the parts that refer to each other consistent, and (when a catalog is given)
 * no reference to an id the catalog lacks and progress entries the length of their definition. Lists every repair, unbounded.
 */
export function repairProfile(raw: unknown, repairs: string[], catalog?: Catalog): PlayerProfile {
	const profile = repairObject(raw, createDefaultProfile() as unknown as Record<string, unknown>, "", repairs);
	(profile as { schema_version: number }).schema_version = PROFILE_SCHEMA_VERSION;
	const typed = profile as unknown as PlayerProfile;
	if (catalog !== undefined) dropUnknownIds(typed, catalog, repairs);
	makeConsistent(typed, repairs);
	if (catalog !== undefined) alignToCatalog(typed, catalog, repairs);
	shrinkToFit(typed, repairs);
	return typed;
}

export type LoadResult =
	| { readonly ok: true; readonly profile: PlayerProfile; readonly repairs: string[] }
	| { readonly ok: false; readonly reason: string };

/**
 * Turns whatever was saved into a valid profile: migrates an older schema, then repairs it to the
 * rules' shape (repairProfile), listing the repairs in a bounded report (boundReport). Without a
 * catalog, progress entries are checked for shape only; the rules align them with the catalog
 * they run with (processEvent). A profile written by a newer schema than this code knows is
 * refused rather than downgraded.
 */
export function loadProfile(saved: unknown, catalog?: Catalog): LoadResult {
	const repairs = new Array<string>();
	let raw = saved;
	if (typeIs(raw, "table")) {
		const version = (raw as { schema_version?: unknown }).schema_version;
		if (typeIs(version, "number") && version > PROFILE_SCHEMA_VERSION) {
			return {
				ok: false,
				reason: `the profile was saved with schema ${version}, newer than this server's ${PROFILE_SCHEMA_VERSION}`,
			};
		}
		raw = migrateProfile(raw as Record<string, unknown>, typeIs(version, "number") ? version : 0, repairs);
	}
	const profile = repairProfile(raw, repairs, catalog);
	return { ok: true, profile, repairs: boundReport(repairs) };
}
