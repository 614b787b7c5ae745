/**
 * An upper estimate of the length of `value` encoded as JSON, without encoding it (the domain has
 * no HttpService). Strings count two characters more than their bytes plus one per character that
 * JSON escapes; a number counts its shortest %.17g form.
 */
export function estimateJsonSize(value: unknown): number {
	if (typeIs(value, "string")) return value.size() + 2 + escapes(value);
	if (typeIs(value, "number")) return string.format("%.17g", value).size();
	if (typeIs(value, "boolean")) return value ? 4 : 5;
	if (!typeIs(value, "table")) return 4;
	let size = 2;
	for (const [key, item] of pairs(value as Record<string, unknown>)) {
		// a key, its quotes and colon (lists have no keys: counting them over-estimates, which is safe)
		size += estimateJsonSize(tostring(key)) + 2 + estimateJsonSize(item);
	}
	return size;
}

function escapes(text: string): number {
	const [, count] = text.gsub('[%c"\\\\]', "");
	// an escaped control character may take six characters (\u001f)
	return count * 5;
}
