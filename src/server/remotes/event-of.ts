/** More fields than any event has: a request with more is refused before its fields are read. */
const MAX_FIELDS = 10;

/**
 * The event a remote asks for: its kind (the remote's) with the fields the client sent, or why
 * they cannot be one. The fields are copied as they came; the event schema then reads them.
 */
export function eventOf(kind: string, fields: unknown): Record<string, unknown> | string {
	const raw: Record<string, unknown> = { kind };
	if (fields === undefined) return raw;
	if (!typeIs(fields, "table") || getmetatable(fields) !== undefined) {
		return `expected the request's fields as a table, got a ${typeOf(fields)}`;
	}
	let count = 0;
	for (const [key, value] of pairs(fields)) {
		count += 1;
		if (count > MAX_FIELDS) return `expected at most ${MAX_FIELDS} fields`;
		if (!typeIs(key, "string")) return `field names are words, got a ${typeOf(key)}`;
		if (key === "kind") return `field "kind" is not allowed: the remote says what the request is`;
		raw[key] = value;
	}
	return raw;
}
