/** How the classroom's screens put times and shares into words. */

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/** "just now", "5 min ago", "3 h ago", "2 d ago": when a student was last active, against the clock. */
export function timeAgo(at: number, now: number): string {
	const seconds = math.max(0, now - at);
	if (seconds < MINUTE) return "just now";
	if (seconds < HOUR) return `${math.floor(seconds / MINUTE)} min ago`;
	if (seconds < DAY) return `${math.floor(seconds / HOUR)} h ago`;
	return `${math.floor(seconds / DAY)} d ago`;
}

/** "25 min left", "2 h 5 min left", "ended": a deadline against the clock. */
export function timeLeft(deadline: number, now: number): string {
	const seconds = deadline - now;
	if (seconds <= 0) return "ended";
	const minutes = math.ceil(seconds / MINUTE);
	if (minutes < 60) return `${minutes} min left`;
	const hours = math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest === 0 ? `${hours} h left` : `${hours} h ${rest} min left`;
}

/** A share 0..1 as a whole percentage: "67%". */
export function percent(share: number): string {
	return `${math.floor(share * 100 + 0.5)}%`;
}

/** The seconds from now (the server's clock) to `closesAt`, whole and never below zero. */
export function secondsUntil(closesAt: number, now: number): number {
	return math.max(0, math.ceil(closesAt - now));
}
