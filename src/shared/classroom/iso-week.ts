import { civilFromDays, daysFromCivil } from "shared/domain";

const DAY = 86400;

/**
 * The ISO 8601 week of a Unix time, in UTC: "2026-W49". Weeks start on Monday and belong to the
 * year of their Thursday, so 2024-12-30 is in 2025-W01 and 2021-01-03 in 2020-W53.
 */
export function isoWeek(unixSeconds: number): string {
	const day = math.floor(unixSeconds / DAY);
	// day 0 (1970-01-01) was a Thursday; Monday is 0
	const weekday = (day + 3) % 7;
	const thursday = day - weekday + 3;
	const [year] = civilFromDays(thursday);
	const week = math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
	return `${year}-W${week < 10 ? "0" : ""}${week}`;
}

/** Whether `text` is shaped like an ISO week ("2026-W49"). */
export function isIsoWeek(text: unknown): text is string {
	if (!typeIs(text, "string")) return false;
	const [year, week] = text.match("^(%d%d%d%d)%-W(%d%d)$");
	if (year === undefined) return false;
	const number = tonumber(week)!;
	return number >= 1 && number <= 53;
}
