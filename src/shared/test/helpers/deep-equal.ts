/** The first path where two plain-data values differ, or undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = "$"): string | undefined {
	if (typeIs(a, "table") && typeIs(b, "table")) {
		const left = a as Record<string, unknown>;
		const right = b as Record<string, unknown>;
		for (const [key, value] of pairs(left)) {
			const difference = firstDifference(value, right[key as string], `${path}.${tostring(key)}`);
			if (difference !== undefined) return difference;
		}
		for (const [key] of pairs(right)) {
			if (left[key as string] === undefined) return `${path}.${tostring(key)}`;
		}
		return undefined;
	}
	return a === b ? undefined : path;
}
