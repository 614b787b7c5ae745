// Finds rojo and lune at the versions pinned in aftman.toml: first on PATH (aftman, rokit or a
// manual install), then in our cache, and otherwise builds exactly those versions with
// `cargo install --locked` into the cache, which every later run (and every clone) reuses.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

const CRATES = { rojo: "rojo", lune: "lune" };

export function cacheRoot() {
	if (process.env.CLASSQUEST_TOOLS_DIR) return process.env.CLASSQUEST_TOOLS_DIR;
	const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
	return join(base, "classquest", "tools");
}

export function readPins(repoRoot) {
	const text = readFileSync(join(repoRoot, "aftman.toml"), "utf8");
	const pins = {};
	for (const line of text.split("\n")) {
		const match = line.match(/^\s*(\w+)\s*=\s*"[^@"]+@([^"]+)"/);
		if (match) pins[match[1]] = match[2];
	}
	for (const tool of Object.keys(CRATES)) {
		if (!pins[tool]) throw new Error(`aftman.toml does not pin ${tool}`);
	}
	return pins;
}

function versionOf(binary) {
	const result = spawnSync(binary, ["--version"], { encoding: "utf8" });
	if (result.status !== 0 || !result.stdout) return undefined;
	const match = result.stdout.match(/(\d+\.\d+\.\d+)/);
	return match ? match[1] : undefined;
}

function onPath(tool) {
	for (const dir of (process.env.PATH || "").split(delimiter)) {
		const candidate = join(dir, tool);
		if (dir && existsSync(candidate)) return candidate;
	}
	return undefined;
}

function cargoInstall(tool, version, root, log) {
	const cargo = onPath("cargo") || join(homedir(), ".cargo", "bin", "cargo");
	if (!existsSync(cargo)) {
		throw new Error(
			`${tool} ${version} is not installed and cargo was not found to build it. ` +
				"Install aftman and run `aftman install`, or install Rust (https://rustup.rs) and run this again.",
		);
	}
	mkdirSync(root, { recursive: true });
	log(`toolchain: building ${tool} ${version} with cargo install --locked into ${root} (once; takes minutes)`);
	execFileSync(cargo, ["install", "--locked", "--root", root, CRATES[tool], "--version", version], {
		stdio: ["ignore", "inherit", "inherit"],
	});
}

// Returns { rojo: path, lune: path }, installing what is missing.
export function ensureTools(repoRoot, log = (line) => console.error(line)) {
	const pins = readPins(repoRoot);
	const paths = {};
	for (const tool of Object.keys(CRATES)) {
		const version = pins[tool];
		const fromPath = onPath(tool);
		if (fromPath && versionOf(fromPath) === version) {
			log(`toolchain: ${tool} ${version} from PATH (${fromPath})`);
			paths[tool] = fromPath;
			continue;
		}
		const root = join(cacheRoot(), `${tool}-${version}`);
		const cached = join(root, "bin", tool);
		if (!(existsSync(cached) && versionOf(cached) === version)) {
			cargoInstall(tool, version, root, log);
			if (versionOf(cached) !== version) {
				throw new Error(`cargo install finished but ${cached} does not report version ${version}`);
			}
		} else {
			log(`toolchain: ${tool} ${version} from cache (${cached})`);
		}
		paths[tool] = cached;
	}
	return paths;
}
