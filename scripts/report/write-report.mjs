// Reads a week's data file, checks it and writes the report page beside it.
import { readFileSync, writeFileSync } from "node:fs";
import { renderReport } from "./render-report.mjs";
import { readWeekData, WeekDataError } from "./week-data.mjs";

/** { ok: true } or { ok: false, error } naming the file and what in it is wrong. */
export function writeReport(dataPath, outPath) {
	let raw;
	try {
		raw = JSON.parse(readFileSync(dataPath, "utf8"));
	} catch (error) {
		return { ok: false, error: `${dataPath}: ${error.code === "ENOENT" ? "no such file (run npm start first)" : `not JSON: ${error.message}`}` };
	}
	try {
		writeFileSync(outPath, renderReport(readWeekData(raw)));
		return { ok: true };
	} catch (error) {
		if (error instanceof WeekDataError) return { ok: false, error: `${dataPath}: ${error.message}` };
		throw error;
	}
}
