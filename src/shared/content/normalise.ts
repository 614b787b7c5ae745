/**
 * How a typed answer is compared: case-insensitive, spaces collapsed, accents removed and trailing
 * . ! ? ignored, so "  Bogotá! " matches "bogota". Luau's string.lower knows only ASCII, so accented
 * letters (Latin-1 Supplement and Latin Extended-A) are mapped to their base letters by code point.
 */

/** [first code point, last code point, base letters]: each range folds to one base. */
const FOLDS: readonly [number, number, string][] = [
	[0xc0, 0xc5, "a"],
	[0xc6, 0xc6, "ae"],
	[0xc7, 0xc7, "c"],
	[0xc8, 0xcb, "e"],
	[0xcc, 0xcf, "i"],
	[0xd0, 0xd0, "d"],
	[0xd1, 0xd1, "n"],
	[0xd2, 0xd6, "o"],
	[0xd8, 0xd8, "o"],
	[0xd9, 0xdc, "u"],
	[0xdd, 0xdd, "y"],
	[0xde, 0xde, "th"],
	[0xdf, 0xdf, "ss"],
	[0xe0, 0xe5, "a"],
	[0xe6, 0xe6, "ae"],
	[0xe7, 0xe7, "c"],
	[0xe8, 0xeb, "e"],
	[0xec, 0xef, "i"],
	[0xf0, 0xf0, "d"],
	[0xf1, 0xf1, "n"],
	[0xf2, 0xf6, "o"],
	[0xf8, 0xf8, "o"],
	[0xf9, 0xfc, "u"],
	[0xfd, 0xfd, "y"],
	[0xfe, 0xfe, "th"],
	[0xff, 0xff, "y"],
	[0x100, 0x105, "a"],
	[0x106, 0x10d, "c"],
	[0x10e, 0x111, "d"],
	[0x112, 0x11b, "e"],
	[0x11c, 0x123, "g"],
	[0x124, 0x127, "h"],
	[0x128, 0x131, "i"],
	[0x132, 0x133, "ij"],
	[0x134, 0x135, "j"],
	[0x136, 0x138, "k"],
	[0x139, 0x142, "l"],
	[0x143, 0x14b, "n"],
	[0x14c, 0x151, "o"],
	[0x152, 0x153, "oe"],
	[0x154, 0x159, "r"],
	[0x15a, 0x161, "s"],
	[0x162, 0x167, "t"],
	[0x168, 0x173, "u"],
	[0x174, 0x175, "w"],
	[0x176, 0x178, "y"],
	[0x179, 0x17e, "z"],
	[0x17f, 0x17f, "s"],
	// typographic quotes a phone keyboard inserts
	[0x2018, 0x2019, "'"],
	[0x201c, 0x201d, '"'],
];

const FOLD_OF = new Map<number, string>();
for (const [first, last, base] of FOLDS) for (let code = first; code <= last; code++) FOLD_OF.set(code, base);

/** Unicode's combining diacritical marks block. */
const COMBINING_FIRST = 0x300;
const COMBINING_LAST = 0x36f;
const NO_BREAK_SPACE = 0xa0;

function foldAccents(text: string): string {
	// invalid UTF-8 (utf8.codes would raise): compared byte for byte, ASCII case folded only
	// (utf8.len gives nil for it in Luau, though the typings say false)
	if (!typeIs(utf8.len(text)[0], "number")) return text;
	const parts: string[] = [];
	for (const [, code] of utf8.codes(text)) {
		// combining marks (a decomposed "í" is "i" + U+0301, as some keyboards and pastes type it) go
		if (code >= COMBINING_FIRST && code <= COMBINING_LAST) continue;
		// a no-break space is a space
		parts.push(code === NO_BREAK_SPACE ? " " : (FOLD_OF.get(code) ?? utf8.char(code)));
	}
	return parts.join("");
}

/**
 * Case, spaces and accents folded, punctuation kept: how choices and ordering items are told apart,
 * where "?" and "!" are different answers to a question about punctuation.
 */
export function foldText(text: string): string {
	const result = foldAccents(text).lower().gsub("%s+", " ")[0];
	return result.gsub("^ ", "")[0].gsub(" $", "")[0];
}

/** How a typed answer is compared: foldText, and trailing . ! ? ignored ("Paris." is "paris"). */
export function normaliseTyped(text: string): string {
	return foldText(text).gsub("[%.!%?]+$", "")[0].gsub(" $", "")[0];
}
