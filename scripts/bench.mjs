// `npm run bench [-- EVENTS] [--engine-only] [--minutes N]`: builds the test place and prints one
// markdown table of ClassQuest's figures (the achievement engine, DataStore requests against
// Roblox's budgets, view sync traffic, heap per student, a school year's saved profile, the last
// `npm test` wall time), headed by the date and the machine, for pasting into the README. Details
// go to stderr. Figures, not a test: nothing here passes or fails on time.
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, release, type } from "node:os";
import { prepare, run } from "./project.mjs";

function osName() {
	try {
		const pretty = readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="?([^"\n]*)"?$/m);
		if (pretty) return `${pretty[1]} (${type()} ${release()})`;
	} catch {
		// not Linux: the kernel's name is all there is
	}
	return `${type()} ${release()}`;
}

const tools = prepare("test.project.json", "build/test.rbxl", { quiet: true });
const started = Date.now();
const machine = `${availableParallelism()} CPUs (nproc), ${cpus()[0]?.model ?? "unknown CPU"}, ${osName()}`;
console.log(`Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n`);
const status = run(tools.lune, ["run", "test/runner/bench.luau", "build/test.rbxl", ...process.argv.slice(2)]);
console.error(`bench: ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(status);
