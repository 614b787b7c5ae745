// `npm run bench [-- EVENTS]`: builds the test place and prints the achievement engine benchmark
// (indexed vs naive scan, events per second). Figures, not a test: nothing here passes or fails on time.
import { prepare, run } from "./project.mjs";

const tools = prepare("test.project.json", "build/test.rbxl", { quiet: true });
process.exit(run(tools.lune, ["run", "test/runner/bench.luau", "build/test.rbxl", ...process.argv.slice(2)]));
