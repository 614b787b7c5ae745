import { daysFromCivil } from "shared/domain";

/** Unix seconds of an ISO 8601 UTC time ("2026-09-01T08:00:00Z"), or undefined when it is not one. */
export function parseIsoUtc(text: string): number | undefined {
	const [y, mo, d, h, mi, s] = text.match("^(%d%d%d%d)%-(%d%d)%-(%d%d)T(%d%d):(%d%d):(%d%d)Z$");
	if (y === undefined) return undefined;
	const year = tonumber(y)!;
	const month = tonumber(mo)!;
	const day = tonumber(d)!;
	const hour = tonumber(h)!;
	const minute = tonumber(mi)!;
	const second = tonumber(s)!;
	if (
		month < 1 ||
		month > 12 ||
		day < 1 ||
		day > daysInMonth(year, month) ||
		hour > 23 ||
		minute > 59 ||
		second > 59
	) {
		return undefined;
	}
	return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
