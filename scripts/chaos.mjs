// `npm run chaos [-- --fast] [-- --filter TEXT]`: builds the test place and prints the fault matrix
// (what each fault lost or duplicated of the grants students earned). Exits 0 only when every row is 0 / 0.
import { prepare, run } from "./project.mjs";

const tools = prepare("test.project.json", "build/test.rbxl", { quiet: true });
process.exit(run(tools.lune, ["run", "test/runner/chaos.luau", "build/test.rbxl", ...process.argv.slice(2)]));
