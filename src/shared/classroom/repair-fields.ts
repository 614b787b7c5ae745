/**
 * The field repairs of a stored class record: each takes what was stored and a path that names it,
 * gives back a usable value, and says in `repairs` what it changed and why ("roster #3, level: "ten"
 * is not a number, set to 1"). A value that was fine passes through without a word.
 */

/** Unix seconds and counts are whole numbers no larger than this (2^53: exact in a double). */
const MAX_WHOLE = 9007199254740992;

export type Raw = Record<string, unknown>;

export function isPlainTable(value: unknown): value is Raw {
	return typeIs(value, "table") && getmetatable(value) === undefined;
}

/** A stored value as a repair line shows it: short, and never the whole of a long string. */
export function shown(value: unknown): string {
	if (value === undefined) return "missing";
	if (typeIs(value, "string")) return value.size() > 30 ? `"${value.sub(1, 27)}..."` : `"${value}"`;
	if (typeIs(value, "table")) return "a table";
	return tostring(value);
}

/** The first `max` characters of valid UTF-8 text. */
function cutTo(text: string, max: number): string {
	const cut = utf8.offset(text, max + 1);
	return cut === undefined ? text : text.sub(1, cut - 1);
}

/** Text of 1 to `max` characters (`empty` allows ""); otherwise `fallback`. */
export function repairText(
	raw: unknown,
	path: string,
	fallback: string,
	max: number,
	repairs: string[],
	empty = false,
): string {
	if (!typeIs(raw, "string")) {
		repairs.push(`${path}: ${raw === undefined ? "missing" : `${shown(raw)} is not text`}, set to "${fallback}"`);
		return fallback;
	}
	const [count] = utf8.len(raw);
	if (!typeIs(count, "number")) {
		repairs.push(`${path}: not valid UTF-8 text, set to "${fallback}"`);
		return fallback;
	}
	if (!empty && raw.match("%S")[0] === undefined) {
		repairs.push(`${path}: empty, set to "${fallback}"`);
		return fallback;
	}
	if (count > max) {
		repairs.push(`${path}: ${count} characters, cut to ${max}`);
		return cutTo(raw, max);
	}
	return raw;
}

/** A whole number from `min` to `max`; a fraction is rounded down and a number out of range held in it. */
export function repairWhole(
	raw: unknown,
	path: string,
	fallback: number,
	repairs: string[],
	min = 0,
	max = MAX_WHOLE,
): number {
	if (!typeIs(raw, "number") || raw !== raw || raw === math.huge || raw === -math.huge) {
		repairs.push(`${path}: ${raw === undefined ? "missing" : `${shown(raw)} is not a number`}, set to ${fallback}`);
		return fallback;
	}
	if (raw !== math.floor(raw) || raw < min || raw > max) {
		const fixed = math.clamp(math.floor(raw), min, max);
		repairs.push(`${path}: ${raw} is not a whole number from ${min} to ${max}, set to ${fixed}`);
		return fixed;
	}
	return raw;
}

/** A finite number (a board score may be fractional or negative). */
export function repairFinite(raw: unknown, path: string, fallback: number, repairs: string[]): number {
	if (!typeIs(raw, "number") || raw !== raw || raw === math.huge || raw === -math.huge) {
		repairs.push(`${path}: ${raw === undefined ? "missing" : `${shown(raw)} is not a number`}, set to ${fallback}`);
		return fallback;
	}
	return raw;
}

export function repairFlag(raw: unknown, path: string, fallback: boolean, repairs: string[]): boolean {
	if (!typeIs(raw, "boolean")) {
		repairs.push(
			`${path}: ${raw === undefined ? "missing" : `${shown(raw)} is not true or false`}, set to ${fallback}`,
		);
		return fallback;
	}
	return raw;
}

/** Whether `raw` is a whole number from `min` up: an id that cannot be repaired by guessing. */
export function isWholeFrom(raw: unknown, min: number): raw is number {
	return typeIs(raw, "number") && raw === math.floor(raw) && raw >= min && raw <= MAX_WHOLE;
}

/**
 * The entries of a stored list, in order: JSON `null`s that decoded to holes are skipped (not
 * everything after them lost), keys that are not positions dropped, and at most `max` kept, the
 * newest (last) ones. `readEntry` repairs one entry or gives undefined to drop it, having said why.
 */
export function repairList<T extends defined>(
	raw: unknown,
	path: string,
	max: number,
	repairs: string[],
	readEntry: (entry: unknown, where: string) => T | undefined,
): T[] {
	if (raw === undefined) {
		repairs.push(`${path}: missing, set to an empty list`);
		return [];
	}
	if (!isPlainTable(raw)) {
		repairs.push(`${path}: ${shown(raw)} is not a list, set to an empty list`);
		return [];
	}
	const positions: number[] = [];
	let strays = 0;
	for (const [key] of pairs(raw)) {
		if (isWholeFrom(key, 1)) positions.push(key);
		else strays += 1;
	}
	if (strays > 0)
		repairs.push(`${path}: dropped ${strays} entr${strays === 1 ? "y" : "ies"} with a key that is not a position`);
	positions.sort((a, b) => a < b);
	if (positions.size() > 0 && positions[positions.size() - 1] !== positions.size()) {
		repairs.push(`${path}: closed the gaps of missing entries`);
	}
	const from = math.max(0, positions.size() - max);
	if (from > 0) repairs.push(`${path}: ${positions.size()} entries, kept the newest ${max}`);
	const result: T[] = [];
	for (let i = from; i < positions.size(); i++) {
		const entry = readEntry((raw as unknown as Map<number, unknown>).get(positions[i]), `${path} #${i + 1}`);
		if (entry !== undefined) result.push(entry);
	}
	return result;
}

/** Fields of a stored table that its type does not have: dropped, and named. */
export function dropUnknown(raw: Raw, known: readonly string[], path: string, repairs: string[]) {
	const unknown: string[] = [];
	for (const [key] of pairs(raw)) {
		if (!typeIs(key, "string") || !known.includes(key)) unknown.push(shown(key));
	}
	unknown.sort();
	if (unknown.size() > 0)
		repairs.push(`${path}: dropped unknown field${unknown.size() === 1 ? "" : "s"} ${unknown.join(", ")}`);
}

/** Lines a repair report keeps, and characters a line keeps, so one ruined record makes a short warning. */
export const REPAIR_REPORT = { lines: 50, lineChars: 200 } as const;

export function boundRepairs(lines: readonly string[]): string[] {
	const shownLines = lines.size() > REPAIR_REPORT.lines ? REPAIR_REPORT.lines - 1 : lines.size();
	const kept: string[] = [];
	for (let i = 0; i < shownLines; i++) {
		const line = lines[i];
		kept.push(line.size() > REPAIR_REPORT.lineChars ? `${line.sub(1, REPAIR_REPORT.lineChars - 3)}...` : line);
	}
	if (shownLines < lines.size()) kept.push(`... and ${lines.size() - shownLines} more repairs`);
	return kept;
}
