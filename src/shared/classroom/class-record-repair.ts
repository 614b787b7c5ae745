import { LIMITS, QuestionSet, readContentPack } from "shared/content";
import {
	ArchivedBoard,
	CLASS_LIMITS,
	CLASS_RECORD_SCHEMA,
	ClassLogEntry,
	ClassRecord,
	ClassSettings,
	QuizQuestionRecord,
	QuizRecord,
	RosterEntry,
} from "./class-record";
import { LOG_TEXT } from "./class-log";
import { isIsoWeek } from "./iso-week";
import { JOIN_CODE_LIFETIME, readJoinCode } from "./join-code";
import {
	boundRepairs,
	dropUnknown,
	isPlainTable,
	isWholeFrom,
	Raw,
	repairFinite,
	repairFlag,
	repairList,
	repairText,
	repairWhole,
	shown,
} from "./repair-fields";
import { ROSTER_LIMITS } from "./roster";

// the contract names these as class-record-repair's; each lives in its own small module
export { isoWeek } from "./iso-week";
export { pushLog, LOG_TEXT } from "./class-log";
export { newRosterEntry, refreshRosterEntry, entryInWeek } from "./roster";
export type { RosterSnapshot } from "./roster";

/** Bounds of a record's text and nested lists that CLASS_LIMITS does not name. */
const TEXT = {
	id: 100,
	/** TeleportService access codes and PrivateServerIds are GUID-like; room to spare. */
	serverKey: 200,
	name: 40,
	setTitle: 100,
	boardTop: 100,
} as const;

export interface NewClassFields {
	readonly class_id: string;
	readonly name: string;
	readonly teacher_user_id: number;
	readonly teacher_name: string;
	readonly access_code: string;
	readonly private_server_id: string;
	/** Issued now, so it expires JOIN_CODE_LIFETIME from now. */
	readonly join_code?: string;
}

/** A class as the hub stores it when a teacher creates it. */
export function newClassRecord(fields: NewClassFields, now: number): ClassRecord {
	return {
		schema: CLASS_RECORD_SCHEMA,
		class_id: fields.class_id,
		name: fields.name,
		teacher_user_id: fields.teacher_user_id,
		teacher_name: fields.teacher_name,
		created_at: now,
		access_code: fields.access_code,
		private_server_id: fields.private_server_id,
		join_code: fields.join_code,
		join_code_expires_at: fields.join_code !== undefined ? now + JOIN_CODE_LIFETIME : undefined,
		settings: { locked: false, notifications_paused: false },
		roster: [],
		question_sets: [],
		quizzes: [],
		board_season: 0,
		archived_boards: [],
		log: [],
	};
}

export type ClassRecordRepair =
	| { readonly ok: true; readonly record: ClassRecord; readonly repairs: readonly string[] }
	| { readonly ok: false; readonly reason: string };

const ROSTER_FIELDS = [
	"user_id",
	"display_name",
	"joined_at",
	"last_active",
	"level",
	"xp_total",
	"week",
	"xp_week",
	"activities_week",
	"streak",
	"achievements_week",
	"subjects_week",
];

const RECORD_FIELDS = [
	"schema",
	"class_id",
	"name",
	"teacher_user_id",
	"teacher_name",
	"created_at",
	"access_code",
	"private_server_id",
	"join_code",
	"join_code_expires_at",
	"settings",
	"roster",
	"question_sets",
	"quizzes",
	"board_season",
	"archived_boards",
	"log",
];

/** Text that must be there and cannot be guessed: the class's identity. */
function identityText(raw: unknown, max: number): raw is string {
	return typeIs(raw, "string") && raw !== "" && raw.size() <= max;
}

function repairSettings(raw: unknown, repairs: string[]): ClassSettings {
	if (!isPlainTable(raw)) {
		repairs.push(`settings: ${shown(raw)} is not settings, set to unlocked with notifications on`);
		return { locked: false, notifications_paused: false };
	}
	dropUnknown(raw, ["locked", "notifications_paused", "class_quest"], "settings", repairs);
	const settings: ClassSettings = {
		locked: repairFlag(raw.locked, "settings, locked", false, repairs),
		notifications_paused: repairFlag(raw.notifications_paused, "settings, notifications_paused", false, repairs),
	};
	const quest = raw.class_quest;
	if (quest === undefined) return settings;
	if (isPlainTable(quest) && identityText(quest.quest_id, TEXT.id) && isWholeFrom(quest.deadline, 0)) {
		settings.class_quest = { quest_id: quest.quest_id, deadline: quest.deadline };
	} else {
		repairs.push("settings, class_quest: not a quest id with a deadline, so the class quest was ended");
	}
	return settings;
}

function repairSubjects(raw: unknown, where: string, repairs: string[]): RosterEntry["subjects_week"] {
	const subjects: RosterEntry["subjects_week"] = {};
	if (!isPlainTable(raw)) {
		repairs.push(`${where}, subjects_week: ${shown(raw)} is not a table of subjects, set to none`);
		return subjects;
	}
	let kept = 0;
	for (const [subject, tally] of pairs(raw)) {
		const path = `${where}, subjects_week ${shown(subject)}`;
		if (!identityText(subject, TEXT.id) || !isPlainTable(tally) || kept >= ROSTER_LIMITS.subjectsWeek) {
			repairs.push(`${path}: dropped (not a subject's answered and correct counts)`);
			continue;
		}
		const answered = repairWhole(tally.answered, `${path}, answered`, 0, repairs);
		const correct = repairWhole(tally.correct, `${path}, correct`, 0, repairs, 0, answered);
		subjects[subject] = { answered, correct };
		kept += 1;
	}
	return subjects;
}

function repairRosterEntry(raw: unknown, where: string, repairs: string[]): RosterEntry | undefined {
	if (!isPlainTable(raw) || !isWholeFrom(raw.user_id, 1)) {
		repairs.push(`${where}: dropped (no user id, so no student to show)`);
		return undefined;
	}
	const path = `${where} (user ${raw.user_id})`;
	dropUnknown(raw, ROSTER_FIELDS, path, repairs);
	const joinedAt = repairWhole(raw.joined_at, `${path}, joined_at`, 0, repairs);
	// "" is no week yet: the counters start when the student is next counted
	let week = raw.week;
	if (week !== "" && !isIsoWeek(week)) {
		repairs.push(`${path}, week: ${shown(week)} is not an ISO week, so the week's counters start again`);
		week = "";
	}
	const fresh = week === "";
	const counter = (value: unknown, name: string) => (fresh ? 0 : repairWhole(value, `${path}, ${name}`, 0, repairs));
	const achievements = fresh
		? []
		: repairList(
				raw.achievements_week,
				`${path}, achievements_week`,
				ROSTER_LIMITS.achievementsWeek,
				repairs,
				(id, at) => {
					if (identityText(id, TEXT.id)) return id;
					repairs.push(`${at}: dropped ${shown(id)} (not an achievement id)`);
					return undefined;
				},
			);
	return {
		user_id: raw.user_id,
		display_name: repairText(
			raw.display_name,
			`${path}, display_name`,
			`Student ${raw.user_id}`,
			ROSTER_LIMITS.displayName,
			repairs,
		),
		joined_at: joinedAt,
		last_active: repairWhole(raw.last_active, `${path}, last_active`, joinedAt, repairs),
		level: repairWhole(raw.level, `${path}, level`, 1, repairs, 1),
		xp_total: repairWhole(raw.xp_total, `${path}, xp_total`, 0, repairs),
		week: week as string,
		xp_week: counter(raw.xp_week, "xp_week"),
		activities_week: counter(raw.activities_week, "activities_week"),
		streak: repairWhole(raw.streak, `${path}, streak`, 0, repairs),
		achievements_week: achievements,
		subjects_week: fresh ? {} : repairSubjects(raw.subjects_week, path, repairs),
	};
}

function repairRoster(raw: unknown, repairs: string[]): RosterEntry[] {
	const entries = repairList(raw, "roster", CLASS_LIMITS.maxRoster, repairs, (entry, where) =>
		repairRosterEntry(entry, where, repairs),
	);
	// one row per student: a second row for the same student (the later, fresher one) replaces the first
	const result: RosterEntry[] = [];
	const index = new Map<number, number>();
	for (const entry of entries) {
		const earlier = index.get(entry.user_id);
		if (earlier === undefined) {
			index.set(entry.user_id, result.size());
			result.push(entry);
		} else {
			repairs.push(`roster: user ${entry.user_id} had two rows, kept the later one`);
			result[earlier] = entry;
		}
	}
	return result;
}

/** A stored question set, checked by the content format's own reader; undefined (said why) when it fails. */
function repairQuestionSet(raw: unknown, where: string, repairs: string[]): QuestionSet | undefined {
	const read = readContentPack({ sets: [raw] });
	if (read.ok) {
		for (const [, set] of read.content.sets) return set;
	}
	const id = isPlainTable(raw) && typeIs(raw.id, "string") ? ` ${shown(raw.id)}` : "";
	const first = read.ok ? "no set" : read.errors[0];
	const more = read.ok || read.errors.size() === 1 ? "" : ` (and ${read.errors.size() - 1} more problems)`;
	repairs.push(`${where}${id}: dropped, not a valid question set: ${first}${more}`);
	return undefined;
}

function repairQuestionSets(raw: unknown, repairs: string[]): QuestionSet[] {
	const ids = new Set<string>();
	return repairList(raw, "question_sets", CLASS_LIMITS.maxQuestionSets, repairs, (entry, where) => {
		const set = repairQuestionSet(entry, where, repairs);
		if (set === undefined) return undefined;
		if (ids.has(set.id)) {
			repairs.push(`${where}: dropped, a second set with the id "${set.id}"`);
			return undefined;
		}
		ids.add(set.id);
		return set;
	});
}

/** The most given wrong answers, at most CLASS_LIMITS.maxWrongAnswersKept (ties kept alphabetically). */
function repairWrongAnswers(raw: unknown, path: string, repairs: string[]): Record<string, number> {
	if (!isPlainTable(raw)) {
		repairs.push(`${path}: ${shown(raw)} is not a table of answers and counts, set to none`);
		return {};
	}
	const answers: [string, number][] = [];
	let bad = 0;
	for (const [answer, given] of pairs(raw)) {
		if (typeIs(answer, "string") && answer.size() <= LIMITS.option * 4 && isWholeFrom(given, 1)) {
			answers.push([answer, given]);
		} else {
			bad += 1;
		}
	}
	if (bad > 0)
		repairs.push(`${path}: dropped ${bad} entr${bad === 1 ? "y" : "ies"} that were not an answer and a count`);
	answers.sort((a, b) => (a[1] !== b[1] ? a[1] > b[1] : a[0] < b[0]));
	if (answers.size() > CLASS_LIMITS.maxWrongAnswersKept) {
		repairs.push(`${path}: ${answers.size()} answers, kept the ${CLASS_LIMITS.maxWrongAnswersKept} given most`);
	}
	const kept: Record<string, number> = {};
	answers.forEach(([answer, given], index) => {
		if (index < CLASS_LIMITS.maxWrongAnswersKept) kept[answer] = given;
	});
	return kept;
}

function repairQuizQuestion(raw: unknown, where: string, repairs: string[]): QuizQuestionRecord | undefined {
	if (!isPlainTable(raw) || !identityText(raw.question_id, TEXT.id)) {
		repairs.push(`${where}: dropped (no question id)`);
		return undefined;
	}
	dropUnknown(
		raw,
		["question_id", "prompt", "correct_answer", "asked", "answered", "correct", "wrong_answers", "skipped"],
		where,
		repairs,
	);
	const answered = repairWhole(raw.answered, `${where}, answered`, 0, repairs);
	return {
		question_id: raw.question_id,
		prompt: repairText(raw.prompt, `${where}, prompt`, "(question text lost)", LIMITS.prompt, repairs),
		correct_answer: repairText(
			raw.correct_answer,
			`${where}, correct_answer`,
			"(answer lost)",
			LIMITS.option,
			repairs,
		),
		asked: repairWhole(raw.asked, `${where}, asked`, answered, repairs),
		answered,
		correct: repairWhole(raw.correct, `${where}, correct`, 0, repairs, 0, answered),
		wrong_answers: repairWrongAnswers(raw.wrong_answers, `${where}, wrong_answers`, repairs),
		skipped: repairFlag(raw.skipped, `${where}, skipped`, false, repairs),
	};
}

function repairQuiz(raw: unknown, where: string, repairs: string[]): QuizRecord | undefined {
	if (!isPlainTable(raw) || !identityText(raw.quiz_id, TEXT.id) || !identityText(raw.set_id, TEXT.id)) {
		repairs.push(`${where}: dropped (no quiz id or set id)`);
		return undefined;
	}
	const path = `${where} (${shown(raw.quiz_id)})`;
	dropUnknown(raw, ["quiz_id", "set_id", "title", "started_at", "ended_at", "questions"], path, repairs);
	const startedAt = repairWhole(raw.started_at, `${path}, started_at`, 0, repairs);
	return {
		quiz_id: raw.quiz_id,
		set_id: raw.set_id,
		title: repairText(raw.title, `${path}, title`, "Quiz", TEXT.setTitle, repairs),
		started_at: startedAt,
		ended_at: repairWhole(raw.ended_at, `${path}, ended_at`, startedAt, repairs, startedAt),
		questions: repairList(
			raw.questions,
			`${path}, questions`,
			CLASS_LIMITS.maxQuestionsPerSet,
			repairs,
			(entry, at) => repairQuizQuestion(entry, at, repairs),
		),
	};
}

function repairArchivedBoard(raw: unknown, where: string, repairs: string[]): ArchivedBoard | undefined {
	if (!isPlainTable(raw) || !isWholeFrom(raw.season, 0)) {
		repairs.push(`${where}: dropped (no season)`);
		return undefined;
	}
	dropUnknown(raw, ["season", "archived_at", "top"], where, repairs);
	return {
		season: raw.season,
		archived_at: repairWhole(raw.archived_at, `${where}, archived_at`, 0, repairs),
		top: repairList(raw.top, `${where}, top`, TEXT.boardTop, repairs, (row, at) => {
			if (!isPlainTable(row) || !typeIs(row.name, "string")) {
				repairs.push(`${at}: dropped (no name)`);
				return undefined;
			}
			return {
				name: repairText(row.name, `${at}, name`, "Student", TEXT.name, repairs),
				score: repairFinite(row.score, `${at}, score`, 0, repairs),
			};
		}),
	};
}

function repairLogEntry(raw: unknown, where: string, repairs: string[]): ClassLogEntry | undefined {
	if (!isPlainTable(raw) || !identityText(raw.action, TEXT.id) || !isWholeFrom(raw.at, 0)) {
		repairs.push(`${where}: dropped (no action or time)`);
		return undefined;
	}
	const path = `${where} (${shown(raw.action)})`;
	dropUnknown(raw, ["at", "by", "by_name", "action", "target", "target_name", "detail", "reason"], path, repairs);
	const optionalText = (value: unknown, name: string, max: number) =>
		value === undefined ? undefined : repairText(value, `${path}, ${name}`, "", max, repairs, true);
	const target = raw.target === undefined ? undefined : repairWhole(raw.target, `${path}, target`, 0, repairs);
	return {
		at: raw.at,
		by: repairWhole(raw.by, `${path}, by`, 0, repairs),
		by_name: repairText(raw.by_name, `${path}, by_name`, "Teacher", TEXT.name, repairs),
		action: raw.action,
		target: target === 0 ? undefined : target,
		target_name: optionalText(raw.target_name, "target_name", TEXT.name),
		detail: repairText(raw.detail, `${path}, detail`, "", LOG_TEXT.detail, repairs, true),
		reason: optionalText(raw.reason, "reason", CLASS_LIMITS.maxReason),
	};
}

/** The join code, kept only when it is a code and has its expiry; a damaged one is retired (the teacher makes a new one). */
function repairJoinCode(raw: Raw, repairs: string[]): { join_code?: string; join_code_expires_at?: number } {
	if (raw.join_code === undefined && raw.join_code_expires_at === undefined) return {};
	const code = readJoinCode(raw.join_code);
	if (code.ok && code.code === raw.join_code && isWholeFrom(raw.join_code_expires_at, 0)) {
		return { join_code: code.code, join_code_expires_at: raw.join_code_expires_at };
	}
	repairs.push(
		`join_code: ${shown(raw.join_code)} expiring at ${shown(raw.join_code_expires_at)} is not a code with its expiry, so it was retired`,
	);
	return {};
}

/**
 * A stored class record, repaired field by field: wrong types and missing fields get defaults,
 * over-long lists keep their newest entries, bad roster rows, quizzes and log entries are dropped
 * one by one, and a question set the content format refuses is dropped whole; every repair is
 * named. Refused when it is not a class record at all, when what identifies the class (its id,
 * teacher, reserved server) is gone, or when it was written by a newer schema: an older server must
 * not overwrite what it cannot read.
 */
export function repairClassRecord(raw: unknown): ClassRecordRepair {
	if (!isPlainTable(raw)) return { ok: false, reason: `not a class record: ${shown(raw)}` };
	const repairs: string[] = [];
	const schema = raw.schema;
	if (typeIs(schema, "number") && schema > CLASS_RECORD_SCHEMA) {
		return {
			ok: false,
			reason: `schema ${schema} is newer than this server's ${CLASS_RECORD_SCHEMA}: left as it is, for a newer server`,
		};
	}
	if (schema !== CLASS_RECORD_SCHEMA) repairs.push(`schema: ${shown(schema)}, set to ${CLASS_RECORD_SCHEMA}`);
	if (!identityText(raw.class_id, TEXT.id))
		return { ok: false, reason: `class_id: ${shown(raw.class_id)} is not a class id` };
	if (!isWholeFrom(raw.teacher_user_id, 1)) {
		return { ok: false, reason: `teacher_user_id: ${shown(raw.teacher_user_id)} is not a user id` };
	}
	for (const field of ["access_code", "private_server_id"] as const) {
		if (!identityText(raw[field], TEXT.serverKey)) {
			return { ok: false, reason: `${field}: ${shown(raw[field])} is not the reserved server's key` };
		}
	}
	dropUnknown(raw, RECORD_FIELDS, "record", repairs);
	const record: ClassRecord = {
		schema: CLASS_RECORD_SCHEMA,
		class_id: raw.class_id,
		name: repairText(raw.name, "name", "My class", CLASS_LIMITS.maxClassName, repairs),
		teacher_user_id: raw.teacher_user_id,
		teacher_name: repairText(raw.teacher_name, "teacher_name", "Teacher", TEXT.name, repairs),
		created_at: repairWhole(raw.created_at, "created_at", 0, repairs),
		access_code: raw.access_code as string,
		private_server_id: raw.private_server_id as string,
		...repairJoinCode(raw, repairs),
		settings: repairSettings(raw.settings, repairs),
		roster: repairRoster(raw.roster, repairs),
		question_sets: repairQuestionSets(raw.question_sets, repairs),
		quizzes: repairList(raw.quizzes, "quizzes", CLASS_LIMITS.maxQuizzes, repairs, (entry, where) =>
			repairQuiz(entry, where, repairs),
		),
		board_season: repairWhole(raw.board_season, "board_season", 0, repairs),
		archived_boards: repairList(
			raw.archived_boards,
			"archived_boards",
			CLASS_LIMITS.maxArchivedBoards,
			repairs,
			(entry, where) => repairArchivedBoard(entry, where, repairs),
		),
		log: repairList(raw.log, "log", CLASS_LIMITS.maxLog, repairs, (entry, where) =>
			repairLogEntry(entry, where, repairs),
		),
	};
	return { ok: true, record, repairs: boundRepairs(repairs) };
}
