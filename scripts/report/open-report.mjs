// Opens a balance report in headless Chromium (Debian's `chromium` package) through
// playwright-core, and reports what a reader would see: each chart's size and marks, and every
// script error. Used by npm test's report checks and to take the README's screenshot.
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** Where Debian installs Chromium; CHROMIUM overrides it. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export function chromiumAvailable() {
	return existsSync(CHROMIUM);
}

/**
 * Loads `htmlPath`, then runs `inspect(page)` and returns its result with the page's script
 * errors and console errors.
 */
export async function openReport(htmlPath, inspect) {
	const { chromium } = await import("playwright-core");
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
	try {
		const page = await browser.newPage({ viewport: { width: 1000, height: 1300 } });
		const errors = [];
		page.on("pageerror", (error) => errors.push(`script error: ${error.message}`));
		page.on("console", (message) => message.type() === "error" && errors.push(`console error: ${message.text()}`));
		await page.goto(pathToFileURL(htmlPath).href, { waitUntil: "load" });
		const result = await inspect(page);
		return { result, errors };
	} finally {
		await browser.close();
	}
}

/** Every chart on the page: its caption, drawn size, and how many of its marks have a visible size. */
export function chartsOf(page) {
	return page.$$eval("figure.chart", (figures) =>
		figures.map((figure) => {
			const svg = figure.querySelector("svg");
			const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
			const marks = svg ? [...svg.querySelectorAll(".mark")] : [];
			const drawn = marks.filter((mark) => {
				const b = mark.getBBox();
				return b.width > 0 || b.height > 0;
			}).length;
			return { title: figure.querySelector("figcaption")?.textContent ?? "(no caption)", width: box.width, height: box.height, marks: marks.length, drawn };
		}),
	);
}
