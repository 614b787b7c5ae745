// `node scripts/report.mjs [DATA.json] [OUT.html]`: redraws the balance report from a week's data
// without simulating again (npm start does both). Defaults: build/report/data.json and index.html.
import { writeReport } from "./report/write-report.mjs";

const [data = "build/report/data.json", out = "build/report/index.html"] = process.argv.slice(2);
const result = writeReport(data, out);
if (!result.ok) {
	console.error(`report: ${result.error}`);
	process.exit(1);
}
console.log(`report: ${out}`);
