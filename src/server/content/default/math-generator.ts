/**
 * Arithmetic sets made from templates with a fixed-seed generator, so the default pack is the
 * same on every run and every server (the answer keys are computed, never typed by hand).
 */

/** Park-Miller "minimal standard" LCG: state * 48271 stays below 2^53, so Luau's doubles are exact. */
class SeededNumbers {
	private state: number;
	public constructor(seed: number) {
		this.state = seed % 2147483647;
	}
	/** A whole number in min..max, inclusive. */
	public between(min: number, max: number): number {
		this.state = (this.state * 48271) % 2147483647;
		return min + (this.state % (max - min + 1));
	}
}

type Made = Record<string, unknown>;

/** Four distinct choices around the answer (never negative), in a drawn order, as text. */
function choicesAround(answer: number, spread: number, numbers: SeededNumbers): string[] {
	const values = [answer];
	const offsets = [1, -1, spread, -spread, spread + 1, 2, -2];
	for (const offset of offsets) {
		const value = answer + offset;
		if (value >= 0 && !values.includes(value)) values.push(value);
		if (values.size() === 4) break;
	}
	const shuffled: string[] = [];
	while (values.size() > 0) shuffled.push(tostring(values.remove(numbers.between(0, values.size() - 1))!));
	return shuffled;
}

/** One arithmetic fact asked three ways in turn: typed as a number, picked, or judged true/false. */
function ask(
	id: string,
	index: number,
	text: string,
	answer: number,
	explanation: string,
	numbers: SeededNumbers,
): Made {
	const shape = index % 3;
	if (shape === 0) return { id, type: "numeric", prompt: `What is ${text}?`, answer, explanation };
	if (shape === 1) {
		return {
			id,
			type: "multiple_choice",
			prompt: `What is ${text}?`,
			choices: choicesAround(answer, 10, numbers),
			answer: tostring(answer),
			explanation,
		};
	}
	// true half the time; otherwise off by a near miss a student might make
	const shown = numbers.between(0, 1) === 0 ? answer : answer + (numbers.between(0, 1) === 0 ? 10 : -1);
	return {
		id,
		type: "true_false",
		prompt: `True or false: ${text} = ${shown}`,
		answer: shown === answer,
		explanation,
	};
}

export function additionSet(): Made {
	const numbers = new SeededNumbers(20260901);
	const questions: Made[] = [];
	for (let index = 0; index < 15; index++) {
		const a = numbers.between(12, 499);
		const b = numbers.between(11, 399);
		if (index % 2 === 0) {
			const sum = a + b;
			const explanation = `${a} + ${b} = ${sum}: add the ones, then the tens, then the hundreds, carrying a ten whenever a column reaches 10 or more.`;
			questions.push(ask(`q${index + 1}`, index, `${a} + ${b}`, sum, explanation, numbers));
		} else {
			const [big, small] = a >= b ? [a, b] : [b, a];
			const difference = big - small;
			const explanation = `${big} - ${small} = ${difference}: check it by adding back, ${difference} + ${small} = ${big}.`;
			questions.push(ask(`q${index + 1}`, index, `${big} - ${small}`, difference, explanation, numbers));
		}
	}
	questions[0] = { ...questions[0], time_limit: 60 };
	return {
		id: "math-add-sub-1",
		title: "Adding and subtracting to 1,000",
		subject: "math",
		grade_band: "3-5",
		difficulty: 1,
		activity: "practice",
		generated: true,
		questions,
	};
}

export function multiplicationSet(): Made {
	const numbers = new SeededNumbers(31415926);
	const questions: Made[] = [];
	for (let index = 0; index < 15; index++) {
		const a = numbers.between(3, 12);
		const b = numbers.between(3, 12);
		const product = a * b;
		if (index % 2 === 0) {
			const explanation = `${a} x ${b} = ${product}: ${a} groups of ${b}.`;
			questions.push(ask(`q${index + 1}`, index, `${a} x ${b}`, product, explanation, numbers));
		} else {
			const explanation = `${product} ÷ ${a} = ${b}, because ${a} x ${b} = ${product}.`;
			questions.push(ask(`q${index + 1}`, index, `${product} ÷ ${a}`, b, explanation, numbers));
		}
	}
	questions[3] = { ...questions[3], time_limit: 20 };
	return {
		id: "math-times-tables-2",
		title: "Times tables and division",
		subject: "math",
		grade_band: "3-5",
		difficulty: 2,
		activity: "practice",
		generated: true,
		questions,
	};
}

export function percentSet(): Made {
	const numbers = new SeededNumbers(27182818);
	const percents = [10, 20, 25, 50, 75, 5, 40];
	const questions: Made[] = [];
	for (let index = 0; index < 14; index++) {
		if (index % 2 === 0) {
			const percent = percents[numbers.between(0, percents.size() - 1)];
			// a multiple of 20 makes every listed percent a whole number
			const whole = numbers.between(2, 30) * 20;
			const part = (whole * percent) / 100;
			const explanation = `${percent}% of ${whole} = ${percent}/100 x ${whole} = ${part}.`;
			questions.push(ask(`q${index + 1}`, index, `${percent}% of ${whole}`, part, explanation, numbers));
		} else {
			const a = numbers.between(2, 9);
			const b = numbers.between(2, 9);
			const c = numbers.between(2, 20);
			const value = c + a * b;
			const explanation = `Multiply before adding: ${a} x ${b} = ${a * b}, then ${c} + ${a * b} = ${value}.`;
			questions.push(ask(`q${index + 1}`, index, `${c} + ${a} x ${b}`, value, explanation, numbers));
		}
	}
	return {
		id: "math-percent-order-3",
		title: "Percentages and order of operations",
		subject: "math",
		grade_band: "6-8",
		difficulty: 3,
		activity: "quiz",
		generated: true,
		questions,
	};
}
