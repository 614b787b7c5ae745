import { PROFILE_SCHEMA_VERSION } from "./player-profile";

interface Migration {
	readonly from: number;
	readonly describe: string;
	readonly migrate: (data: Record<string, unknown>) => void;
}

/**
 * Each step turns a profile of schema `from` into `from + 1`. Version 0 is a profile saved before
 * profiles carried a version: it has the same fields as version 1, so the field-by-field repair
 * that follows every migration completes it.
 */
const MIGRATIONS: readonly Migration[] = [
	{
		from: 0,
		describe: "stamped with schema 1",
		migrate: (data) => {
			data.schema_version = 1;
		},
	},
	{
		from: 1,
		describe: "achievement_progress and badges_owned added",
		migrate: (data) => {
			data.achievement_progress ??= {};
			data.badges_owned ??= {};
			data.schema_version = 2;
		},
	},
	{
		from: 2,
		describe: "quest_progress, quest_history, quest_day and subject_activities added",
		migrate: (data) => {
			data.quest_progress ??= {};
			data.quest_history ??= {};
			data.quest_day ??= 0;
			data.subject_activities ??= {};
			data.schema_version = 3;
		},
	},
	{
		from: 3,
		describe: "classroom, leaderboard_scores and leaderboard_metrics added",
		migrate: (data) => {
			data.classroom ??= { class_id: "", school_id: "", country: "" };
			data.leaderboard_scores ??= {};
			data.leaderboard_metrics ??= {};
			data.schema_version = 4;
		},
	},
	{
		from: 4,
		describe: "prizes_received added",
		migrate: (data) => {
			data.prizes_received ??= [];
			data.schema_version = 5;
		},
	},
	{
		from: 5,
		describe: "fair_play and subject_accuracy added",
		migrate: (data) => {
			data.fair_play ??= { day: 0, xp_by_type: {}, set_runs: {}, rushed_answers: 0 };
			data.subject_accuracy ??= {};
			data.schema_version = 6;
		},
	},
];

/** Runs the migrations from `version` up to the current schema, noting each in `repairs`. */
export function migrateProfile(data: Record<string, unknown>, version: number, repairs: string[]) {
	let current = math.max(0, math.floor(version));
	while (current < PROFILE_SCHEMA_VERSION) {
		const step = MIGRATIONS.find((m) => m.from === current);
		if (step === undefined) error(`no profile migration from schema ${current}`);
		step.migrate(data);
		repairs.push(`schema ${current} -> ${current + 1}: ${step.describe}`);
		current += 1;
	}
	return data;
}
