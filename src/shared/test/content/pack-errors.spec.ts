import { readContentPack } from "shared/content";

/** A valid set to break one field at a time. */
function goodSet(): Record<string, unknown> {
	return {
		id: "math-add-1",
		title: "Adding",
		subject: "math",
		grade_band: "3-5",
		difficulty: 1,
		questions: [
			{ id: "q1", type: "true_false", prompt: "2 + 2 = 4", answer: true, explanation: "Two and two make four." },
			{
				id: "q2",
				type: "multiple_choice",
				prompt: "3 + 4?",
				choices: ["6", "7", "8"],
				answer: "7",
				explanation: "Count on 4 from 3.",
			},
		],
	};
}

function errorsOf(raw: unknown): readonly string[] {
	const read = readContentPack(raw);
	if (read.ok) throw "expected errors, the pack was read";
	return read.errors;
}

function has(errors: readonly string[], text: string): boolean {
	return errors.some((message) => message.find(text, 1, true)[0] !== undefined);
}

function expectError(errors: readonly string[], text: string) {
	if (!has(errors, text)) throw `no error mentions ${text}; got:\n${errors.join("\n")}`;
}

function withQuestion(question: Record<string, unknown>): unknown {
	const set = goodSet();
	(set.questions as defined[]).push(question);
	return { sets: [set], lessons: [] };
}

export = () => {
	describe("reading a content pack with mistakes", () => {
		it("reads a good pack, defaulting the activity to quiz", () => {
			const read = readContentPack({ sets: [goodSet()], lessons: [] });
			expect(read.ok).to.equal(true);
			if (read.ok) expect(read.content.sets.get("math-add-1")!.activity).to.equal("quiz");
		});

		it("reads the example set of the README", () => {
			const example = {
				id: "math-add-1",
				title: "Adding to 20",
				subject: "math",
				grade_band: "K-2",
				difficulty: 1,
				activity: "practice",
				questions: [
					{
						id: "q1",
						type: "numeric",
						prompt: "What is 8 + 5?",
						answer: 13,
						explanation: "8 + 2 makes 10, and 3 more is 13.",
					},
					{
						id: "q2",
						type: "multiple_choice",
						prompt: "Which is 7 + 7?",
						choices: ["12", "14", "15"],
						answer: "14",
						explanation: "Double 7 is 14.",
					},
					{
						id: "q3",
						type: "true_false",
						prompt: "9 + 1 = 10",
						answer: true,
						time_limit: 20,
						explanation: "One more than 9 is 10.",
					},
					{
						id: "q4",
						type: "typed",
						prompt: "What do we call the answer to an addition?",
						answer: "sum",
						accept: ["the sum", "total"],
						explanation: "Adding numbers gives their sum (or total).",
					},
					{
						id: "q5",
						type: "ordering",
						prompt: "Smallest first",
						items: ["3", "8", "11", "20"],
						explanation: "3 < 8 < 11 < 20.",
					},
					{
						id: "q6",
						type: "numeric",
						prompt: "A pencil is about how long?",
						answer: 18,
						tolerance: 3,
						unit: "cm",
						explanation: "A new pencil is about 18 cm long.",
					},
				],
			};
			const read = readContentPack({ sets: [example], lessons: [] });
			if (!read.ok) throw read.errors.join("\n");
			const set = read.content.sets.get("math-add-1")!;
			expect(set.activity).to.equal("practice");
			expect(set.questions.size()).to.equal(6);
			expect(read.content.setsOf("math").size()).to.equal(1);
			expect(read.content.setsOf("science").size()).to.equal(0);
		});

		it("names the set, the question and the field of an MC answer not among the choices", () => {
			const errors = errorsOf(
				withQuestion({
					id: "q3",
					type: "multiple_choice",
					prompt: "3 + 5?",
					choices: ["6", "9"],
					answer: "7",
					explanation: "Count on.",
				}),
			);
			expectError(errors, `set "math-add-1", question "q3", field "answer": "7" is not one of its choices`);
		});

		it("names a misspelt field as unknown", () => {
			const errors = errorsOf(
				withQuestion({ id: "q3", type: "true_false", prompt: "1 = 1", anwser: true, explanation: "Yes." }),
			);
			expectError(errors, `set "math-add-1", question "q3", field "anwser": unknown field`);
			expectError(errors, `question "q3", field "answer": required, missing`);
		});

		it("reports a duplicate question id, a bad type, a missing explanation and a wrong grade band, all at once", () => {
			const set = goodSet();
			set.grade_band = "3-6";
			const questions = set.questions as Record<string, unknown>[];
			questions.push({ id: "q1", type: "true_false", prompt: "again", answer: false, explanation: "Dup." });
			questions.push({ id: "q4", type: "essay", prompt: "Write", explanation: "Any." });
			questions.push({ id: "q5", type: "numeric", prompt: "1 + 1?", answer: 2 });
			const errors = errorsOf({ sets: [set], lessons: [] });
			expectError(
				errors,
				`set "math-add-1", field "grade_band": expected one of "K-2", "3-5", "6-8", "9-12", got "3-6"`,
			);
			expectError(errors, `set "math-add-1", question "q1", field "id": duplicate question id`);
			expectError(errors, `set "math-add-1", question "q4", field "type": expected one of`);
			expectError(errors, `set "math-add-1", question "q5", field "explanation": required, missing`);
			expect(errors.size() >= 4).to.equal(true);
		});

		it("finds a repeated question id even when that question is wrong too, and a missing list once", () => {
			const set = goodSet();
			(set.questions as defined[]).push({
				id: "q2",
				type: "true_false",
				prompt: "?",
				anwser: true,
				explanation: "x",
			});
			const errors = errorsOf({ sets: [set, { id: "no-questions" }], lessons: [] });
			expectError(
				errors,
				`set "math-add-1", question "q2", field "id": duplicate question id (question #2 has it too)`,
			);
			expectError(errors, `set "math-add-1", question "q2", field "anwser": unknown field`);
			const missing = errors.filter(
				(message) => message.find(`"no-questions", field "questions"`, 1, true)[0] !== undefined,
			);
			expect(missing.size()).to.equal(1);
		});

		it("checks every type's own fields: numeric tolerance, ordering items, typed alternatives, choices", () => {
			const set = goodSet();
			const questions = set.questions as Record<string, unknown>[];
			questions.push({ id: "n", type: "numeric", prompt: "?", answer: 0 / 0, tolerance: -1, explanation: "x" });
			questions.push({ id: "o", type: "ordering", prompt: "?", items: ["a", "A ", "b"], explanation: "x" });
			questions.push({ id: "t", type: "typed", prompt: "?", answer: "Café", accept: ["cafe"], explanation: "x" });
			questions.push({
				id: "c",
				type: "multiple_choice",
				prompt: "?",
				choices: ["x"],
				answer: "x",
				explanation: "x",
			});
			questions.push({ id: "l", type: "true_false", prompt: "?", answer: true, explanation: "x", time_limit: 2 });
			const errors = errorsOf({ sets: [set], lessons: [] });
			expectError(errors, `question "n", field "answer": expected a number from`);
			expectError(errors, `question "n", field "tolerance": expected a number from 0`);
			expectError(errors, `question "o", field "items": "a" and "A " are the same item`);
			expectError(errors, `question "t", field "accept": "Café" and "cafe" are the same answer once normalised`);
			expectError(errors, `question "c", field "choices": expected a list of 2 to 6 entries`);
			expectError(errors, `question "l", field "time_limit": expected a number from 5 to 600, got 2`);
		});

		it("names lessons, their pages and their questions", () => {
			const errors = errorsOf({
				sets: [],
				lessons: [
					{
						id: "lesson-a",
						title: "A",
						subject: "art",
						grade_band: "3-5",
						difficulty: 4,
						pages: ["x".rep(601)],
						questions: [{ id: "Q 1", type: "true_false", prompt: "?", answer: 1, explanation: "x" }],
					},
				],
			});
			expectError(errors, `lesson "lesson-a", field "subject"`);
			expectError(errors, `lesson "lesson-a", field "difficulty": expected one of 1, 2, 3, got 4`);
			expectError(errors, `lesson "lesson-a", field "pages"`);
			expectError(errors, `lesson "lesson-a", question #1, field "id"`);
			expectError(errors, `lesson "lesson-a", question #1, field "answer": expected true or false, got 1`);
		});

		it("refuses ids used twice in the pack, empty and overlong question lists, and bad ids", () => {
			const big = goodSet();
			big.id = "big";
			const questions: defined[] = [];
			for (let index = 0; index < 51; index++) {
				questions.push({ id: `q${index}`, type: "true_false", prompt: "?", answer: true, explanation: "x" });
			}
			big.questions = questions;
			const empty = { ...goodSet(), id: "empty", questions: [] };
			const lessonTwin = { ...goodSet(), pages: ["p"] };
			const errors = errorsOf({
				sets: [goodSet(), goodSet(), big, empty, { ...goodSet(), id: "Bad Id!" }],
				lessons: [lessonTwin],
			});
			expectError(errors, `set "math-add-1", field "id": duplicate id`);
			expectError(errors, `lesson "math-add-1", field "id": duplicate id`);
			expectError(errors, `set "big", field "questions": expected a list of 1 to 50 questions, got more than 50`);
			expectError(errors, `set "empty", field "questions": expected a list of 1 to 50 questions, got none`);
			expectError(errors, `set #5, field "id": expected an id`);
		});

		it("never throws on a malformed pack: not a table, wrong lists, holes, metatables", () => {
			const withMeta = setmetatable({}, {});
			const cases: unknown[] = [
				undefined,
				5,
				"pack",
				{ sets: "all" },
				{ sets: [1, "x"], lessons: [withMeta] },
				{ sets: { a: goodSet() } },
				{ sets: [goodSet()], extra: true },
				{ sets: [{ ...goodSet(), questions: [1, undefined, goodSet()] }] },
			];
			for (const raw of cases) {
				const [ran, read] = pcall(() => readContentPack(raw));
				expect(ran).to.equal(true);
				expect((read as { ok: boolean }).ok).to.equal(false);
			}
			expectError(errorsOf({ sets: [goodSet()], extra: true }), `pack, field "extra": unknown field`);
		});
	});
};
