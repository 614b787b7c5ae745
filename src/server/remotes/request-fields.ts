/** More fields than any request has: one with more is refused before its fields are read. */
const MAX_FIELDS = 10;

/**
 * The fields a client sent with a request, copied as they came, or why they cannot be any: not a
 * table, a table with a metatable, too many fields, a field name that is not a word, or (with
 * `allowed`) a name the request does not take. What each field holds is for the reader after.
 */
export function readFields(fields: unknown, allowed?: readonly string[]): Record<string, unknown> | string {
	const copy: Record<string, unknown> = {};
	if (!typeIs(fields, "table") || getmetatable(fields) !== undefined) {
		return `expected the request's fields as a table, got a ${typeOf(fields)}`;
	}
	let count = 0;
	for (const [key, value] of pairs(fields)) {
		count += 1;
		if (count > MAX_FIELDS) return `expected at most ${MAX_FIELDS} fields`;
		if (!typeIs(key, "string")) return `field names are words, got a ${typeOf(key)}`;
		if (allowed !== undefined && !allowed.includes(key)) {
			return `unknown field "${key.sub(1, 40)}": expected ${allowed.join(" and ")}`;
		}
		copy[key] = value;
	}
	return copy;
}

/**
 * The event a remote asks for: its kind (the remote's) with the fields the client sent, for the
 * event schema to read.
 */
export function eventOf(kind: string, fields: unknown): Record<string, unknown> | string {
	if (fields === undefined) return { kind };
	const read = readFields(fields);
	if (typeIs(read, "string")) return read;
	if (read.kind !== undefined) return `field "kind" is not allowed: the remote says what the request is`;
	read.kind = kind;
	return read;
}
