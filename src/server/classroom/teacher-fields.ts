/** Readers of the fields a teacher's request carries: each answers the value, or why not (a string). */

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (reason: string): Read<never> => ({ ok: false, reason });

export function wholeNumber(
	fields: Record<string, unknown>,
	name: string,
	min: number,
	max: number,
): Read<number | undefined> {
	const value = fields[name];
	if (value === undefined) return ok(undefined);
	if (!typeIs(value, "number") || value % 1 !== 0 || value !== value)
		return bad(`${name}: expected a whole number from ${min} to ${max}`);
	if (value < min || value > max) return bad(`${name}: expected a whole number from ${min} to ${max}, got ${value}`);
	return ok(value);
}

export function flag(fields: Record<string, unknown>, name: string): Read<boolean> {
	const value = fields[name];
	return typeIs(value, "boolean") ? ok(value) : bad(`${name}: expected true or false`);
}

/** Text with its ends trimmed, 1 to `max` characters (`required` false: absent or empty is undefined). */
export function text(
	fields: Record<string, unknown>,
	name: string,
	max: number,
	required = true,
): Read<string | undefined> {
	const value = fields[name];
	if (value === undefined && !required) return ok(undefined);
	if (!typeIs(value, "string")) return bad(`${name}: expected text`);
	const trimmed = value.gsub("^%s+", "")[0].gsub("%s+$", "")[0];
	if (trimmed.size() === 0) return required ? bad(`${name}: must not be empty`) : ok(undefined);
	const length = textLength(trimmed);
	if (length === undefined) return bad(`${name}: not readable text (invalid UTF-8)`);
	if (length > max) return bad(`${name}: at most ${max} characters, got ${length}`);
	return ok(trimmed);
}

/** Characters in `text` (UTF-8), or undefined when it is not valid UTF-8. */
export function textLength(value: string): number | undefined {
	const [length] = utf8.len(value);
	return typeIs(length, "number") ? length : undefined;
}
