// The options of `npm start`, read and checked: each mistake is named.
export const START_USAGE =
	"usage: npm start -- [--days 1-20] [--students 1-40] [--seed N] [--out DIR]\n" +
	"  defaults: --days 5 --students 30 --seed 1 --out build/report";

const LIMITS = { days: [1, 20], students: [1, 40] };

export function readStartOptions(args) {
	const options = { days: 5, students: 30, seed: 1, out: "build/report" };
	const fail = (error) => ({ ok: false, error, usage: START_USAGE });
	for (let i = 0; i < args.length; i++) {
		const name = args[i];
		const value = args[i + 1];
		if (!["--days", "--students", "--seed", "--out"].includes(name)) return fail(`unknown option "${name}"`);
		if (value === undefined || value.startsWith("--")) return fail(`${name} needs a value`);
		i += 1;
		if (name === "--out") {
			options.out = value;
			continue;
		}
		if (!/^-?\d+$/.test(value)) return fail(`${name} must be a whole number, not "${value}"`);
		const number = Number(value);
		const key = name.slice(2);
		const range = LIMITS[key];
		if (range !== undefined && (number < range[0] || number > range[1]))
			return fail(`${name} must be from ${range[0]} to ${range[1]} (the class holds at most 40 students), not ${number}`);
		options[key] = number;
	}
	return { ok: true, options };
}
