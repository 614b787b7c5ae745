// npm test's checks of `npm start` and its balance report, run as a user would: a small simulated
// class plays twice with one seed through the built test place (the same seed must give the same
// week), the report drawn from it is opened in headless Chromium (every chart drawn, no script
// error, the habit boxes hide lines when clicked), and a damaged data file is refused by name.
// Each check counts as one test; without Chromium the browser checks are skipped, with the reason.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./project.mjs";
import { chartsOf, chromiumAvailable, CHROMIUM, openReport } from "./report/open-report.mjs";
import { writeReport } from "./report/write-report.mjs";
import { runStreaming } from "./stream-process.mjs";

const DIR = join(repoRoot, "build", "report-check");
// small enough for npm test: two school days (the second from a new hub), five students (the
// cheater and four who learn), one seed
const CLASS = { days: 2, students: 5, seed: 7 };

async function simulate(tools, name) {
	const data = join(DIR, `${name}.json`);
	const result = await runStreaming(
		tools.lune,
		["run", "test/runner/start.luau", "build/test.rbxl", String(CLASS.days), String(CLASS.students), String(CLASS.seed), data, join(DIR, `${name}.txt`)],
		{ cwd: repoRoot },
	);
	return { ...result, data };
}

export async function reportChecks(tools) {
	mkdirSync(DIR, { recursive: true });
	const outcomes = [];
	const check = (name, problem) => outcomes.push({ name, problem });

	const first = await simulate(tools, "first");
	const second = await simulate(tools, "second");
	const ran = first.status === 0 && second.status === 0;
	check(
		"npm start's simulated class plays its days and prints the week's summary",
		ran && first.stdout.includes(`== the week: ${CLASS.days} school days, ${CLASS.students} students`)
			? undefined
			: `exit ${first.status}/${second.status}\n${first.stdout.slice(-3000)}${first.stderr.slice(-3000)}`,
	);
	if (!ran) return finish(outcomes, 0);
	const a = readFileSync(first.data, "utf8");
	const b = readFileSync(second.data, "utf8");
	check("the same seed gives the same week's data, byte for byte", a === b ? undefined : "the two runs' data.json differ");

	const week = JSON.parse(a);
	const learned = week.students.filter((s) => s.habit !== "cheater" && s.final.level > 1).length;
	check(
		"every student who did their work left the first school days above level 1",
		learned === week.students.filter((s) => s.habit !== "cheater" && s.joined_day <= CLASS.days).length
			? undefined
			: `levels: ${week.students.map((s) => `${s.name} ${s.habit} ${s.final.level}`).join(", ")}`,
	);

	const html = join(DIR, "index.html");
	const written = writeReport(first.data, html);
	check("the balance report is drawn from the week's data", written.ok ? undefined : written.error);

	const damaged = join(DIR, "damaged.json");
	week.students[0].final.level = "eleven";
	writeFileSync(damaged, JSON.stringify(week));
	const refused = writeReport(damaged, join(DIR, "damaged.html"));
	check(
		"a damaged data file is refused with the path of what is wrong",
		!refused.ok && refused.error.includes("data.students[0].final.level: expected a number, got string")
			? undefined
			: `answer: ${JSON.stringify(refused)}`,
	);

	if (!written.ok) return finish(outcomes, 0);
	if (!chromiumAvailable()) {
		console.log(`\nSKIP report checks in a browser: no Chromium at ${CHROMIUM} (apt-get install chromium, see README)`);
		return finish(outcomes, 2);
	}
	const opened = await openReport(html, async (page) => {
		const charts = await chartsOf(page);
		const before = await page.$$eval('path.line[data-group="diligent"]:not(.hidden)', (lines) => lines.length);
		await page.click('input.habit-toggle[value="diligent"]');
		const after = await page.$$eval('path.line[data-group="diligent"]:not(.hidden)', (lines) => lines.length);
		return { charts, before, after };
	});
	const { charts, before, after } = opened.result;
	const blank = charts.filter((c) => c.width <= 0 || c.height <= 0 || c.drawn === 0);
	check(
		"every chart of the report renders in headless Chromium with its marks, and no script error occurs",
		charts.length >= 9 && blank.length === 0 && opened.errors.length === 0
			? undefined
			: `${charts.length} charts; blank: ${blank.map((c) => c.title).join("; ") || "none"}; errors: ${opened.errors.join("; ") || "none"}`,
	);
	check(
		"clicking a habit's box hides that habit's lines",
		before > 0 && after === 0 ? undefined : `diligent lines shown before ${before}, after ${after}`,
	);
	return finish(outcomes, 0);
}

function finish(outcomes, skipped) {
	let passed = 0;
	let failed = 0;
	for (const { name, problem } of outcomes) {
		if (problem === undefined) passed += 1;
		else {
			failed += 1;
			console.log(`\nFAIL report check: ${name}\n${problem.replace(/^/gm, "    ")}`);
		}
	}
	return { passed, failed, skipped };
}
