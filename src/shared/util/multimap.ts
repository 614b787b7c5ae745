/** Adds `value` to the list kept under `key`, once: the lookups built from a catalog are lists by key. */
export function addTo<K, V extends defined>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list === undefined) map.set(key, [value]);
	else if (!list.includes(value)) list.push(value);
}
