// `npm test`: installs what is missing, compiles, builds the test place, runs every TestEZ spec
// under Lune in the Roblox emulation, checks that the runner itself reports failures and empty
// spec folders, checks npm start's simulated class and its report in headless Chromium, and ends
// with "N passed, N failed, N skipped". Any failure exits non-zero.
//
//   npm test                      every spec
//   npm test -- --filter PATTERN  only tests whose full name matches the Lua pattern
//   npm test -- --verbose         the result tree and the game's print output too
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { buildPlace, log, prepare, repoRoot } from "./project.mjs";
import { reportChecks } from "./report-checks.mjs";
import { runStreaming } from "./stream-process.mjs";

const RUNNER = "test/runner/run-specs.luau";
const SCENARIO_RUNNER = "test/runner/scenario.luau";
const TIMING = "build/test-timing.json";
const SUMMARY = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/m;

// Streams the spec runner's output (when `echo`) and keeps a bounded tail of it: a spec may print
// any amount without hiding the summary line.
function runSpecs(lune, place, extraArgs, echo = false) {
	return runStreaming(lune, ["run", RUNNER, place, ...extraArgs], {
		cwd: repoRoot,
		onStdoutLine: echo ? (line) => SUMMARY.test(line) || process.stdout.write(line) : undefined,
		onStderr: echo ? (chunk) => process.stderr.write(chunk) : undefined,
	});
}

// The specs split across the machine's cores, one runner per shard side by side. A shard's output
// is printed whole when it ends, so two shards' failures never interleave. --verbose (the game's
// print output as it comes) and --filter (where a shard may match nothing) run one runner.
async function runAllSpecs(lune, place, extraArgs) {
	const oneRunner = extraArgs.includes("--verbose") || extraArgs.includes("--filter");
	const shards = oneRunner ? 1 : Math.max(1, Math.min(4, availableParallelism()));
	if (shards === 1) {
		const specs = await runSpecs(lune, place, extraArgs, true);
		return { status: specs.status, summary: lastSummary(specs.stdout) };
	}
	const runs = await Promise.all(
		Array.from({ length: shards }, (_, index) => {
			const printed = [];
			return runStreaming(lune, ["run", RUNNER, place, ...extraArgs, "--shard", `${index + 1}/${shards}`], {
				cwd: repoRoot,
				onStdoutLine: (line) => SUMMARY.test(line) || printed.push(line),
				onStderr: (chunk) => process.stderr.write(chunk),
			}).then((result) => {
				process.stdout.write(printed.join(""));
				return result;
			});
		}),
	);
	const total = { passed: 0, failed: 0, skipped: 0 };
	let status = 0;
	for (const [index, run] of runs.entries()) {
		const summary = lastSummary(run.stdout);
		if (run.status !== 0) status = run.status;
		if (!summary) {
			console.log(`\nspec shard ${index + 1}/${shards} exited ${run.status} without a summary line`);
			total.failed += 1;
			status = status || 1;
			continue;
		}
		total.passed += summary.passed;
		total.failed += summary.failed;
		total.skipped += summary.skipped;
	}
	return { status, summary: total };
}

function lastSummary(text) {
	const lines = text.trimEnd().split("\n").reverse();
	for (const line of lines) {
		const match = line.match(SUMMARY);
		if (match) return { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] ?? 0) };
	}
	return undefined;
}

// The runner must fail loudly: a failing spec shows its error and exits non-zero; a folder with
// no specs exits non-zero; a passing folder exits zero. Each check counts as one test.
async function runnerSelfChecks(tools) {
	buildPlace(tools.rojo, "test/fixtures/runner.project.json", "build/runner-fixtures.rbxl");
	const place = "build/runner-fixtures.rbxl";
	const checks = [
		{
			name: "a failing spec makes the runner exit non-zero and shows the failure",
			args: ["--roots", "ServerStorage/Fixtures/failing"],
			expect: (r) =>
				r.status !== 0 &&
				r.stdout.includes("FAIL") &&
				r.stdout.includes("expected 2 + 2 to equal 5") &&
				/1 passed, 1 failed/.test(r.stdout),
		},
		{
			name: "a spec folder with no specs fails loudly",
			args: ["--roots", "ServerStorage/Fixtures/empty"],
			expect: (r) => r.status !== 0 && r.stdout.includes("no spec modules"),
		},
		{
			name: "a spec module that errors while loading is reported as a failure",
			args: ["--roots", "ServerStorage/Fixtures/broken"],
			expect: (r) => r.status !== 0 && r.stdout.includes("spec module failed to load"),
		},
		{
			name: "a passing spec folder exits zero",
			args: ["--roots", "ServerStorage/Fixtures/passing"],
			expect: (r) => r.status === 0 && /2 passed, 0 failed/.test(r.stdout),
		},
		{
			name: "a spec that prints more than 1 MB on each stream still ends with the summary line",
			args: ["--roots", "ServerStorage/Fixtures/chatty", "--verbose"],
			expect: (r) =>
				r.status === 0 &&
				r.stdout.includes("were not kept") &&
				r.stderr.includes("were not kept") &&
				/\n1 passed, 0 failed, 0 skipped\n/.test(r.stdout),
		},
		{
			name: "shard 1/2 of two spec folders runs the first module only (the failing one)",
			args: ["--roots", "ServerStorage/Fixtures/passing,ServerStorage/Fixtures/failing", "--shard", "1/2"],
			expect: (r) => r.status !== 0 && r.stdout.includes("expected 2 + 2 to equal 5") && /\n1 passed, 1 failed/.test(r.stdout),
		},
		{
			name: "shard 2/2 of the same two folders runs the other module only (the passing one)",
			args: ["--roots", "ServerStorage/Fixtures/passing,ServerStorage/Fixtures/failing", "--shard", "2/2"],
			expect: (r) => r.status === 0 && /\n2 passed, 0 failed/.test(r.stdout),
		},
		{
			name: "a malformed --shard is refused",
			args: ["--roots", "ServerStorage/Fixtures/passing", "--shard", "3/2"],
			expect: (r) => r.status === 2 && r.stderr.includes("--shard expects I/N"),
		},
		{
			name: "two tests of the same name in one block fail the run instead of skipping the rest",
			args: ["--roots", "ServerStorage/Fixtures/duplicate"],
			expect: (r) => r.status !== 0 && r.stdout.includes("Duplicate it block") && /\d+ passed, 1 failed/.test(r.stdout),
		},
	];
	let passed = 0;
	let failed = 0;
	for (const check of [...checks, ...scenarioChecks()]) {
		const result = check.scenario
			? await runStreaming(tools.lune, ["run", SCENARIO_RUNNER, "build/test.rbxl", check.scenario], { cwd: repoRoot })
			: await runSpecs(tools.lune, place, check.args);
		if (check.expect(result)) {
			passed += 1;
		} else {
			failed += 1;
			console.log(`\nFAIL runner self-check: ${check.name}\n    exit ${result.status}\n${indent(result.stdout + result.stderr)}`);
		}
	}
	return { passed, failed };
}

// A malformed scenario file exits 1 with the path of what is wrong and no report, never a Luau
// traceback (these once were a stack overflow, a crash in the parser, or a trace naming the report).
function scenarioChecks() {
	// 100,000 levels of nesting, written here rather than kept as a 200 kB fixture
	const deep = "build/deep-scenario.json";
	writeFileSync(join(repoRoot, deep), `{"seed":1,"players":[],"events":[],"catalog":${"[".repeat(1e5)}${"]".repeat(1e5)}}`);
	const refused = (file, message) => ({
		name: `the scenario runner refuses ${file} with the path: ${message}`,
		scenario: file.includes("/") ? file : `test/fixtures/scenarios/${file}`,
		expect: (r) => r.status === 1 && r.stdout === "" && r.stderr.includes(message) && !r.stderr.includes("Stack Begin"),
	});
	return [
		refused(deep, "nested deeper than 200 levels"),
		refused("lone-surrogate.json", "a lone surrogate \\ud800 (not a character) at character 71 (players[0].username)"),
		refused("invalid-utf8.json", "a string that is not valid UTF-8 at character 67 (players[0].username)"),
		refused("null-event.json", "null in a list at character 179 (events[1])"),
		refused("players-object.json", "players: expected a list of players, got an object"),
		refused("quest-cycle.json", `catalog.quests ("loop").chain: the quests loop -> loop assign each other in a cycle`),
		// a teacher's deadline is Unix seconds, unlike the events' own ISO "at"
		refused("class-quest-iso-deadline.json", `events[2].deadline: expected a Unix time in whole seconds`),
	];
}

function indent(text) {
	return text
		.trimEnd()
		.split("\n")
		.map((line) => `    ${line}`)
		.join("\n");
}

// For `npm run bench`: the wall time of the last full run (a filtered run times only part of the specs)
function recordWallTime(startedAt, extraArgs) {
	if (extraArgs.includes("--filter")) return;
	const seconds = Math.round((Date.now() - startedAt) / 100) / 10;
	mkdirSync(join(repoRoot, "build"), { recursive: true });
	writeFileSync(join(repoRoot, TIMING), `${JSON.stringify({ date: new Date().toISOString(), seconds })}\n`);
}

async function main() {
	const startedAt = Date.now();
	const extraArgs = process.argv.slice(2);
	const tools = prepare("test.project.json", "build/test.rbxl");

	log("test: running specs under Lune");
	const specs = await runAllSpecs(tools.lune, "build/test.rbxl", extraArgs);
	const summary = specs.summary;
	if (!summary) {
		console.log(`\nthe spec runner exited ${specs.status} without a summary line\n0 passed, 1 failed, 0 skipped`);
		process.exit(1);
	}

	const filtered = extraArgs.includes("--filter");
	const self = filtered ? { passed: 0, failed: 0 } : await runnerSelfChecks(tools);
	if (!filtered) log("test: npm start's simulated class and its balance report");
	const report = filtered ? { passed: 0, failed: 0, skipped: 0 } : await reportChecks(tools);
	const passed = summary.passed + self.passed + report.passed;
	const failed = summary.failed + self.failed + report.failed;
	const skipped = summary.skipped + report.skipped;
	const ranNothing = summary.passed + summary.failed === 0;
	console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
	recordWallTime(startedAt, extraArgs);
	process.exit(failed > 0 || specs.status !== 0 || ranNothing ? 1 : 0);
}

await main();
