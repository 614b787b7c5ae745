// `npm run --silent scenario -- FILE.json`: builds the game, then runs the scenario through the
// compiled rules under Lune. Only the report goes to stdout; build output and logs go to stderr.
import { prepare, run } from "./project.mjs";

const file = process.argv[2];
if (!file) {
	console.error("usage: npm run --silent scenario -- FILE.json");
	process.exit(2);
}
const tools = prepare("default.project.json", "build/classquest.rbxl", { quiet: true });
process.exit(run(tools.lune, ["run", "test/runner/scenario.luau", "build/classquest.rbxl", file]));
