import { ClassRecord, RosterEntry } from "shared/classroom/class-record";
import { isoWeek } from "shared/classroom/class-record-repair";
import { PlayerProfile } from "shared/domain";

/** A student's roster entry, made when they first join the class. */
export function newRosterEntry(player: Player, now: number): RosterEntry {
	return {
		user_id: player.UserId,
		display_name: player.DisplayName,
		joined_at: now,
		last_active: now,
		level: 1,
		xp_total: 0,
		week: isoWeek(now),
		xp_week: 0,
		activities_week: 0,
		streak: 0,
		achievements_week: [],
		subjects_week: {},
	};
}

export function rosterEntryOf(record: ClassRecord, userId: number): RosterEntry | undefined {
	return record.roster.find((entry) => entry.user_id === userId);
}

/** The week's counters start again when a new ISO week began since they were last counted. */
export function currentWeek(entry: RosterEntry, now: number): RosterEntry {
	const week = isoWeek(now);
	if (entry.week !== week) {
		entry.week = week;
		entry.xp_week = 0;
		entry.activities_week = 0;
		entry.achievements_week = [];
		entry.subjects_week = {};
	}
	return entry;
}

/** What the roster shows of a student, from their profile as held here now. */
export function copyFromProfile(entry: RosterEntry, player: Player, profile: PlayerProfile, now: number) {
	entry.display_name = player.DisplayName;
	entry.level = profile.experience.level;
	entry.xp_total = profile.experience.total_xp;
	entry.streak = profile.stats.study_streak.current;
	entry.last_active = now;
}
