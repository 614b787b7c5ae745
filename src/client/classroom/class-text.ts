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

/** "25 min", "2 h 5 min", "6 d 4 h": how long until a deadline, for "... left" or "in ...". */
export function duration(seconds: number): string {
	const minutes = math.max(1, math.ceil(seconds / MINUTE));
	if (minutes < 60) return `${minutes} min`;
	if (seconds >= DAY) {
		const days = math.floor(seconds / DAY);
		const hours = math.floor((seconds % DAY) / HOUR);
		return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
	}
	const hours = math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "25 min left", "6 d 4 h left", "ended": a deadline against the clock. */
export function timeLeft(deadline: number, now: number): string {
	return deadline - now <= 0 ? "ended" : `${duration(deadline - now)} left`;
}

/** A share 0..1 as a whole percentage: "67%". */
export function percent(share: number): string {
	return `${math.floor(share * 100 + 0.5)}%`;
}

/** The seconds from now (the server's clock) to `closesAt`, whole and never below zero. */
export function secondsUntil(closesAt: number, now: number): number {
	return math.max(0, math.ceil(closesAt - now));
}
