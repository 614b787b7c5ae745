import { ImportError } from "shared/classroom/classroom-protocol";
import { IMPORT_LIMITS, readQuestionText, readSetTitle, toQuestionSet } from "shared/classroom/question-import";
import { LIMITS, MultipleChoiceQuestion, readContentPack } from "shared/content";

function questionsOf(text: unknown) {
	const read = readQuestionText(text);
	if (!read.ok) throw `expected questions, got: ${read.reason}\n${read.errors.map((e) => e.message).join("\n")}`;
	return read.questions;
}

function refusalOf(text: unknown, maxQuestions?: number) {
	const read = readQuestionText(text, { maxQuestions });
	if (read.ok) throw `expected a refusal, read ${read.questions.size()} questions`;
	return read;
}

function has(text: string, part: string): boolean {
	return text.find(part, 1, true)[0] !== undefined;
}

function expectError(errors: readonly ImportError[], line: number, part: string) {
	if (
		!errors.some((found) => found.line === line && has(found.message, `line ${line}: `) && has(found.message, part))
	) {
		throw `no error on line ${line} mentions "${part}"; got:\n${errors.map((e) => e.message).join("\n")}`;
	}
}

const GOOD = [
	"Question, Correct answer, Wrong answer, Wrong answer",
	"What is 7 x 8?, 56, 54, 64",
	"",
	"Which planet is closest to the Sun?, Mercury, Venus, Mars",
	'"Which is bigger, 3/4 or 2/3?", 3/4, 2/3',
].join("\n");

export = () => {
	describe("reading pasted questions", () => {
		it("reads a comma-separated paste, skipping the header and blank lines, with quoted commas", () => {
			const questions = questionsOf(GOOD);
			expect(questions.size()).to.equal(3);
			expect(questions[0].line).to.equal(2);
			expect(questions[0].prompt).to.equal("What is 7 x 8?");
			expect(questions[0].correct_answer).to.equal("56");
			expect(questions[0].wrong_answers.join("|")).to.equal("54|64");
			expect(questions[1].line).to.equal(4);
			expect(questions[2].prompt).to.equal("Which is bigger, 3/4 or 2/3?");
			expect(questions[2].wrong_answers.join("|")).to.equal("2/3");
		});

		it("reads a spreadsheet copy (tabs, a Gimkit-style header, optional columns left empty)", () => {
			const text = [
				"Question\tCorrect Answer\tIncorrect Answer 1\tIncorrect Answer 2 (Optional)\tIncorrect Answer 3 (Optional)",
				"Capital of Japan, in English?\tTokyo\tKyoto\tOsaka\t",
				"H2O is\twater\tsalt\t\thydrogen",
				"Largest ocean\tPacific\tAtlantic\t\t",
				"",
			].join("\r\n");
			const questions = questionsOf(text);
			expect(questions.size()).to.equal(3);
			expect(questions[0].prompt).to.equal("Capital of Japan, in English?");
			expect(questions[0].wrong_answers.join("|")).to.equal("Kyoto|Osaka");
			expect(questions[1].wrong_answers.join("|")).to.equal("salt|hydrogen");
			expect(questions[2].line).to.equal(4);
		});

		it("reads a Quizlet-style export with a tab between the cells and no header", () => {
			const questions = questionsOf(
				"photosynthesis makes\tglucose\tprotein\tfat\nmitochondria\tpowerhouse\tnucleus",
			);
			expect(questions.size()).to.equal(2);
			expect(questions[1].prompt).to.equal("mitochondria");
			expect(questions[1].line).to.equal(2);
		});

		it("recognises header lines by their first cell", () => {
			for (const header of [
				"Question Text",
				"questions",
				"Question - max 120 characters",
				"Prompt",
				"QUESTION #",
			]) {
				expect(questionsOf(`${header},Correct,Wrong\nWhat is 1+1?,2,3`).size()).to.equal(1);
			}
			// a first line that is a question is read as one
			expect(questionsOf("What is a question?,A sentence that asks,A noun\nWhat is 1+1?,2,3").size()).to.equal(2);
		});

		it("refuses a template that numbers its answers, saying how to reorder the columns", () => {
			const read = refusalOf(
				"Question - max 120 characters\tAnswer 1 - max 75 characters\tAnswer 2\nWhat is 1+1?\t3\t2",
			);
			expectError(read.errors, 1, "question, correct answer, wrong answers");
		});

		it("refuses a paste with two bad lines naming both, then reads it once they are fixed", () => {
			const bad = [
				"What is 7 x 8?, 56, 54",
				"Capital of France?, Paris",
				"Which is a mammal?, whale, shark",
				"What is 3 + 4?, 7, 7",
			].join("\n");
			const read = refusalOf(bad);
			expect(read.errors.size()).to.equal(2);
			expectError(read.errors, 2, "no wrong answer: add at least one after the correct answer");
			expectError(read.errors, 4, "the correct answer is also listed as a wrong answer");
			expect(has(read.reason, "lines 2 and 4")).to.equal(true);

			const fixed = [
				"What is 7 x 8?, 56, 54",
				"Capital of France?, Paris, Lyon",
				"Which is a mammal?, whale, shark",
				"What is 3 + 4?, 7, 6",
			].join("\n");
			const questions = questionsOf(fixed);
			expect(questions.size()).to.equal(4);
			expect(questions[3].wrong_answers.join("|")).to.equal("6");
		});

		it("reports every problem of every line, each with its line number", () => {
			const long = string.rep("x", LIMITS.prompt + 1);
			const longAnswer = string.rep("y", LIMITS.option + 1);
			const text = [
				"Question, Correct, Wrong",
				"Only a question",
				", 4, 5",
				"Two plus two?, , 5",
				`${long}, 1, 2`,
				`Fine?, ${longAnswer}, no`,
				"Six wrong?, a, b, c, d, e, f, g",
				"Colour?, red, Blue, blue",
				"What is 7 x 8?, 56, 54",
				"what is 7 x 8?, 56, 65",
				"Paris is in?, France, FRANCE",
			].join("\n");
			const read = refusalOf(text);
			expectError(read.errors, 2, "only a question: add the correct answer and at least one wrong answer");
			expectError(read.errors, 3, "no question: the first cell is empty");
			expectError(read.errors, 4, "no correct answer: the second cell is empty");
			expectError(
				read.errors,
				5,
				`the question is ${LIMITS.prompt + 1} characters long: at most ${LIMITS.prompt}`,
			);
			expectError(
				read.errors,
				6,
				`the correct answer is ${LIMITS.option + 1} characters long: at most ${LIMITS.option}`,
			);
			expectError(read.errors, 7, "6 wrong answers: at most 5");
			expectError(read.errors, 8, '"blue" is listed twice as a wrong answer');
			expectError(read.errors, 10, "the same question as line 9");
			expectError(read.errors, 11, "the correct answer is also listed as a wrong answer");
			expect(has(read.reason, "9 lines have problems")).to.equal(true);
			expect(read.errors.some((found) => found.line === 9)).to.equal(false);
		});

		it("names a wrong answer that is too long by its number and its start", () => {
			const read = refusalOf(`Fine?, yes, no, ${string.rep("z", LIMITS.option + 5)}`);
			expectError(read.errors, 1, `wrong answer 2 ("zzzz`);
			expectError(read.errors, 1, `is ${LIMITS.option + 5} characters long`);
		});

		it("refuses text that is not valid UTF-8, naming the line", () => {
			expectError(refusalOf("Fine?, yes, no\nBad \xff text?, a, b").errors, 2, "not valid text (UTF-8)");
		});

		it("refuses more questions than a set holds, at the first one too many", () => {
			const lines: string[] = [];
			for (let i = 1; i <= 12; i++) lines.push(`What is ${i} + 1?, ${i + 1}, ${i + 2}`);
			const read = refusalOf(lines.join("\n"), 10);
			expect(read.errors.size()).to.equal(1);
			expectError(read.errors, 11, "the 11th question: a set holds at most 10 questions");
			expect(questionsOf(lines.join("\n")).size()).to.equal(12);
		});

		it("refuses an unclosed quote with its line", () => {
			const read = refusalOf('What is 1+1?, 2, 3\n"Who wrote Hamlet?, Shakespeare, Marlowe');
			expectError(read.errors, 2, "never closed");
		});

		it("refuses empty text, a header alone, text that is not a string and text too long to be a set", () => {
			expect(has(refusalOf("").reason, "nothing to read")).to.equal(true);
			expect(has(refusalOf(" \n\t\n").reason, "nothing to read")).to.equal(true);
			expect(has(refusalOf("Question, Correct answer, Wrong answer\n").reason, "only a header line")).to.equal(
				true,
			);
			expect(has(refusalOf(42).reason, "expected the questions as text, got number")).to.equal(true);
			expect(has(refusalOf({}).reason, "got table")).to.equal(true);
			expect(
				has(
					refusalOf(string.rep("a,b,c\n", math.floor(IMPORT_LIMITS.maxTextBytes / 6) + 1)).reason,
					"too long",
				),
			).to.equal(true);
		});
	});

	describe("a read paste as a question set", () => {
		it("makes a multiple-choice quiz set the content format accepts", () => {
			const set = toQuestionSet("class-abc-set-1", "Times tables", "math", questionsOf(GOOD), 42);
			const read = readContentPack({ sets: [set] });
			if (!read.ok) throw read.errors.join("\n");
			const stored = read.content.sets.get("class-abc-set-1")!;
			expect(stored.activity).to.equal("quiz");
			expect(stored.questions.size()).to.equal(3);
			const first = set.questions[0] as MultipleChoiceQuestion;
			expect(first.type).to.equal("multiple_choice");
			expect(first.answer).to.equal("56");
			expect([...first.choices].sort().join("|")).to.equal("54|56|64");
			expect(first.explanation).to.equal("The answer is 56.");
			expect(set.grade_band).to.equal("6-8");
			expect(set.difficulty).to.equal(2);
			expect(
				toQuestionSet("s", "T", "math", questionsOf(GOOD), 1, { grade_band: "K-2", difficulty: 1 }).grade_band,
			).to.equal("K-2");
		});

		it("shuffles the choices the same way for the same seed, not always with the answer first", () => {
			const lines: string[] = [];
			for (let i = 1; i <= 20; i++) lines.push(`What is ${i} + 1?, ${i + 1}, ${i + 2}, ${i + 3}, ${i + 4}`);
			const questions = questionsOf(lines.join("\n"));
			const positions = (seed: number) =>
				toQuestionSet("s", "T", "math", questions, seed)
					.questions.map((question) => {
						const mc = question as MultipleChoiceQuestion;
						return mc.choices.indexOf(mc.answer);
					})
					.join(",");
			expect(positions(5)).to.equal(positions(5));
			expect(positions(5)).never.to.equal(positions(6));
			const firsts = positions(5)
				.split(",")
				.filter((position) => position === "0")
				.size();
			expect(firsts < 20).to.equal(true);
		});

		it("does not end the explanation with a second full stop", () => {
			const set = toQuestionSet("s", "T", "reading", questionsOf("Which ends a question?, ?, !"), 1);
			expect(set.questions[0].explanation).to.equal("The answer is ?");
		});

		it("accepts a paste of the longest questions and most choices the format allows", () => {
			const prompt = string.rep("p", LIMITS.prompt);
			const answers: string[] = [];
			for (let i = 0; i < LIMITS.maxChoices; i++) answers.push(string.rep(tostring(i), LIMITS.option));
			const set = toQuestionSet("s", "T", "science", questionsOf(`${prompt}, ${answers.join(", ")}`), 9);
			const read = readContentPack({ sets: [set] });
			expect(read.ok).to.equal(true);
		});
	});

	describe("a set's title", () => {
		it("collapses spaces and keeps a good title", () => {
			const read = readSetTitle("  Fractions \n quiz ");
			expect(read.ok && read.title === "Fractions quiz").to.equal(true);
		});

		it("refuses an empty, too long or non-text title with the reason", () => {
			const reasonOf = (title: unknown) => {
				const read = readSetTitle(title);
				if (read.ok) throw `expected ${tostring(title)} refused`;
				return read.reason;
			};
			expect(has(reasonOf("   "), "needs a title")).to.equal(true);
			expect(
				has(reasonOf(string.rep("t", IMPORT_LIMITS.maxTitle + 1)), `at most ${IMPORT_LIMITS.maxTitle}`),
			).to.equal(true);
			expect(has(reasonOf(7), "must be text")).to.equal(true);
			expect(has(reasonOf("bad \xff"), "UTF-8")).to.equal(true);
		});
	});
};
