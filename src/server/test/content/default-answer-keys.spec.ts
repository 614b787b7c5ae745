import { foldText, normaliseTyped } from "shared/content";
import { DEFAULT_PACK } from "server/content/default";

/**
 * The answer keys of the default pack, checked straight from its data with checks of their own,
 * not through the validator: a validator bug must not hide a wrong key.
 */
type RawQuestion = Record<string, unknown>;

function everyQuestion(visit: (question: RawQuestion, where: string) => void) {
	for (const list of [DEFAULT_PACK.sets, DEFAULT_PACK.lessons]) {
		for (const entry of list as Record<string, unknown>[]) {
			for (const question of entry.questions as RawQuestion[]) visit(question, `${entry.id}/${question.id}`);
		}
	}
}

function allDistinct(values: readonly string[]): boolean {
	const seen = new Set<string>();
	for (const value of values) {
		if (seen.has(value)) return false;
		seen.add(value);
	}
	return true;
}

const finite = (value: unknown) => typeIs(value, "number") && value === value && math.abs(value) !== math.huge;

/** The templates' prompts, most specific first, each with how to compute its answer. */
const TEMPLATES: readonly [string, (a: number, b: number, c: number) => number][] = [
	["(%d+) %+ (%d+) x (%d+)", (c, a, b) => c + a * b],
	["(%d+)%% of (%d+)", (a, b) => (a * b) / 100],
	["(%d+) %+ (%d+)", (a, b) => a + b],
	["(%d+) %- (%d+)", (a, b) => a - b],
	["(%d+) x (%d+)", (a, b) => a * b],
	["(%d+) ÷ (%d+)", (a, b) => a / b],
];

function recompute(prompt: string): number | undefined {
	for (const [pattern, compute] of TEMPLATES) {
		const [a, b, c] = prompt.match(pattern);
		if (a !== undefined) return compute(tonumber(a)!, tonumber(b)!, c !== undefined ? tonumber(c)! : 0);
	}
	return undefined;
}

export = () => {
	describe("the default content's answer keys", () => {
		it("puts every multiple-choice answer among its choices, which are distinct", () => {
			let count = 0;
			everyQuestion((question, where) => {
				if (question.type !== "multiple_choice") return;
				count += 1;
				const choices = question.choices as string[];
				if (!choices.includes(question.answer as string)) throw `${where}: answer not among the choices`;
				if (!allDistinct(choices.map((choice) => foldText(choice)))) throw `${where}: repeated choice`;
				if (choices.size() < 2 || choices.size() > 6) throw `${where}: ${choices.size()} choices`;
			});
			expect(count > 30).to.equal(true);
		});

		it("gives every ordering question 2 to 8 distinct items", () => {
			everyQuestion((question, where) => {
				if (question.type !== "ordering") return;
				const items = question.items as string[];
				if (items.size() < 2 || items.size() > 8 || !allDistinct(items.map((item) => foldText(item))))
					throw `${where}: bad items`;
			});
		});

		it("gives typed answers and their alternatives distinct, non-empty normalised forms", () => {
			everyQuestion((question, where) => {
				if (question.type !== "typed") return;
				const answers = [question.answer as string, ...((question.accept as string[] | undefined) ?? [])];
				const normalised = answers.map((answer) => normaliseTyped(answer));
				if (normalised.some((answer) => answer === "")) throw `${where}: an empty answer`;
				if (!allDistinct(normalised)) throw `${where}: alternatives that normalise alike`;
			});
		});

		it("gives numeric answers a finite value and a finite tolerance >= 0", () => {
			everyQuestion((question, where) => {
				if (question.type !== "numeric") return;
				if (!finite(question.answer)) throw `${where}: answer not finite`;
				const tolerance = question.tolerance ?? 0;
				if (!finite(tolerance) || (tolerance as number) < 0) throw `${where}: bad tolerance`;
			});
		});

		it("gives true/false answers a boolean and every question an explanation", () => {
			everyQuestion((question, where) => {
				if (question.type === "true_false" && !typeIs(question.answer, "boolean"))
					throw `${where}: not a boolean`;
				if (!typeIs(question.explanation, "string") || question.explanation.size() === 0) {
					throw `${where}: no explanation`;
				}
			});
		});

		it("computes the generated arithmetic correctly", () => {
			// the prompts are "What is a + b?" and the like: recompute each key from its prompt
			let checked = 0;
			for (const set of DEFAULT_PACK.sets as Record<string, unknown>[]) {
				if (set.generated !== true) continue;
				for (const question of set.questions as RawQuestion[]) {
					const prompt = question.prompt as string;
					const expected = recompute(prompt);
					if (expected === undefined) throw `no template matches "${prompt}"`;
					if (question.type === "numeric") expect(question.answer).to.equal(expected);
					else if (question.type === "multiple_choice") expect(question.answer).to.equal(tostring(expected));
					else {
						const shown = tonumber(prompt.match("= (%-?%d+)$")[0]);
						expect(question.answer).to.equal(shown === expected);
					}
					checked += 1;
				}
			}
			expect(checked >= 40).to.equal(true);
		});
	});
};
