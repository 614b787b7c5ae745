import { Content, pickSet, readContentPack, Shuffler, targetDifficulty, wordsToRead } from "shared/content";

function set(id: string, subject: string, difficulty: number) {
	return {
		id,
		title: id,
		subject,
		grade_band: "3-5",
		difficulty,
		questions: [{ id: "q", type: "true_false", prompt: "?", answer: true, explanation: "x" }],
	};
}

function contentOf(sets: unknown[]): Content {
	const read = readContentPack({ sets, lessons: [] });
	if (!read.ok) throw read.errors.join("\n");
	return read.content;
}

const first: Shuffler = {
	NextInteger(min) {
		return min;
	},
};
const last: Shuffler = {
	NextInteger(_, max) {
		return max;
	},
};

export = () => {
	describe("choosing what to serve", () => {
		it("targets difficulty by accuracy: 1 below 0.6 or with no history, 2 from 0.6, 3 from 0.85", () => {
			expect(targetDifficulty(undefined)).to.equal(1);
			expect(targetDifficulty(0 / 0)).to.equal(1);
			expect(targetDifficulty(0)).to.equal(1);
			expect(targetDifficulty(0.59)).to.equal(1);
			expect(targetDifficulty(0.6)).to.equal(2);
			expect(targetDifficulty(0.84)).to.equal(2);
			expect(targetDifficulty(0.85)).to.equal(3);
			expect(targetDifficulty(1)).to.equal(3);
		});

		it("picks a set of the subject at the target difficulty, ties drawn with the rng", () => {
			const content = contentOf([
				set("m1", "math", 1),
				set("m2a", "math", 2),
				set("m2b", "math", 2),
				set("s2", "science", 2),
			]);
			expect(pickSet(content, "math", 2, first)!.id).to.equal("m2a");
			expect(pickSet(content, "math", 2, last)!.id).to.equal("m2b");
			expect(pickSet(content, "math", 1, last)!.id).to.equal("m1");
			expect(pickSet(content, "science", 1, first)!.id).to.equal("s2");
			expect(pickSet(content, "history", 1, first)).to.equal(undefined);
		});

		it("falls back to the closest difficulty when none is at the target", () => {
			const content = contentOf([set("m1", "math", 1), set("m3", "math", 3)]);
			expect(pickSet(content, "math", 3, first)!.id).to.equal("m3");
			const middle = [pickSet(content, "math", 2, first)!.id, pickSet(content, "math", 2, last)!.id];
			expect(middle.includes("m1") && middle.includes("m3")).to.equal(true);
		});

		it("prefers a set not in avoid at the same distance, and repeats one rather than jump a level", () => {
			const content = contentOf([set("m2a", "math", 2), set("m2b", "math", 2), set("m3", "math", 3)]);
			expect(pickSet(content, "math", 2, first, new Set(["m2a"]))!.id).to.equal("m2b");
			expect(pickSet(content, "math", 2, last, new Set(["m2b"]))!.id).to.equal("m2a");
			const bothDone = pickSet(content, "math", 2, first, new Set(["m2a", "m2b"]))!.id;
			expect(bothDone === "m2a" || bothDone === "m2b").to.equal(true);
			expect(pickSet(content, "math", 3, first, new Set(["m3"]))!.id).to.equal("m3");
		});

		it("counts the words a student reads: prompt, choices and items", () => {
			expect(wordsToRead({ id: "q", type: "true_false", prompt: "Ice is  cold." })).to.equal(3);
			const view = {
				id: "q",
				type: "multiple_choice" as const,
				prompt: "Pick one",
				choices: ["New York", "Paris"],
			};
			expect(wordsToRead(view)).to.equal(5);
			expect(wordsToRead({ id: "q", type: "ordering", prompt: "Order", items: ["a b", "c"] })).to.equal(4);
		});
	});
};
