import { PLAYER_PROFILE_STORE, profileKey } from "server/persistence/player-profile-store";
import { Catalog } from "shared/catalog/types";
import { PlayerProfile } from "shared/domain";
import { RosterEntry } from "./class-roster";
import { ChurnSample, CHURN_BOARD, DataStoreSample } from "./server-watch";
import { WeekLog } from "./week-log";

/** The week as `npm start` hands it to the balance report (scripts/report): data.json, version 1. */
export interface WeekData {
	readonly version: 1;
	readonly seed: number;
	readonly days: number;
	readonly student_count: number;
	readonly max_level: number;
	readonly students: readonly StudentData[];
	readonly achievements: readonly { id: string; title: string; rarity: string; earned: number }[];
	readonly quests: Record<"assigned" | "progressed" | "completed" | "failed" | "abandoned", number>;
	readonly leaderboards: readonly { board_id: string; title: string; series: readonly ChurnSample[] }[];
	readonly datastore: { readonly series: readonly DataStoreSample[] };
	readonly refusals: readonly { who: string; action: string; reason: string; count: number }[];
	readonly quizzes: readonly { day: number; title: string; questions: number; answers: number; correct: number }[];
}

export interface StudentData {
	readonly user_id: number;
	readonly name: string;
	readonly habit: string;
	readonly joined_day: number;
	readonly final: { level: number; total_xp: number; coins: number; achievements: number; activities: number };
	readonly coins_earned: number;
	readonly coins_spent: number;
	/** School days (hours / 24 from the start of day 1) to reach levels 5 and 10; undefined = not reached. */
	readonly reached: { "5"?: number; "10"?: number };
	readonly series: readonly { t: number; xp: number; level: number }[];
	/** Whether a profile was saved for them at all. */
	readonly saved: boolean;
}

interface Observed {
	readonly entry: RosterEntry;
}

interface Watched {
	readonly dataStore: readonly DataStoreSample[];
	readonly churn: readonly ChurnSample[];
}

const round = (value: number, places = 3) => {
	const scale = 10 ** places;
	return math.round(value * scale) / scale;
};

/**
 * What the balance report is drawn from: the saved profiles (what a student keeps), the clients'
 * week log (what they were told as it happened) and the servers' samples.
 */
export function weekData(
	world: EmulatedWorld,
	options: { days: number; students: number; seed: number },
	log: WeekLog,
	students: readonly Observed[],
	catalog: Catalog,
	watched: Watched,
): WeekData {
	const profiles = new Map<number, PlayerProfile>();
	for (const { entry } of students) {
		const stored = world.dataStores.peek(PLAYER_PROFILE_STORE, profileKey(entry.userId)) as
			{ Data: PlayerProfile } | undefined;
		if (stored !== undefined) profiles.set(entry.userId, stored.Data);
	}
	const achievements = new Array<{ id: string; title: string; rarity: string; earned: number }>();
	for (const [id, achievement] of catalog.achievements) {
		if (achievement.metadata.secret) continue;
		let earned = 0;
		for (const [, profile] of profiles) if ((profile.achievement_progress[id]?.earned_count ?? 0) > 0) earned += 1;
		achievements.push({ id, title: achievement.display.title, rarity: achievement.metadata.rarity, earned });
	}
	achievements.sort((a, b) => (a.earned !== b.earned ? a.earned > b.earned : a.id < b.id));
	const board = catalog.leaderboards.get(CHURN_BOARD);
	const refusals = new Array<{ who: string; action: string; reason: string; count: number }>();
	for (const [, entry] of log.refusals) refusals.push({ ...entry });
	refusals.sort((a, b) => (a.count !== b.count ? a.count > b.count : `${a.who}${a.action}` < `${b.who}${b.action}`));
	return {
		version: 1,
		seed: options.seed,
		days: options.days,
		student_count: options.students,
		max_level: catalog.progression.hard_cap,
		students: students.map(({ entry }) => studentData(entry, profiles.get(entry.userId), log)),
		achievements,
		quests: {
			assigned: log.quests.get("assigned") ?? 0,
			progressed: log.quests.get("progressed") ?? 0,
			completed: log.quests.get("completed") ?? 0,
			failed: log.quests.get("failed") ?? 0,
			abandoned: log.quests.get("abandoned") ?? 0,
		},
		leaderboards: [{ board_id: CHURN_BOARD, title: board?.name ?? CHURN_BOARD, series: watched.churn }],
		datastore: { series: watched.dataStore },
		refusals,
		quizzes: log.quizzes,
	};
}

function studentData(entry: RosterEntry, profile: PlayerProfile | undefined, log: WeekLog): StudentData {
	const seen = log.studentOf(entry.userId);
	const reachedAt = (level: number) => {
		const hours = seen.reached.get(level);
		return hours !== undefined ? round(hours / 24) : undefined;
	};
	return {
		user_id: entry.userId,
		name: entry.name,
		habit: entry.habit.name,
		joined_day: entry.habit.joinDay,
		final: {
			level: profile?.experience.level ?? 1,
			total_xp: profile?.experience.total_xp ?? 0,
			coins: profile?.currency.coins ?? 0,
			achievements: profile?.achievements.total_earned ?? 0,
			activities: profile?.stats.activities_completed ?? 0,
		},
		coins_earned: seen.coinsEarned,
		coins_spent: seen.coinsSpent,
		reached: { "5": reachedAt(5), "10": reachedAt(10) },
		series: seen.series.map((sample) => ({ t: round(sample.t), xp: sample.xp, level: sample.level })),
		saved: profile !== undefined,
	};
}
