import { LeaderboardDefinition } from "shared/catalog/types";
import { civilFromDays, daysFromCivil } from "shared/domain/calendar";
import { utcDay, utcWeek } from "shared/domain/numbers";

const DAY = 86400;

/**
 * Season rollover: when the catalog's current season ends, the next one starts at once and lasts
 * as long, numbered after it ("fall-2026", then "fall-2026-2", ...), until a designer sets a new
 * current_season. Undefined before the first season starts.
 */
function seasonIndex(board: LeaderboardDefinition, now: number): number | undefined {
	const season = board.seasons.current_season;
	if (now < season.started_at) return undefined;
	return math.floor((now - season.started_at) / (season.ends_at - season.started_at));
}

/**
 * The period a time falls in, as a key ("all", "2026-09-07" for the week starting that Monday,
 * "2026-09" for a month, "d2026-09-08" for a day, the season id); undefined before a seasonal
 * board's first season. Each period is its own board, so old periods stay readable.
 */
export function periodKey(board: LeaderboardDefinition, now: number): string | undefined {
	const start = periodStart(board, now);
	if (start === undefined) return undefined;
	switch (board.configuration.period) {
		case "all-time":
			return "all";
		case "seasonal": {
			const season = board.seasons.current_season;
			const index = seasonIndex(board, now)!;
			return index === 0 ? season.id : `${season.id}-${index + 1}`;
		}
		case "monthly": {
			const [year, month] = civilFromDays(utcDay(now));
			return `${year}-${two(month)}`;
		}
		case "weekly":
			return `week-${dateText(start)}`;
		case "daily":
			return `day-${dateText(start)}`;
	}
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** "2026-09-07" (os.date on Roblox formats only tables, so the date is worked out here). */
function dateText(time: number): string {
	const [year, month, day] = civilFromDays(utcDay(time));
	return `${year}-${two(month)}-${two(day)}`;
}

/** When the period containing `now` started (0 for all-time); undefined outside a season. */
export function periodStart(board: LeaderboardDefinition, now: number): number | undefined {
	switch (board.configuration.period) {
		case "all-time":
			return 0;
		case "seasonal": {
			const index = seasonIndex(board, now);
			if (index === undefined) return undefined;
			const season = board.seasons.current_season;
			return season.started_at + index * (season.ends_at - season.started_at);
		}
		case "monthly": {
			const [year, month] = civilFromDays(utcDay(now));
			return daysFromCivil(year, month, 1) * DAY;
		}
		case "weekly":
			return (utcWeek(now) * 7 - 3) * DAY;
		case "daily":
			return utcDay(now) * DAY;
	}
}

/** When the period containing `now` ends: 00:00 UTC, Monday 00:00 UTC, the 1st, the season's end; 0 never. */
export function periodEnd(board: LeaderboardDefinition, now: number): number {
	switch (board.configuration.period) {
		case "all-time":
			return 0;
		case "seasonal": {
			const index = seasonIndex(board, now);
			const season = board.seasons.current_season;
			return index === undefined
				? season.started_at
				: season.started_at + (index + 1) * (season.ends_at - season.started_at);
		}
		case "monthly": {
			const [year, month] = civilFromDays(utcDay(now));
			return month === 12 ? daysFromCivil(year + 1, 1, 1) * DAY : daysFromCivil(year, month + 1, 1) * DAY;
		}
		case "weekly":
			return ((utcWeek(now) + 1) * 7 - 3) * DAY;
		case "daily":
			return (utcDay(now) + 1) * DAY;
	}
}
