import { gradeAnswer, presentQuestion, Question, Shuffler } from "shared/content";

/** A shuffler that reverses (always picks the lowest index), and one from a seeded Random. */
const lowest: Shuffler = {
	NextInteger(min) {
		return min;
	},
};
const seeded = (seed: number): Shuffler => new Random(seed);

const capital: Question = {
	id: "capital",
	type: "multiple_choice",
	prompt: "Capital of France?",
	choices: ["Paris", "Lyon", "Nice", "Lille"],
	answer: "Paris",
	explanation: "Paris is the capital.",
};
const planets: Question = {
	id: "planets",
	type: "ordering",
	prompt: "Nearest the Sun first",
	items: ["Mercury", "Venus", "Earth", "Mars"],
	explanation: "In order from the Sun.",
};
const city: Question = {
	id: "city",
	type: "typed",
	prompt: "Capital of Colombia?",
	answer: "Bogotá",
	accept: ["Santa Fe de Bogota"],
	explanation: "Bogotá.",
};
const pi: Question = {
	id: "pi",
	type: "numeric",
	prompt: "Pi to two places?",
	answer: 3.14,
	tolerance: 0.005,
	unit: "",
	explanation: "3.14159...",
};
const plain: Question = {
	id: "n",
	type: "numeric",
	prompt: "0.1 + 0.2?",
	answer: 0.3,
	tolerance: 0,
	explanation: "0.3",
};
const truth: Question = { id: "tf", type: "true_false", prompt: "Ice is cold", answer: true, explanation: "It is." };

function grade(question: Question, answer: unknown, rng: Shuffler = lowest) {
	return gradeAnswer(presentQuestion(question, rng), answer);
}

function isCorrect(question: Question, answer: unknown, rng: Shuffler = lowest): boolean {
	const grading = grade(question, answer, rng);
	if (!grading.valid) throw `refused: ${grading.reason}`;
	return grading.correct;
}

function refusal(question: Question, answer: unknown): string {
	const grading = grade(question, answer);
	if (grading.valid) throw `expected a refusal of ${tostring(answer)}`;
	return grading.reason;
}

export = () => {
	describe("grading answers", () => {
		it("grades multiple choice by index into the shuffled choices", () => {
			for (const seed of [1, 2, 3, 4, 5]) {
				const presented = presentQuestion(capital, seeded(seed));
				const choices = presented.view.choices!;
				choices.forEach((choice, index) => {
					const grading = gradeAnswer(presented, index);
					expect(grading.valid).to.equal(true);
					if (grading.valid) {
						expect(grading.correct).to.equal(choice === "Paris");
						expect(grading.correct_answer).to.equal("Paris");
						expect(grading.explanation).to.equal("Paris is the capital.");
					}
				});
			}
		});

		it("shuffles the choices (some seed gives an order other than the written one)", () => {
			let moved = false;
			for (let seed = 1; seed <= 20; seed++) {
				if (presentQuestion(capital, seeded(seed)).view.choices![0] !== "Paris") moved = true;
			}
			expect(moved).to.equal(true);
		});

		it("never puts the answer in a view: no answer field, ordering items shuffled", () => {
			for (const question of [capital, planets, city, pi, truth]) {
				const view = presentQuestion(question, seeded(7)).view as unknown as Record<string, unknown>;
				expect(view.answer).to.equal(undefined);
				expect(view.accept).to.equal(undefined);
				expect(view.tolerance).to.equal(undefined);
				expect(view.explanation).to.equal(undefined);
			}
			let shuffled = 0;
			for (let seed = 1; seed <= 20; seed++) {
				const items = presentQuestion(planets, seeded(seed)).view.items!;
				if (items.join() !== planets.items.join()) shuffled += 1;
			}
			expect(shuffled > 10).to.equal(true);
		});

		it("grades true/false", () => {
			expect(isCorrect(truth, true)).to.equal(true);
			expect(isCorrect(truth, false)).to.equal(false);
			const grading = grade(truth, false);
			if (grading.valid) expect(grading.correct_answer).to.equal("true");
		});

		it("grades typed answers normalised: case, spaces, accents, trailing punctuation, alternatives", () => {
			for (const answer of ["Bogotá", "bogota", "  BOGOTA!  ", "Bogota.", "santa  fe de BOGOTÁ", "Bogotá?!"]) {
				if (!isCorrect(city, answer)) throw `"${answer}" was marked wrong`;
			}
			for (const answer of ["Bogot", "Medellín", "", "Bogota city"]) {
				if (isCorrect(city, answer)) throw `"${answer}" was marked right`;
			}
		});

		it("grades numbers within the tolerance, and exact ones despite binary fractions", () => {
			expect(isCorrect(pi, 3.14)).to.equal(true);
			expect(isCorrect(pi, 3.144)).to.equal(true);
			expect(isCorrect(pi, 3.136)).to.equal(true);
			expect(isCorrect(pi, 3.15)).to.equal(false);
			expect(isCorrect(pi, -3.14)).to.equal(false);
			expect(isCorrect(plain, 0.1 + 0.2)).to.equal(true);
			expect(isCorrect(plain, 0.31)).to.equal(false);
		});

		it("grades questions built in code without the optional fields, and shows units in the answer", () => {
			const bare: Question = { id: "b", type: "typed", prompt: "Say hi", answer: "hi", explanation: "hi" };
			expect(isCorrect(bare, "HI!")).to.equal(true);
			const area: Question = {
				id: "a",
				type: "numeric",
				prompt: "Area?",
				answer: 28,
				unit: "cm²",
				explanation: "7 x 4",
			};
			expect(isCorrect(area, 28)).to.equal(true);
			expect(isCorrect(area, 28.5)).to.equal(false);
			const grading = grade(area, 27);
			if (grading.valid) expect(grading.correct_answer).to.equal("28 cm²");
			expect(grading.valid).to.equal(true);
		});

		it("grades an ordering by the view items the student picks, in their order", () => {
			for (const seed of [1, 2, 3, 4, 5, 6]) {
				const presented = presentQuestion(planets, seeded(seed));
				const items = presented.view.items!;
				// the student's answer: for each planet in the right order, its position in the view
				const right = planets.items.map((planet) => items.indexOf(planet));
				const grading = gradeAnswer(presented, right);
				expect(grading.valid && grading.correct).to.equal(true);
				if (grading.valid) expect(grading.correct_answer).to.equal("Mercury, Venus, Earth, Mars");
				const swapped = [right[1], right[0], right[2], right[3]];
				const wrong = gradeAnswer(presented, swapped);
				expect(wrong.valid && !wrong.correct).to.equal(true);
			}
		});

		it("refuses malformed multiple-choice indices with the reason", () => {
			expect(refusal(capital, -1).find("out of range")[0] !== undefined).to.equal(true);
			expect(refusal(capital, 4).find("out of range")[0] !== undefined).to.equal(true);
			expect(refusal(capital, 1.5).find("whole%-number")[0] !== undefined).to.equal(true);
			expect(refusal(capital, 0 / 0).find("NaN")[0] !== undefined).to.equal(true);
			expect(refusal(capital, math.huge).find("whole%-number")[0] !== undefined).to.equal(true);
			expect(refusal(capital, 1e308).find("out of range")[0] !== undefined).to.equal(true);
			expect(refusal(capital, "0").find("expected an index")[0] !== undefined).to.equal(true);
			expect(refusal(capital, undefined).find("nothing")[0] !== undefined).to.equal(true);
		});

		it("refuses malformed numbers, text and booleans", () => {
			expect(refusal(pi, 0 / 0).find("NaN")[0] !== undefined).to.equal(true);
			expect(refusal(pi, math.huge).find("beyond")[0] !== undefined).to.equal(true);
			expect(refusal(pi, -math.huge).find("beyond")[0] !== undefined).to.equal(true);
			expect(refusal(pi, 1e308).find("beyond")[0] !== undefined).to.equal(true);
			expect(refusal(pi, "3.14").find("expected a number")[0] !== undefined).to.equal(true);
			expect(refusal(city, "x".rep(1024 * 1024)).find("longer than 200")[0] !== undefined).to.equal(true);
			expect(refusal(city, "é".rep(201)).find("longer than 200")[0] !== undefined).to.equal(true);
			expect(isCorrect(city, `${" ".rep(10)}bogota`)).to.equal(true);
			expect(refusal(city, "\xff\xfe").find("UTF%-8")[0] !== undefined).to.equal(true);
			expect(refusal(city, 5).find("expected text")[0] !== undefined).to.equal(true);
			expect(refusal(truth, "true").find("true or false")[0] !== undefined).to.equal(true);
			expect(refusal(truth, 1).find("true or false")[0] !== undefined).to.equal(true);
		});

		it("refuses orderings that are not permutations of the view's indices", () => {
			const reasons = [
				refusal(planets, [0, 1, 2]),
				refusal(planets, [0, 1, 2, 3, 4]),
				refusal(planets, [0, 0, 1, 2]),
				refusal(planets, [0, 1, 2, 4]),
				refusal(planets, [0, 1, 2, -1]),
				refusal(planets, [0, 1, 2, 1.5]),
				refusal(planets, [0, 1, 2, 0 / 0]),
				refusal(planets, [[0], [1], [2], [3]]),
				refusal(planets, { a: 1 }),
				refusal(planets, setmetatable([0, 1, 2, 3], {})),
				refusal(planets, "0,1,2,3"),
			];
			for (const reason of reasons) expect(reason.find("ordering answer")[0] !== undefined).to.equal(true);
			expect(reasons[2].find("not a permutation")[0] !== undefined).to.equal(true);
			expect(reasons[9].find("metatable")[0] !== undefined).to.equal(true);
		});

		it("never throws, whatever is sent: deep tables, metatables with traps, instances, functions", () => {
			let deep: unknown = [0];
			for (let level = 0; level < 10000; level++) deep = [deep];
			const trap = setmetatable(
				{},
				{
					__index: () => error("trap"),
					__len: () => error("trap"),
					__eq: () => error("trap"),
					__tostring: () => error("trap"),
				},
			);
			const part = new Instance("Part");
			const sent: unknown[] = [deep, trap, part, () => 1, coroutine.create(() => {}), [trap, trap, trap, trap]];
			for (const question of [capital, planets, city, pi, truth]) {
				for (const answer of sent) {
					const [ran, grading] = pcall(() => grade(question, answer));
					expect(ran).to.equal(true);
					expect((grading as { valid: boolean }).valid).to.equal(false);
				}
			}
			part.Destroy();
		});
	});
};
