import { TeleportService } from "@rbxts/services";
import { CLASS_LIMITS } from "shared/classroom/class-record";
import { newClassRecord, repairClassRecord } from "shared/classroom/class-record-repair";
import { JOIN_CODE_LIFETIME, newJoinCode, readJoinCode, showJoinCode } from "shared/classroom/join-code";
import { filterForBroadcast } from "server/text/text-filter";
import { CLASSROOM_CONFIG } from "./classroom-config";
import { newClassId } from "./classroom";
import { ClassStore } from "./class-store";
import { TeacherAuthority } from "./teacher-authority";
import { textLength } from "./teacher-fields";
import { Teleports } from "./teleports";

export const NOT_A_TEACHER = "only a teacher can do that";

export type HubReply<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * The public hub's side of the classroom: a teacher creates a class (a reserved server, its
 * record, its join code) and is teleported there; a student types a code and is teleported to
 * that class's server. Everything is checked here, before anyone moves.
 */
export class ClassHub {
	private readonly random = new Random();

	public constructor(
		private readonly store: ClassStore,
		private readonly authority: TeacherAuthority,
		private readonly teleports: Teleports,
	) {}

	/** `{ name }` from a teacher: the class's join code as students type it. Yields. */
	public createClass(player: Player, name: unknown): HubReply<string> {
		if (!this.authority.isTeacher(player)) return refused(NOT_A_TEACHER);
		if (!typeIs(name, "string")) return refused("name: expected the class's name as text");
		const trimmed = name.gsub("^%s+", "")[0].gsub("%s+$", "")[0];
		if (trimmed.size() === 0) return refused("name: give the class a name, such as your class and period");
		const length = textLength(trimmed);
		if (length === undefined || length > CLASS_LIMITS.maxClassName)
			return refused(`name: at most ${CLASS_LIMITS.maxClassName} characters`);
		const filtered = filterForBroadcast(trimmed, player.UserId);
		if (filtered === undefined) return refused("the text filter is not answering: nothing was created, try again");
		// ReserveServer is ReserveServerAsync's older name: the same call, with its two results typed
		const [reserved, server] = pcall(() => {
			const [accessCode, privateServerId] = TeleportService.ReserveServer(game.PlaceId);
			return { accessCode, privateServerId };
		});
		if (!reserved) {
			warn(`ReserveServer failed: ${server}`);
			return refused("Roblox could not make a classroom server just now: try again in a moment");
		}
		const now = os.time();
		const classId = newClassId();
		const code = this.store.issueCode(classId, now, () => newJoinCode(() => this.random.NextNumber()));
		if (code === undefined) return refused("no join code could be issued just now: try again");
		const record = newClassRecord(
			{
				class_id: classId,
				name: filtered,
				teacher_user_id: player.UserId,
				teacher_name: player.DisplayName,
				access_code: server.accessCode,
				private_server_id: server.privateServerId,
			},
			now,
		);
		record.join_code = code;
		record.join_code_expires_at = now + JOIN_CODE_LIFETIME;
		this.store.save(record);
		this.store.linkServer(record.private_server_id, classId);
		task.defer(() => this.teleports.send(player, record.access_code, { class_id: classId }));
		return { ok: true, value: showJoinCode(code) };
	}

	/** A code a student typed: answered, then they are teleported to the class. Yields. */
	public joinClass(player: Player, typed: unknown): HubReply<string> {
		const read = readJoinCode(typed);
		if (!read.ok) return refused(read.reason);
		const shown = showJoinCode(read.code);
		const entry = this.store.lookupCode(read.code);
		const now = os.time();
		if (entry === undefined) return refused(`no class has the code ${shown}: check it with your teacher`);
		if (entry.expires_at <= now) return refused(`the code ${shown} has expired: ask your teacher for a new one`);
		const raw = this.store.loadRaw(entry.class_id);
		const loaded = raw !== undefined ? repairClassRecord(raw) : undefined;
		if (loaded === undefined || !loaded.ok) return refused("that class could not be opened just now: try again");
		const record = loaded.record;
		if (record.join_code !== read.code)
			return refused(`the code ${shown} was replaced: ask your teacher for the new one`);
		if (record.teacher_user_id === player.UserId) {
			task.defer(() => this.teleports.send(player, record.access_code, { class_id: record.class_id }));
			return { ok: true, value: record.name };
		}
		const onRoster = record.roster.find((row) => row.user_id === player.UserId) !== undefined;
		if (!onRoster && record.settings.locked)
			return refused("the class is locked: your teacher is not taking new students right now");
		if (!onRoster && record.roster.size() >= CLASSROOM_CONFIG.maxStudents)
			return refused(`the class is full (${CLASSROOM_CONFIG.maxStudents} students)`);
		task.defer(() => this.teleports.send(player, record.access_code, { class_id: record.class_id }));
		return { ok: true, value: record.name };
	}
}

function refused(reason: string): { ok: false; reason: string } {
	return { ok: false, reason };
}
