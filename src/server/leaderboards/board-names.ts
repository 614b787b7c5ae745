/** Roblox's longest DataStore scope and key: 50 characters (ROBLOX-LIMITS.md, Data stores). */
export const MAX_NAME = 50;
const KEPT = 33;

/** FNV-1a over the string's bytes, 32 bits, from `basis` (two bases give 64 bits of digest). */
function fnv1a(text: string, basis: number): number {
	let hash = basis;
	for (let i = 1; i <= text.size(); i++) {
		hash = bit32.bxor(hash, string.byte(text, i)[0]);
		// hash * 16777619 (the FNV prime) mod 2^32, in two halves so a double keeps every bit
		hash = (bit32.band(hash, 0xffff) * 16777619 + bit32.lshift(bit32.rshift(hash, 16) * 16777619, 16)) % 2 ** 32;
	}
	return hash;
}

/**
 * A DataStore scope or key that fits Roblox's 50 characters: one that fits is kept as it is; a
 * longer one (a class's board: a period, then a class id of 36 characters and its season) keeps
 * its first 33 characters, readable in the DataStore manager, and ends with a 64-bit digest of the
 * whole, so two long names that share a beginning stay apart.
 */
export function fitName(name: string): string {
	if (name.size() <= MAX_NAME) return name;
	const digest = string.format("%08x%08x", fnv1a(name, 0x811c9dc5), fnv1a(name, 0x01000193));
	return `${name.sub(1, KEPT)}~${digest}`;
}
