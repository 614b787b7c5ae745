/**
 * `build`, run once per argument and remembered: for arguments that never change once made, such
 * as a built catalog, whose lookups each feature builds on first use.
 */
export function memoize<K extends defined, V extends defined>(build: (key: K) => V): (key: K) => V {
	const cache = new Map<K, V>();
	return (key) => {
		let value = cache.get(key);
		if (value === undefined) {
			value = build(key);
			cache.set(key, value);
		}
		return value;
	};
}
