// `node scripts/report-screenshot.mjs [REPORT.html] [OUT.png]`: the README's picture of the
// balance report (docs/report.png), taken in headless Chromium from a report npm start wrote.
import { resolve } from "node:path";
import { openReport } from "./report/open-report.mjs";

const [html = "build/report/index.html", out = "docs/report.png"] = process.argv.slice(2);
const { errors } = await openReport(resolve(html), async (page) => {
	await page.setViewportSize({ width: 1000, height: 1500 });
	await page.screenshot({ path: out });
});
if (errors.length > 0) console.error(errors.join("\n"));
console.log(`report screenshot: ${out}`);
