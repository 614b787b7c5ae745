/** Calendar arithmetic on UTC day numbers (days since 1970-01-01), after Howard Hinnant's algorithms. */

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** The UTC year, month and day of a day number. */
export function civilFromDays(days: number): [number, number, number] {
	const z = days + 719468;
	const era = math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100));
	const mp = math.floor((5 * doy + 2) / 153);
	const month = mp < 10 ? mp + 3 : mp - 9;
	const day = doy - math.floor((153 * mp + 2) / 5) + 1;
	return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}
