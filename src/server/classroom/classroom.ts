import { HttpService, Players } from "@rbxts/services";
import { CLASS_LIMITS, ClassLogEntry, ClassRecord, classBoardGroup } from "shared/classroom/class-record";
import { newClassRecord, pushLog, repairClassRecord } from "shared/classroom/class-record-repair";
import { Effect, PlayerProfile } from "shared/domain";
import { EventPipeline } from "server/events/event-pipeline";
import { PlayerSessions } from "server/players/player-sessions";
import { CLASSROOM_CONFIG } from "./classroom-config";
import { ClassStore } from "./class-store";
import { copyFromProfile, currentWeek, newRosterEntry, rosterEntryOf } from "./class-roster";
import { TeacherAuthority } from "./teacher-authority";

export const CLASS_LOCKED_MESSAGE = "This class is locked: your teacher is not taking new students right now.";
export const CLASS_FULL_MESSAGE = `This class is full (${CLASSROOM_CONFIG.maxStudents} students).`;
export const NO_CLASS_MESSAGE = "This server has no class: join one from the hub with your teacher's code.";

/** What is true of the class in this server's memory only (gone when the server closes). */
export interface LiveClassState {
	frozen: boolean;
	spotlight?: { user_id: number; display_name: string };
	announcement?: { text: string; at: number };
}

/**
 * The class of a classroom server (a reserved server, or a private server made from the
 * experience page): its record loaded once and written back every 15 s after a change and at
 * shutdown, the roster kept from the students who arrive (refused when the class is locked or
 * full), the week's counters of the report, and the log of every teacher action.
 */
export class Classroom {
	public readonly live: LiveClassState = { frozen: false };
	private record?: ClassRecord;
	private loaded = false;
	private dirty = false;
	/** A write is due within saveEverySeconds (one timer for however many changes come meanwhile). */
	private saveDue = false;
	private readonly changedListeners = new Array<() => void>();
	private readonly waiting = new Array<thread>();

	public constructor(
		private readonly store: ClassStore,
		private readonly sessions: PlayerSessions,
		private readonly authority: TeacherAuthority,
		private readonly pipeline: EventPipeline,
	) {}

	public start(bindToClose: (callback: () => void) => void) {
		// a private server with no class record is still a room of its own
		this.sessions.classGroup = () =>
			this.record !== undefined
				? classBoardGroup(this.record.class_id, this.record.board_season)
				: game.PrivateServerId;
		this.sessions.onLoaded((player, session) => this.arrived(player, session.data()));
		this.sessions.beforeRelease((player, session) => this.leaving(player, session.data()));
		this.pipeline.onEffects((userId, effects) => this.counted(userId, effects));
		task.spawn(() => this.load());
		bindToClose(() => {
			if (this.dirty) this.save();
		});
	}

	/** The class record, once loaded (undefined on a server that has no class). Yields until it is. */
	public current(): ClassRecord | undefined {
		if (!this.loaded) {
			this.waiting.push(coroutine.running());
			coroutine.yield();
		}
		return this.record;
	}

	/** The record if already loaded; never yields. */
	public peek(): ClassRecord | undefined {
		return this.record;
	}

	public onChanged(listener: () => void) {
		this.changedListeners.push(listener);
	}

	/** The record changed: it is saved with the next write, and every view is sent again. */
	public changed() {
		this.dirty = true;
		if (!this.saveDue && this.record !== undefined) {
			this.saveDue = true;
			task.delay(CLASSROOM_CONFIG.saveEverySeconds, () => {
				this.saveDue = false;
				if (this.dirty) this.save();
			});
		}
		for (const listener of this.changedListeners) {
			const [ok, err] = pcall(listener);
			if (!ok) warn(`after a class change: ${err}`);
		}
	}

	/** Only the live state changed (nothing to save): the views are sent again. */
	public liveChanged() {
		for (const listener of this.changedListeners) {
			const [ok, err] = pcall(listener);
			if (!ok) warn(`after a class change: ${err}`);
		}
	}

	/** Records a teacher action in the log (bounded) and saves it with the next write. */
	public log(teacher: Player, entry: Omit<ClassLogEntry, "at" | "by" | "by_name">) {
		const record = this.record;
		if (record === undefined) return;
		pushLog(record, { ...entry, at: os.time(), by: teacher.UserId, by_name: teacher.DisplayName });
		this.changed();
	}

	/** Students of the class on this server now (the teacher is not one). */
	public studentsHere(): Player[] {
		return this.sessions.players().filter((player) => !this.authority.isTeacher(player));
	}

	/** Writes the record now. Yields. */
	public save() {
		const record = this.record;
		if (record === undefined) return;
		this.dirty = false;
		if (!this.store.save(record)) warn(`class ${record.class_id} is stored with a newer schema: not overwritten`);
	}

	private load() {
		const classId = this.classIdOfServer();
		if (classId !== undefined) {
			const raw = this.store.loadRaw(classId);
			if (raw === undefined && game.PrivateServerOwnerId !== 0) {
				this.record = this.newPrivateServerClass(classId);
				this.dirty = true;
			} else if (raw !== undefined) {
				const read = repairClassRecord(raw);
				if (read.ok) {
					this.record = read.record;
					if (read.repairs.size() > 0) {
						warn(`class ${classId} repaired on load: ${read.repairs.join("; ")}`);
						this.dirty = true;
					}
				} else warn(`class ${classId} could not be read: ${read.reason}`);
			}
		}
		this.loaded = true;
		const record = this.record;
		if (record !== undefined) this.authority.setClassTeacher(record.teacher_user_id);
		for (const thread of this.waiting) task.spawn(thread);
		this.waiting.clear();
		// students who loaded before the class did
		for (const player of this.sessions.players()) {
			const profile = this.sessions.profileOf(player);
			if (profile !== undefined) this.arrived(player, profile);
		}
		this.changed();
	}

	private classIdOfServer(): string | undefined {
		if (game.PrivateServerId === "") return undefined;
		// a private server made from the experience page has no reservation: its class is its own
		if (game.PrivateServerOwnerId !== 0) return `ps-${game.PrivateServerId}`;
		return this.store.classOfServer(game.PrivateServerId);
	}

	private newPrivateServerClass(classId: string): ClassRecord {
		const owner = Players.GetPlayerByUserId(game.PrivateServerOwnerId);
		return newClassRecord(
			{
				class_id: classId,
				name: owner !== undefined ? `${owner.DisplayName}'s class` : "Private class",
				teacher_user_id: game.PrivateServerOwnerId,
				teacher_name: owner?.DisplayName ?? "Teacher",
				access_code: "",
				private_server_id: game.PrivateServerId,
			},
			os.time(),
		);
	}

	private arrived(player: Player, profile: PlayerProfile) {
		const record = this.current();
		if (player.Parent !== Players) return;
		if (record === undefined) {
			// a reserved server without a class (not one of ours): nothing of the class applies
			return;
		}
		profile.classroom.class_id = classBoardGroup(record.class_id, record.board_season);
		const now = os.time();
		if (this.authority.isTeacher(player)) {
			if (player.UserId === record.teacher_user_id) record.teacher_name = player.DisplayName;
			this.changed();
			return;
		}
		let entry = rosterEntryOf(record, player.UserId);
		if (entry === undefined) {
			// the hub checks these before teleporting; a student who came another way is checked here
			if (record.settings.locked) return player.Kick(CLASS_LOCKED_MESSAGE);
			if (this.rosterCount(record) >= CLASSROOM_CONFIG.maxStudents) return player.Kick(CLASS_FULL_MESSAGE);
			entry = newRosterEntry(player, now);
			record.roster.push(entry);
			while (record.roster.size() > CLASS_LIMITS.maxRoster) record.roster.remove(0);
		}
		copyFromProfile(currentWeek(entry, now), player, profile, now);
		const quest = record.settings.class_quest;
		if (
			quest !== undefined &&
			quest.deadline > now &&
			profile.quests.active.find((q) => q.quest_id === quest.quest_id) === undefined
		)
			this.pipeline.submit(player.UserId, {
				kind: "class_quest",
				quest_id: quest.quest_id,
				deadline: quest.deadline,
			});
		this.changed();
	}

	private leaving(player: Player, profile: PlayerProfile) {
		const record = this.record;
		const entry = record !== undefined ? rosterEntryOf(record, player.UserId) : undefined;
		if (entry !== undefined) copyFromProfile(currentWeek(entry, os.time()), player, profile, os.time());
		if (this.live.spotlight?.user_id === player.UserId) this.live.spotlight = undefined;
		this.changed();
	}

	private counted(userId: number, effects: readonly Effect[]) {
		const record = this.record;
		const entry = record !== undefined ? rosterEntryOf(record, userId) : undefined;
		if (entry === undefined) return;
		const now = os.time();
		currentWeek(entry, now);
		for (const effect of effects) {
			if (effect.kind === "xp_gained") entry.xp_week += effect.amount;
			if (effect.kind === "achievement_earned" && !entry.achievements_week.includes(effect.achievement_id))
				entry.achievements_week.push(effect.achievement_id);
		}
		const player = Players.GetPlayerByUserId(userId);
		const profile = player !== undefined ? this.sessions.profileOf(player) : undefined;
		if (player !== undefined && profile !== undefined) copyFromProfile(entry, player, profile, now);
		this.changed();
	}

	/** An activity of a student of the class, for the week's accuracy per subject. */
	public recordAnswers(userId: number, subject: string | undefined, correct: number, questions: number) {
		const record = this.record;
		const entry = record !== undefined ? rosterEntryOf(record, userId) : undefined;
		if (entry === undefined) return;
		currentWeek(entry, os.time());
		entry.activities_week += 1;
		if (subject !== undefined) {
			const counts = entry.subjects_week[subject] ?? { answered: 0, correct: 0 };
			entry.subjects_week[subject] = { answered: counts.answered + questions, correct: counts.correct + correct };
		}
		this.changed();
	}

	private rosterCount(record: ClassRecord): number {
		return record.roster.filter((entry) => entry.user_id !== record.teacher_user_id).size();
	}
}

/** A fresh id for a class. */
export function newClassId(): string {
	return HttpService.GenerateGUID(false).lower();
}
