// `node scripts/render-world.mjs`: builds the place and draws its world from above into
// build/world-top-down.png (lune writes an SVG from the built place; rsvg-convert, or headless
// chromium when that is what the machine has, turns it into a PNG). docs/world-top-down.png is a
// copy of it for the README.
import { spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { log, prepare, repoRoot, run } from "./project.mjs";

function has(command) {
	return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function main() {
	const tools = prepare("default.project.json", "build/classquest.rbxl");
	const svg = "build/world-top-down.svg";
	const png = "build/world-top-down.png";
	if (run(tools.lune, ["run", "test/runner/render-world.luau", "build/classquest.rbxl", svg]) !== 0) process.exit(1);
	let status;
	if (has("rsvg-convert")) {
		status = run("rsvg-convert", ["-o", png, svg]);
	} else if (has("chromium")) {
		status = run("chromium", ["--headless=new", `--screenshot=${join(repoRoot, png)}`, "--window-size=1000,1000", join(repoRoot, svg)]);
	} else {
		console.error("render-world: neither rsvg-convert (apt-get install librsvg2-bin) nor chromium is installed; the SVG is at " + svg);
		process.exit(1);
	}
	if (status !== 0) process.exit(status);
	if (process.argv.includes("--docs")) copyFileSync(join(repoRoot, png), join(repoRoot, "docs", "world-top-down.png"));
	log(`render-world: ${png}`);
}

main();
