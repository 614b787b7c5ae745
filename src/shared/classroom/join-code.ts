/**
 * Class join codes: six characters a teacher reads aloud or writes on the board and a student types
 * in the hub. The alphabet leaves out every character that looks like another (0/O, 1/I/L, 2/Z, 5/S,
 * 8/B), so a code copied from a projector by an eight-year-old is either right or clearly wrong.
 * Pure: the randomness is passed in, so the server decides codes and specs can pin them.
 */

export const JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const JOIN_CODE_LENGTH = 6;
/** A code stops working 7 days after it was issued (seconds). */
export const JOIN_CODE_LIFETIME = 7 * 24 * 60 * 60;
/** Longer typed text is refused before it is looked at. */
const MAX_TYPED = 40;

const EXAMPLE = "KX7-4PM";

/** Each character a code never holds, with what a student who typed it most likely read wrong. */
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
	["0", "codes have no 0 or O (they look alike): is it a D or a Q?"],
	["O", "codes have no O or 0 (they look alike): is it a D or a Q?"],
	["1", "codes have no 1, I or L (they look alike): is it a 7, a T or a J?"],
	["I", "codes have no I, 1 or L (they look alike): is it a T or a J?"],
	["L", "codes have no L, I or 1 (they look alike): is it a 7, a T or a J?"],
	["2", "codes have no 2 or Z (they look alike): is it a 7?"],
	["Z", "codes have no Z or 2 (they look alike): is it a 7?"],
	["5", "codes have no 5 or S (they look alike): is it a 6 or a 9?"],
	["S", "codes have no S or 5 (they look alike): is it a 6 or a 9?"],
	["8", "codes have no 8 or B (they look alike): is it a 3 or an E?"],
	["B", "codes have no B or 8 (they look alike): is it a 3 or an E?"],
]);

export type JoinCodeRead =
	{ readonly ok: true; readonly code: string } | { readonly ok: false; readonly reason: string };

/** A new code of JOIN_CODE_LENGTH characters; `random` gives numbers in [0, 1) (Random:NextNumber). */
export function newJoinCode(random: () => number): string {
	let code = "";
	for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
		const draw = random();
		if (!typeIs(draw, "number") || !(draw >= 0 && draw < 1)) {
			throw `newJoinCode: random() must give a number in [0, 1), gave ${tostring(draw)}`;
		}
		const index = math.floor(draw * JOIN_CODE_ALPHABET.size()) + 1;
		code += JOIN_CODE_ALPHABET.sub(index, index);
	}
	return code;
}

/** A stored code as students are shown it: "KX74PM" -> "KX7-4PM". */
export function showJoinCode(code: string): string {
	return `${code.sub(1, 3)}-${code.sub(4)}`;
}

/** Whether a code issued to expire at `expiresAt` has stopped working at `now` (Unix seconds). */
export function codeExpired(expiresAt: number, now: number): boolean {
	return now >= expiresAt;
}

/** Spaces and dashes a student may type between the characters (phones insert en and em dashes). */
function withoutSeparators(text: string): string {
	const [ascii] = text.gsub("[%s%-_]", "");
	// U+2010..U+2015 (hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar) and U+00A0
	const [dashes] = ascii.gsub("\xE2\x80[\x90-\x95]", "");
	const [spaces] = dashes.gsub("\xC2\xA0", "");
	return spaces;
}

/** Bytes of the UTF-8 character that starts at `position`, so a message shows "é", not half of it. */
function characterAt(text: string, position: number): string {
	const [lead] = text.byte(position);
	const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
	return text.sub(position, position + size - 1);
}

/**
 * What a student typed, read as a code: case, spaces and dashes do not matter ("kx7 4pm" is
 * "KX74PM"). A refusal says what was wrong in words a student can act on.
 */
export function readJoinCode(typed: unknown): JoinCodeRead {
	if (!typeIs(typed, "string")) {
		return { ok: false, reason: `Type the class code your teacher gave you, like ${EXAMPLE}.` };
	}
	if (typed.size() > MAX_TYPED) {
		return { ok: false, reason: `That is too long for a class code: a code has 6 characters, like ${EXAMPLE}.` };
	}
	const code = withoutSeparators(typed).upper();
	if (code === "") return { ok: false, reason: `Type the class code your teacher gave you, like ${EXAMPLE}.` };
	let position = 1;
	while (position <= code.size()) {
		const character = characterAt(code, position);
		if (JOIN_CODE_ALPHABET.find(character, 1, true)[0] === undefined) {
			const lookAlike = LOOK_ALIKES.get(character);
			const reason =
				lookAlike !== undefined
					? `"${character}" is never in a class code: ${lookAlike}`
					: `"${character}" is never in a class code: codes have only letters and digits, like ${EXAMPLE}.`;
			return { ok: false, reason };
		}
		position += character.size();
	}
	if (code.size() < JOIN_CODE_LENGTH) {
		return {
			ok: false,
			reason: `That is only ${code.size()} character${code.size() === 1 ? "" : "s"}: a class code has 6, like ${EXAMPLE}.`,
		};
	}
	if (code.size() > JOIN_CODE_LENGTH) {
		return { ok: false, reason: `That is ${code.size()} characters: a class code has 6, like ${EXAMPLE}.` };
	}
	return { ok: true, code };
}
