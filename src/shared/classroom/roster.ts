import { RosterEntry } from "./class-record";

/** Bounds of a roster entry's own lists, so one student's row stays small. */
export const ROSTER_LIMITS = {
	displayName: 40,
	/** Achievements earned in one week that the report counts. */
	achievementsWeek: 100,
	/** Subjects counted in one week (there are six; room for content added later). */
	subjectsWeek: 20,
} as const;

/** What the server read of a student (from their profile, and what they did since the roster entry was written). */
export interface RosterSnapshot {
	readonly display_name: string;
	readonly level: number;
	readonly xp_total: number;
	readonly streak: number;
	/** When this was read (Unix seconds): the entry's last_active. */
	readonly at: number;
	/** Done since the entry was last refreshed, counted into the week given to refreshRosterEntry. */
	readonly xp_gained?: number;
	readonly activities?: number;
	readonly achievements?: readonly string[];
	readonly answers?: Readonly<Record<string, { readonly answered: number; readonly correct: number }>>;
}

/** A student's first roster entry, when they join the class. */
export function newRosterEntry(userId: number, displayName: string, now: number, week: string): RosterEntry {
	return {
		user_id: userId,
		display_name: displayName,
		joined_at: now,
		last_active: now,
		level: 1,
		xp_total: 0,
		week,
		xp_week: 0,
		activities_week: 0,
		streak: 0,
		achievements_week: [],
		subjects_week: {},
	};
}

/** A count the snapshot gave, as a whole number of at least 0 (a caller's bad number counts as none). */
function count(value: number | undefined): number {
	return value !== undefined && value === value && value > 0 && value < math.huge ? math.floor(value) : 0;
}

/**
 * The entry brought up to date with `snapshot` in ISO week `week` ("2026-W49"): a new entry, the old
 * one untouched. When the entry's counters are for another week they start again from 0 before the
 * snapshot's are added, so "XP this week" is never last week's.
 */
export function refreshRosterEntry(entry: RosterEntry, snapshot: RosterSnapshot, week: string): RosterEntry {
	const sameWeek = entry.week === week;
	const achievements = sameWeek ? [...entry.achievements_week] : [];
	for (const id of snapshot.achievements ?? []) {
		if (!achievements.includes(id) && achievements.size() < ROSTER_LIMITS.achievementsWeek) achievements.push(id);
	}
	const subjects: Record<string, { answered: number; correct: number }> = {};
	let subjectCount = 0;
	if (sameWeek) {
		for (const [subject, tally] of pairs(entry.subjects_week)) {
			subjects[subject] = { answered: tally.answered, correct: tally.correct };
			subjectCount += 1;
		}
	}
	for (const [subject, tally] of pairs(snapshot.answers ?? {})) {
		const current = subjects[subject];
		if (current === undefined && subjectCount >= ROSTER_LIMITS.subjectsWeek) continue;
		const answered = (current?.answered ?? 0) + count(tally.answered);
		const correct = math.min(answered, (current?.correct ?? 0) + count(tally.correct));
		if (current === undefined) subjectCount += 1;
		subjects[subject] = { answered, correct };
	}
	return {
		user_id: entry.user_id,
		display_name: snapshot.display_name,
		joined_at: entry.joined_at,
		last_active: math.max(entry.last_active, snapshot.at),
		level: snapshot.level,
		xp_total: snapshot.xp_total,
		week,
		xp_week: (sameWeek ? entry.xp_week : 0) + count(snapshot.xp_gained),
		activities_week: (sameWeek ? entry.activities_week : 0) + count(snapshot.activities),
		streak: snapshot.streak,
		achievements_week: achievements,
		subjects_week: subjects,
	};
}

/** The entry as the current week's counters see it: zeros when its counters are for an older week. */
export function entryInWeek(entry: RosterEntry, week: string): RosterEntry {
	if (entry.week === week) return entry;
	return { ...entry, week, xp_week: 0, activities_week: 0, achievements_week: [], subjects_week: {} };
}
