// Reads the week `npm start` wrote (build/report/data.json, made by src/tools/playtest/week-data.ts)
// and checks its shape, so a damaged or hand-edited file is refused with the path of what is wrong
// instead of drawing a wrong chart. Lune's JSON encoder writes an empty table as [], so an empty
// object may arrive as a list; a level not reached has no key.

export class WeekDataError extends Error {}

function fail(path, message) {
	throw new WeekDataError(`${path}: ${message}`);
}

function kind(value) {
	return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : typeof value;
}

function list(value, path) {
	if (!Array.isArray(value)) fail(path, `expected a list, got ${kind(value)}`);
	return value;
}

function record(value, path) {
	if (Array.isArray(value) && value.length === 0) return {};
	if (value === null || typeof value !== "object" || Array.isArray(value)) fail(path, `expected an object, got ${kind(value)}`);
	return value;
}

function number(value, path, { min = -Infinity, integer = false } = {}) {
	if (typeof value !== "number" || !Number.isFinite(value)) fail(path, `expected a number, got ${kind(value)}`);
	if (integer && !Number.isInteger(value)) fail(path, `expected a whole number, got ${value}`);
	if (value < min) fail(path, `expected at least ${min}, got ${value}`);
	return value;
}

function text(value, path) {
	if (typeof value !== "string") fail(path, `expected text, got ${kind(value)}`);
	return value;
}

function counts(value, path) {
	const out = {};
	for (const [key, v] of Object.entries(record(value, path))) out[key] = number(v, `${path}.${key}`, { min: 0 });
	return out;
}

function student(value, path) {
	const s = record(value, path);
	const final = record(s.final, `${path}.final`);
	const reached = record(s.reached ?? {}, `${path}.reached`);
	return {
		user_id: number(s.user_id, `${path}.user_id`, { integer: true }),
		name: text(s.name, `${path}.name`),
		habit: text(s.habit, `${path}.habit`),
		joined_day: number(s.joined_day, `${path}.joined_day`, { min: 1, integer: true }),
		final: {
			level: number(final.level, `${path}.final.level`, { min: 1, integer: true }),
			total_xp: number(final.total_xp, `${path}.final.total_xp`, { min: 0 }),
			coins: number(final.coins, `${path}.final.coins`, { min: 0 }),
			achievements: number(final.achievements, `${path}.final.achievements`, { min: 0 }),
			activities: number(final.activities, `${path}.final.activities`, { min: 0 }),
		},
		coins_earned: number(s.coins_earned, `${path}.coins_earned`, { min: 0 }),
		coins_spent: number(s.coins_spent, `${path}.coins_spent`, { min: 0 }),
		reached: {
			5: reached["5"] === undefined ? undefined : number(reached["5"], `${path}.reached.5`, { min: 0 }),
			10: reached["10"] === undefined ? undefined : number(reached["10"], `${path}.reached.10`, { min: 0 }),
		},
		series: list(s.series, `${path}.series`).map((p, i) => {
			const q = record(p, `${path}.series[${i}]`);
			return {
				t: number(q.t, `${path}.series[${i}].t`),
				xp: number(q.xp, `${path}.series[${i}].xp`, { min: 0 }),
				level: number(q.level, `${path}.series[${i}].level`, { min: 1 }),
			};
		}),
		saved: s.saved === true,
	};
}

/** The week's data, checked; throws WeekDataError naming the first thing that is wrong. */
export function readWeekData(value) {
	const d = record(value, "data");
	if (d.version !== 1) fail("data.version", `expected 1 (this report reads version 1), got ${JSON.stringify(d.version)}`);
	const quests = record(d.quests, "data.quests");
	return {
		seed: number(d.seed, "data.seed"),
		days: number(d.days, "data.days", { min: 1, integer: true }),
		student_count: number(d.student_count, "data.student_count", { min: 0, integer: true }),
		max_level: number(d.max_level, "data.max_level", { min: 1, integer: true }),
		students: list(d.students, "data.students").map((s, i) => student(s, `data.students[${i}]`)),
		achievements: list(d.achievements, "data.achievements").map((a, i) => {
			const r = record(a, `data.achievements[${i}]`);
			return {
				id: text(r.id, `data.achievements[${i}].id`),
				title: text(r.title, `data.achievements[${i}].title`),
				rarity: text(r.rarity, `data.achievements[${i}].rarity`),
				earned: number(r.earned, `data.achievements[${i}].earned`, { min: 0, integer: true }),
			};
		}),
		quests: Object.fromEntries(
			["assigned", "progressed", "completed", "failed", "abandoned"].map((k) => [k, number(quests[k] ?? 0, `data.quests.${k}`, { min: 0 })]),
		),
		leaderboards: list(d.leaderboards, "data.leaderboards").map((b, i) => {
			const r = record(b, `data.leaderboards[${i}]`);
			return {
				board_id: text(r.board_id, `data.leaderboards[${i}].board_id`),
				title: text(r.title, `data.leaderboards[${i}].title`),
				series: list(r.series, `data.leaderboards[${i}].series`).map((p, j) => {
					const path = `data.leaderboards[${i}].series[${j}]`;
					const q = record(p, path);
					return { t: number(q.t, `${path}.t`), changes: number(q.changes, `${path}.changes`, { min: 0 }), leader: text(q.leader ?? "", `${path}.leader`) };
				}),
			};
		}),
		datastore: list(record(d.datastore, "data.datastore").series, "data.datastore.series").map((p, i) => {
			const path = `data.datastore.series[${i}]`;
			const q = record(p, path);
			const server = text(q.server, `${path}.server`);
			if (server !== "class" && server !== "hub") fail(`${path}.server`, `expected "class" or "hub", got "${server}"`);
			return {
				t: number(q.t, `${path}.t`),
				server,
				players: number(q.players, `${path}.players`, { min: 0 }),
				per_minute: counts(q.per_minute, `${path}.per_minute`),
				budget_per_minute: counts(q.budget_per_minute, `${path}.budget_per_minute`),
			};
		}),
		refusals: list(d.refusals, "data.refusals").map((r, i) => {
			const q = record(r, `data.refusals[${i}]`);
			return {
				who: text(q.who, `data.refusals[${i}].who`),
				action: text(q.action, `data.refusals[${i}].action`),
				reason: text(q.reason, `data.refusals[${i}].reason`),
				count: number(q.count, `data.refusals[${i}].count`, { min: 1 }),
			};
		}),
		quizzes: list(d.quizzes, "data.quizzes").map((r, i) => {
			const q = record(r, `data.quizzes[${i}]`);
			return {
				day: number(q.day, `data.quizzes[${i}].day`),
				title: text(q.title, `data.quizzes[${i}].title`),
				questions: number(q.questions, `data.quizzes[${i}].questions`, { min: 0 }),
				answers: number(q.answers, `data.quizzes[${i}].answers`, { min: 0 }),
				correct: number(q.correct, `data.quizzes[${i}].correct`, { min: 0 }),
			};
		}),
	};
}
