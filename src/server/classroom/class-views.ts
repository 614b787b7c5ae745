import { Catalog } from "shared/catalog/types";
import { ClassRecord } from "shared/classroom/class-record";
import {
	ClassBroadcast,
	ClassSetSummary,
	ConsoleView,
	LiveQuizView,
	TeacherQuizView,
} from "shared/classroom/classroom-protocol";
import { isoWeek } from "shared/classroom/class-record-repair";
import { showJoinCode } from "shared/classroom/join-code";
import { Content } from "shared/content";
import { LiveClassState } from "./classroom";

/** Log entries the console shows (the record keeps more). */
const CONSOLE_LOG = 50;

/** What the views read of the running quiz (class-quiz.ts). */
export interface QuizViews {
	studentView(userId: number): LiveQuizView | undefined;
	teacherView(online: number): TeacherQuizView | undefined;
}

function classQuestOf(record: ClassRecord, catalog: Catalog, now: number) {
	const quest = record.settings.class_quest;
	if (quest === undefined || quest.deadline <= now) return undefined;
	return {
		quest_id: quest.quest_id,
		title: catalog.quests.get(quest.quest_id)?.info.title ?? quest.quest_id,
		deadline: quest.deadline,
	};
}

/** What one player on a class server is told of the class. */
export function classView(
	player: Player,
	teacher: boolean,
	record: ClassRecord | undefined,
	live: LiveClassState,
	catalog: Catalog,
	quiz: QuizViews,
	now: number,
): ClassBroadcast {
	const role = teacher ? "teacher" : "student";
	if (record === undefined) return { place: "class", role, frozen: false, notifications_paused: false };
	return {
		place: "class",
		role,
		class_id: record.class_id,
		name: record.name,
		teacher_name: record.teacher_name,
		announcement: live.announcement,
		frozen: live.frozen,
		notifications_paused: record.settings.notifications_paused,
		spotlight: live.spotlight,
		class_quest: classQuestOf(record, catalog, now),
		quiz: teacher ? undefined : quiz.studentView(player.UserId),
	};
}

/** The question sets a teacher can start a quiz with: their own first, then the game's, by title. */
export function setSummaries(record: ClassRecord, content: Content): ClassSetSummary[] {
	const own = record.question_sets.map((set) => ({
		set_id: set.id,
		title: set.title,
		subject: set.subject,
		question_count: set.questions.size(),
		own: true,
	}));
	const builtIn = new Array<ClassSetSummary>();
	for (const [, set] of content.sets) {
		// a live quiz shows choices to tap: sets of typed or ordering questions are for the stations
		const choosable = set.questions.every((q) => q.type === "multiple_choice" || q.type === "true_false");
		if (choosable)
			builtIn.push({
				set_id: set.id,
				title: set.title,
				subject: set.subject,
				question_count: set.questions.size(),
				own: false,
			});
	}
	builtIn.sort((a, b) => (a.title === b.title ? a.set_id < b.set_id : a.title < b.title));
	return [...own, ...builtIn];
}

/** The teacher's console. */
export function consoleView(
	record: ClassRecord,
	live: LiveClassState,
	catalog: Catalog,
	content: Content,
	quiz: QuizViews,
	online: readonly Player[],
	now: number,
): ConsoleView {
	const here = new Set(online.map((player) => player.UserId));
	const week = isoWeek(now);
	const roster = record.roster
		.filter((entry) => entry.user_id !== record.teacher_user_id)
		.map((entry) => ({
			user_id: entry.user_id,
			display_name: entry.display_name,
			online: here.has(entry.user_id),
			level: entry.level,
			// counters of an older week are last week's: this week the student has earned nothing yet
			xp_week: entry.week === week ? entry.xp_week : 0,
			streak: entry.streak,
			last_active: entry.last_active,
		}));
	roster.sort((a, b) => (a.online !== b.online ? a.online : a.display_name.lower() < b.display_name.lower()));
	const log = new Array<ConsoleView["log"][number]>();
	for (let i = record.log.size() - 1; i >= 0 && log.size() < CONSOLE_LOG; i--) log.push(record.log[i]);
	const quests = new Array<{ quest_id: string; title: string }>();
	for (const [id, quest] of catalog.quests) quests.push({ quest_id: id, title: quest.info.title });
	quests.sort((a, b) => a.title < b.title);
	return {
		class_id: record.class_id,
		name: record.name,
		join_code:
			record.join_code !== undefined && (record.join_code_expires_at ?? 0) > now
				? showJoinCode(record.join_code)
				: undefined,
		join_code_expires_at: record.join_code_expires_at,
		locked: record.settings.locked,
		frozen: live.frozen,
		notifications_paused: record.settings.notifications_paused,
		spotlight: live.spotlight,
		class_quest: classQuestOf(record, catalog, now),
		roster,
		log,
		question_sets: setSummaries(record, content),
		quests,
		quiz: quiz.teacherView(roster.filter((row) => row.online).size()),
	};
}
