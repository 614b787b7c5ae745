// `npm start`: builds the place for Roblox Studio (build/classquest.rbxl) and boots it headless
// in the emulation with a few simulated students, printing what happened.
import { log, prepare, run } from "./project.mjs";

function main() {
	const tools = prepare("default.project.json", "build/classquest.rbxl");
	log("start: open build/classquest.rbxl in Roblox Studio, or run `rojo serve` and connect the Rojo plugin");
	log("start: booting the server headless with simulated students\n");
	process.exit(run(tools.lune, ["run", "test/runner/start.luau", "build/classquest.rbxl"]));
}

main();
