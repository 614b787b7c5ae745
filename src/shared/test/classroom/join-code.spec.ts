import {
	codeExpired,
	JOIN_CODE_ALPHABET,
	JOIN_CODE_LIFETIME,
	newJoinCode,
	readJoinCode,
	showJoinCode,
} from "shared/classroom/join-code";
import { Rng } from "shared/domain";

function reasonOf(typed: unknown): string {
	const read = readJoinCode(typed);
	if (read.ok) throw `expected ${tostring(typed)} to be refused, read ${read.code}`;
	return read.reason;
}

function expectMentions(text: string, part: string) {
	if (text.find(part, 1, true)[0] === undefined) throw `expected "${text}" to mention "${part}"`;
}

export = () => {
	describe("join codes", () => {
		it("makes six characters of the alphabet, the same for the same draws", () => {
			const rng = new Rng(7);
			const codes = new Set<string>();
			for (let i = 0; i < 200; i++) {
				const code = newJoinCode(() => rng.next());
				expect(code.size()).to.equal(6);
				for (let c = 1; c <= 6; c++) expect(JOIN_CODE_ALPHABET.find(code.sub(c, c), 1, true)[0]).to.be.ok();
				codes.add(code);
			}
			// 25^6 codes: 200 draws that repeat would mean the draws are not used
			expect(codes.size() > 195).to.equal(true);
			const first = new Rng(11);
			const second = new Rng(11);
			expect(newJoinCode(() => first.next())).to.equal(newJoinCode(() => second.next()));
		});

		it("uses the first and the last character of the alphabet at the ends of [0, 1)", () => {
			expect(newJoinCode(() => 0)).to.equal("AAAAAA");
			expect(newJoinCode(() => 0.999999)).to.equal("999999");
		});

		it("refuses a random source that gives a number outside [0, 1)", () => {
			expect(() => newJoinCode(() => 1)).to.throw("[0, 1)");
			expect(() => newJoinCode(() => 0 / 0)).to.throw("[0, 1)");
		});

		it("leaves out every look-alike character", () => {
			for (const character of ["0", "O", "1", "I", "L", "2", "Z", "5", "S", "8", "B"]) {
				expect(JOIN_CODE_ALPHABET.find(character, 1, true)[0]).to.equal(undefined);
			}
			expect(JOIN_CODE_ALPHABET.size()).to.equal(25);
		});

		it("shows a code as two halves", () => {
			expect(showJoinCode("KX74PM")).to.equal("KX7-4PM");
		});

		it("reads what a student types whatever the case, spaces and dashes", () => {
			for (const typed of ["KX7-4PM", "kx74pm", " kx7 4pm ", "K X 7 - 4 P M", "kx7–4pm", "KX7—4PM", "kx7_4pm"]) {
				const read = readJoinCode(typed);
				expect(read.ok).to.equal(true);
				if (read.ok) expect(read.code).to.equal("KX74PM");
			}
		});

		it("reads back every code it makes, shown or not", () => {
			const rng = new Rng(3);
			for (let i = 0; i < 50; i++) {
				const code = newJoinCode(() => rng.next());
				const shown = readJoinCode(showJoinCode(code));
				expect(shown.ok && shown.code === code).to.equal(true);
				const lower = readJoinCode(code.lower());
				expect(lower.ok && lower.code === code).to.equal(true);
			}
		});

		it("says how many characters were typed when there are too few or too many", () => {
			expectMentions(reasonOf("KX7-4P"), "only 5 characters");
			expectMentions(reasonOf("K"), "only 1 character:");
			expectMentions(reasonOf("KX7-4PMM"), "7 characters");
			expectMentions(reasonOf("KX7-4PMM"), "has 6");
		});

		it("names a look-alike character and what the student probably read", () => {
			const zero = reasonOf("KX7-0PM");
			expectMentions(zero, '"0" is never in a class code');
			expectMentions(zero, "D or a Q");
			expectMentions(reasonOf("kx7-4pO"), '"O" is never');
			expectMentions(reasonOf("1X7-4PM"), "7, a T or a J");
			expectMentions(reasonOf("SX7-4PM"), "6 or a 9");
			expectMentions(reasonOf("BX7-4PM"), "3 or an E");
			expectMentions(reasonOf("ZX7-4PM"), "is it a 7");
			expectMentions(reasonOf("lX7-4PM"), '"L" is never');
		});

		it("names any other character that is not in codes, whole", () => {
			expectMentions(reasonOf("KX7#4PM"), '"#" is never in a class code: codes have only letters and digits');
			expectMentions(reasonOf("KX7é4PM"), '"é"');
		});

		it("refuses nothing typed, text that is not a string, and long text", () => {
			expectMentions(reasonOf(""), "Type the class code");
			expectMentions(reasonOf(" - "), "Type the class code");
			expectMentions(reasonOf(42), "Type the class code");
			expectMentions(reasonOf(undefined), "Type the class code");
			expectMentions(reasonOf(string.rep("A", 1000)), "too long");
		});

		it("expires a code seven days after it was issued", () => {
			const issued = 1_800_000_000;
			expect(JOIN_CODE_LIFETIME).to.equal(604800);
			expect(codeExpired(issued + JOIN_CODE_LIFETIME, issued + JOIN_CODE_LIFETIME - 1)).to.equal(false);
			expect(codeExpired(issued + JOIN_CODE_LIFETIME, issued + JOIN_CODE_LIFETIME)).to.equal(true);
		});
	});
};
