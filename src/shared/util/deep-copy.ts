/**
 * A deep copy of plain data (no instances, functions or cycles). It lives below the catalog and
 * the domain because both copy plain data: catalog defaults and player profiles.
 */
export function deepCopy<T>(value: T): T {
	if (!typeIs(value, "table")) return value;
	const copy: Record<string | number, unknown> = {};
	for (const [key, item] of pairs(value as unknown as Record<string | number, unknown>)) copy[key] = deepCopy(item);
	return copy as unknown as T;
}
