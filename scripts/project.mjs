// The steps `npm test` and `npm start` share: install npm dependencies when they are missing or
// stale, compile with roblox-ts, and build a place with rojo.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureTools } from "./toolchain.mjs";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

let quiet = false;

/** Progress lines, on stderr so that stdout stays the program's own output. */
export function log(line) {
	if (!quiet) console.error(line);
}

export function run(command, args, options = {}) {
	const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit", ...options });
	if (result.error) throw result.error;
	return result.status ?? 1;
}

export function ensureDependencies() {
	const lock = join(repoRoot, "package-lock.json");
	const installed = join(repoRoot, "node_modules", ".package-lock.json");
	if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
	log("setup: installing npm dependencies (npm ci)");
	const npm = process.platform === "win32" ? "npm.cmd" : "npm";
	if (run(npm, ["ci", "--no-audit", "--no-fund"], { stdio: ["ignore", 2, 2] }) !== 0) throw new Error("npm ci failed");
}

// Compiles src/ to out/ (and the roblox-ts runtime to include/). Returns false on a compile error.
export function compile() {
	log("build: compiling TypeScript with roblox-ts");
	const cli = join(repoRoot, "node_modules", "roblox-ts", "out", "CLI", "cli.js");
	return run(process.execPath, [cli], { stdio: ["ignore", 2, 2] }) === 0;
}

export function buildPlace(rojo, projectFile, output) {
	mkdirSync(dirname(join(repoRoot, output)), { recursive: true });
	const status = run(rojo, ["build", projectFile, "--output", output], { stdio: ["ignore", "ignore", "inherit"] });
	if (status !== 0) throw new Error(`rojo build ${projectFile} failed`);
	log(`build: ${output}`);
}

// Everything before running a place: dependencies, toolchain, compile, build. Returns the tool
// paths, or exits with the final summary line when the TypeScript does not compile.
export function prepare(projectFile, output, options = {}) {
	quiet = options.quiet === true;
	ensureDependencies();
	const tools = ensureTools(repoRoot, log);
	if (!compile()) {
		console.log("\nthe TypeScript did not compile (errors above)\n0 passed, 1 failed, 0 skipped");
		process.exit(1);
	}
	buildPlace(tools.rojo, projectFile, output);
	return tools;
}
