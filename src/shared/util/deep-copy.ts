/**
 * A deep copy of plain data (no instances, functions or cycles). It lives below the catalog and
 * the domain because both copy plain data: catalog defaults and player profiles.
 */
export function deepCopy<T>(value: T): T {
	if (!typeIs(value, "table")) return value;
	// table.clone copies every field at once (numbers and strings need nothing more); only the
	// tables among them are copied one by one. Every event copies a profile of a few hundred tables.
	const copy = table.clone(value as unknown as Record<string | number, unknown>);
	for (const [key, item] of pairs(copy)) {
		if (typeIs(item, "table")) copy[key] = deepCopy(item);
	}
	return copy as unknown as T;
}
