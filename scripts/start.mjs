// `npm start [-- --days 5 --students 30 --seed 1]`: builds the place for Roblox Studio
// (build/classquest.rbxl), then plays a simulated class through it headless: a teacher and the
// students over a school week on the hub and the class's server, through the real remotes. Prints
// what happened and a summary, and writes the balance report to build/report/index.html.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { log, prepare, repoRoot, run } from "./project.mjs";
import { writeReport } from "./report/write-report.mjs";
import { readStartOptions } from "./start-options.mjs";

function main() {
	const read = readStartOptions(process.argv.slice(2));
	if (!read.ok) {
		console.error(`start: ${read.error}\n${read.usage}`);
		process.exit(2);
	}
	const options = read.options;
	const tools = prepare("default.project.json", "build/classquest.rbxl");
	log("start: open build/classquest.rbxl in Roblox Studio, or run `rojo serve` and connect the Rojo plugin");
	log(`start: a simulated class of ${options.students} students over ${options.days} school days (seed ${options.seed})\n`);
	const out = resolve(repoRoot, options.out);
	mkdirSync(out, { recursive: true });
	const dataPath = join(out, "data.json");
	const journalPath = join(out, "journal.txt");
	const status = run(tools.lune, [
		"run",
		"test/runner/start.luau",
		"build/classquest.rbxl",
		String(options.days),
		String(options.students),
		String(options.seed),
		dataPath,
		journalPath,
	]);
	if (status !== 0) process.exit(status);
	const reportPath = join(out, "index.html");
	const report = writeReport(dataPath, reportPath);
	if (!report.ok) {
		console.error(`start: the balance report could not be drawn: ${report.error}`);
		process.exit(1);
	}
	log(`\nstart: every moment of the week is in ${journalPath}`);
	log(`start: the balance report is ${reportPath} (open it in any browser)`);
}

main();
