import { Players } from "@rbxts/services";
import { Catalog } from "shared/catalog/types";
import { CLASS_LIMITS, classBoardGroup, ClassRecord } from "shared/classroom/class-record";
import { ClassReport, ImportReply } from "shared/classroom/classroom-protocol";
import { buildClassReport } from "shared/classroom/class-report";
import { readQuestionText, readSetTitle, toQuestionSet } from "shared/classroom/question-import";
import { JOIN_CODE_LIFETIME, newJoinCode, showJoinCode } from "shared/classroom/join-code";
import { isSubjectId, SubjectId } from "shared/content";
import { GameEvent, periodKey, readGameEvent, refusalText } from "shared/domain";
import { EventPipeline } from "server/events/event-pipeline";
import { LeaderboardService } from "server/leaderboards/leaderboard-service";
import { PlayerSessions } from "server/players/player-sessions";
import { filterForBroadcast } from "server/text/text-filter";
import { Classroom } from "./classroom";
import { ClassStore } from "./class-store";
import { ClassWorld } from "./class-world";
import { flag, text, wholeNumber } from "./teacher-fields";

/** An action's outcome: done, or why not in words a teacher reads. */
export type Outcome = string | undefined;

const FILTER_DOWN = "the text filter is not answering, so nothing was changed: try again in a moment";
const NO_CLASS = "this server has no class";
const MAX_XP = 1000;
const MAX_COINS = 500;
/** A class quest runs from 5 minutes to two weeks. */
const QUEST_MINUTES = { min: 5, max: 20160 };

/**
 * Everything a teacher does to their class, checked field by field, applied, and written to the
 * class's log with who, what, when and why. The remotes (teacher-remotes.ts) have already made
 * sure the caller is this class's teacher.
 */
export class TeacherActions {
	private readonly random = new Random();

	public constructor(
		private readonly classroom: Classroom,
		private readonly world: ClassWorld,
		private readonly pipeline: EventPipeline,
		private readonly sessions: PlayerSessions,
		private readonly leaderboards: LeaderboardService,
		private readonly store: ClassStore,
		private readonly catalog: Catalog,
	) {}

	/** Award (`grant`) or take back (`revoke`) XP, coins or a badge from one student, with a reason. */
	public award(teacher: Player, fields: Record<string, unknown>, kind: "grant" | "revoke"): Outcome {
		const record = this.classroom.peek();
		if (record === undefined) return NO_CLASS;
		const student = this.student(record, fields.user_id);
		if (typeIs(student, "string")) return student;
		const xp = wholeNumber(fields, "xp", 1, MAX_XP);
		if (!xp.ok) return xp.reason;
		const coins = wholeNumber(fields, "coins", 1, MAX_COINS);
		if (!coins.ok) return coins.reason;
		const badge = fields.badge_id;
		if (badge !== undefined && (!typeIs(badge, "string") || !this.catalog.badges.has(badge)))
			return `badge_id: no badge "${tostring(badge).sub(1, 40)}" in the game`;
		if (xp.value === undefined && coins.value === undefined && badge === undefined)
			return "say what to give: xp, coins or badge_id";
		const reason = text(fields, "reason", CLASS_LIMITS.maxReason);
		if (!reason.ok) return `${reason.reason} (a reason is needed: the student sees it, and it is logged)`;
		const filtered = filterForBroadcast(reason.value!, teacher.UserId);
		if (filtered === undefined) return FILTER_DOWN;
		const raw = { kind, xp: xp.value, coins: coins.value, badge_id: badge, reason: filtered };
		const read = readGameEvent(raw, this.catalog, { kinds: [kind] });
		if (!read.ok) return refusalText(read);
		this.pipeline.submit(student.user_id, read.event as GameEvent);
		const parts = new Array<string>();
		const sign = kind === "grant" ? "+" : "-";
		if (xp.value !== undefined) parts.push(`${sign}${xp.value} XP`);
		if (coins.value !== undefined) parts.push(`${sign}${coins.value} coins`);
		if (badge !== undefined) parts.push(`${kind === "grant" ? "badge" : "badge taken"} ${badge}`);
		this.classroom.log(teacher, {
			action: kind === "grant" ? "award" : "revoke",
			target: student.user_id,
			target_name: student.display_name,
			detail: parts.join(", "),
			reason: filtered,
		});
		return undefined;
	}

	public startClassQuest(teacher: Player, fields: Record<string, unknown>): Outcome {
		const record = this.classroom.peek();
		if (record === undefined) return NO_CLASS;
		const questId = fields.quest_id;
		if (!typeIs(questId, "string") || !this.catalog.quests.has(questId))
			return `quest_id: no quest "${tostring(questId).sub(1, 40)}" in the game`;
		const minutes = wholeNumber(fields, "minutes", QUEST_MINUTES.min, QUEST_MINUTES.max);
		if (!minutes.ok) return minutes.reason;
		if (minutes.value === undefined)
			return `minutes: say how long the class has (${QUEST_MINUTES.min} to ${QUEST_MINUTES.max})`;
		const running = record.settings.class_quest;
		if (running !== undefined && running.deadline > os.time() && running.quest_id !== questId)
			return "a class quest is already running: end it first";
		const deadline = os.time() + minutes.value * 60;
		record.settings.class_quest = { quest_id: questId, deadline };
		for (const entry of record.roster)
			if (entry.user_id !== record.teacher_user_id)
				this.pipeline.submit(entry.user_id, { kind: "class_quest", quest_id: questId, deadline });
		this.classroom.log(teacher, {
			action: "class_quest",
			detail: `${this.catalog.quests.get(questId)!.info.title}, for ${minutes.value} minutes`,
		});
		return undefined;
	}

	public endClassQuest(teacher: Player): Outcome {
		const record = this.classroom.peek();
		if (record === undefined) return NO_CLASS;
		const running = record.settings.class_quest;
		if (running === undefined) return "no class quest is running";
		record.settings.class_quest = undefined;
		for (const entry of record.roster)
			if (entry.user_id !== record.teacher_user_id)
				this.pipeline.submit(entry.user_id, { kind: "end_class_quest", quest_id: running.quest_id });
		this.classroom.log(teacher, {
			action: "end_class_quest",
			detail: this.catalog.quests.get(running.quest_id)?.info.title ?? running.quest_id,
		});
		return undefined;
	}

	/** Starts new class boards; with `archive` the old boards' top 10 stay in the class record. */
	public resetBoard(teacher: Player, fields: Record<string, unknown>): Outcome {
		const record = this.classroom.peek();
		if (record === undefined) return NO_CLASS;
		const archive = flag(fields, "archive");
		if (!archive.ok) return archive.reason;
		const group = classBoardGroup(record.class_id, record.board_season);
		if (archive.value) {
			this.leaderboards.flush();
			const top = new Array<{ name: string; score: number }>();
			for (const [id, board] of this.catalog.leaderboards) {
				if (board.configuration.scope !== "class") continue;
				const period = periodKey(board, os.time());
				if (period === undefined) continue;
				for (const entry of this.leaderboards.top(id, period, group, 10, false)) {
					const row = record.roster.find((r) => tostring(r.user_id) === entry.user_id);
					top.push({ name: `${row?.display_name ?? "a student"} (${board.name})`, score: entry.score });
				}
			}
			record.archived_boards.push({ season: record.board_season, archived_at: os.time(), top });
			while (record.archived_boards.size() > CLASS_LIMITS.maxArchivedBoards) record.archived_boards.remove(0);
		}
		record.board_season += 1;
		const newGroup = classBoardGroup(record.class_id, record.board_season);
		for (const player of this.sessions.players()) {
			const profile = this.sessions.profileOf(player);
			if (profile !== undefined) profile.classroom.class_id = newGroup;
		}
		this.classroom.log(teacher, {
			action: "reset_board",
			detail: archive.value ? "reset, old board archived" : "reset",
		});
		return undefined;
	}

	public spotlight(teacher: Player, fields: Record<string, unknown>): Outcome {
		const record = this.classroom.peek();
		if (record === undefined) return NO_CLASS;
		if (fields.user_id === undefined) {
			this.classroom.live.spotlight = undefined;
			this.world.spotlight(undefined);
			this.classroom.log(teacher, { action: "spotlight", detail: "spotlight cleared" });
			return undefined;
		}
		const student = this.student(record, fields.user_id);
		if (typeIs(student, "string")) return student;
		if (Players.GetPlayerByUserId(student.user_id) === undefined) return `${student.display_name} is not here`;
		this.classroom.live.spotlight = { user_id: student.user_id, display_name: student.display_name };
		this.world.spotlight(student.user_id);
		this.classroom.log(teacher, {
			action: "spotlight",
			target: student.user_id,
			target_name: student.display_name,
			detail: "spotlighted",
		});
		return undefined;
	}

	public setFrozen(teacher: Player, fields: Record<string, unknown>): Outcome {
		const frozen = flag(fields, "frozen");
		if (!frozen.ok) return frozen.reason;
		this.classroom.live.frozen = frozen.value;
		this.world.setFrozen(frozen.value);
		this.classroom.log(teacher, {
			action: "freeze",
			detail: frozen.value ? "movement frozen" : "movement unfrozen",
		});
		return undefined;
	}

	public bringEveryone(teacher: Player): Outcome {
		const moved = this.world.bringTo(teacher);
		if (teacher.Character === undefined) return "you have no character in the world yet";
		this.classroom.log(teacher, { action: "bring", detail: `${moved} students brought to the teacher` });
		return undefined;
	}

	public setLocked(teacher: Player, fields: Record<string, unknown>): Outcome {
		const record = this.classroom.peek();
		if (record === undefined) return NO_CLASS;
		const locked = flag(fields, "locked");
		if (!locked.ok) return locked.reason;
		record.settings.locked = locked.value;
		this.classroom.log(teacher, { action: "lock", detail: locked.value ? "locked to new students" : "unlocked" });
		return undefined;
	}

	/** Retires the class's code and issues a new one; returns it as students type it, or why not. */
	public newJoinCode(teacher: Player): { code: string } | string {
		const record = this.classroom.peek();
		if (record === undefined || record.access_code === "")
			return "this class has no join code: students join your private server from the experience page";
		const now = os.time();
		const code = this.store.issueCode(record.class_id, now, () => newJoinCode(() => this.random.NextNumber()));
		if (code === undefined) return "no join code could be issued just now: try again";
		const old = record.join_code;
		record.join_code = code;
		record.join_code_expires_at = now + JOIN_CODE_LIFETIME;
		if (old !== undefined && old !== code) this.store.retireCode(old, record.class_id);
		this.classroom.log(teacher, { action: "new_code", detail: `new join code ${showJoinCode(code)}` });
		this.classroom.save();
		return { code: showJoinCode(code) };
	}

	public announce(teacher: Player, fields: Record<string, unknown>): Outcome {
		const said = text(fields, "text", CLASS_LIMITS.maxAnnouncement);
		if (!said.ok) return said.reason;
		const filtered = filterForBroadcast(said.value!, teacher.UserId);
		if (filtered === undefined) return FILTER_DOWN;
		this.classroom.live.announcement = { text: filtered, at: os.time() };
		this.classroom.log(teacher, { action: "announce", detail: filtered });
		return undefined;
	}

	public setNotificationsPaused(teacher: Player, fields: Record<string, unknown>): Outcome {
		const record = this.classroom.peek();
		if (record === undefined) return NO_CLASS;
		const paused = flag(fields, "paused");
		if (!paused.ok) return paused.reason;
		record.settings.notifications_paused = paused.value;
		this.classroom.log(teacher, {
			action: "notifications",
			detail: paused.value ? "notifications paused" : "notifications on",
		});
		return undefined;
	}

	public previewQuestions(fields: Record<string, unknown>): ImportReply {
		return readQuestionText(fields.text);
	}

	/** Reads, filters and saves a pasted question set; the reply shows the questions as saved (filtered). */
	public saveQuestionSet(teacher: Player, fields: Record<string, unknown>): ImportReply {
		const record = this.classroom.peek();
		if (record === undefined) return { ok: false, reason: NO_CLASS, errors: [] };
		const title = readSetTitle(fields.title);
		if (!title.ok) return { ok: false, reason: title.reason, errors: [] };
		let subject: SubjectId = "math";
		if (fields.subject !== undefined) {
			if (!typeIs(fields.subject, "string") || !isSubjectId(fields.subject))
				return {
					ok: false,
					reason: `subject: expected one of math, science, reading, history, geography, computing`,
					errors: [],
				};
			subject = fields.subject;
		}
		const read = readQuestionText(fields.text);
		if (!read.ok) return read;
		if (record.question_sets.size() >= CLASS_LIMITS.maxQuestionSets)
			return {
				ok: false,
				reason: `the class has ${CLASS_LIMITS.maxQuestionSets} question sets, the most it keeps`,
				errors: [],
			};
		// every word a student will read goes through the filter first
		const filter = (s: string) => filterForBroadcast(s, teacher.UserId);
		const filteredTitle = filter(title.title);
		if (filteredTitle === undefined) return { ok: false, reason: FILTER_DOWN, errors: [] };
		const questions = new Array<(typeof read.questions)[number]>();
		for (const question of read.questions) {
			const prompt = filter(question.prompt);
			const correct = filter(question.correct_answer);
			const wrong = new Array<string>();
			for (const answer of question.wrong_answers) {
				const filtered = filter(answer);
				if (filtered === undefined) return { ok: false, reason: FILTER_DOWN, errors: [] };
				wrong.push(filtered);
			}
			if (prompt === undefined || correct === undefined) return { ok: false, reason: FILTER_DOWN, errors: [] };
			questions.push({ line: question.line, prompt, correct_answer: correct, wrong_answers: wrong });
		}
		const setId = `class-${record.class_id.sub(1, 8)}-${record.question_sets.size() + 1}-${os.time() % 100000}`;
		const set = toQuestionSet(setId, filteredTitle, subject, questions, os.time());
		record.question_sets.push(set as ClassRecord["question_sets"][number]);
		this.classroom.log(teacher, {
			action: "save_questions",
			detail: `"${filteredTitle}", ${questions.size()} questions`,
		});
		return { ok: true, questions, set_id: setId };
	}

	public report(): ClassReport | string {
		const record = this.classroom.peek();
		if (record === undefined) return NO_CLASS;
		return buildClassReport(record, os.time());
	}

	private student(record: ClassRecord, userId: unknown) {
		if (!typeIs(userId, "number") || userId % 1 !== 0) return "user_id: expected a student's user id";
		const entry = record.roster.find((row) => row.user_id === userId);
		if (entry === undefined || userId === record.teacher_user_id)
			return `user ${userId} is not a student of this class`;
		return entry;
	}
}
