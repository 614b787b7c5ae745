import { Players, RunService } from "@rbxts/services";
import { CLASSROOM_CONFIG } from "./classroom-config";

/** The Player attribute that tells every client who the server holds to be the teacher (display only). */
export const ROLE_ATTRIBUTE = "ClassQuestRole";

/**
 * Decides, on the server only, who is a teacher here: the private server's owner
 * (`game.PrivateServerOwnerId`), the class's own teacher on its reserved server, a user on the
 * allow-list or of the configured group rank (in the hub, where classes are created), or in Studio
 * the first player. Decided once when the player joins; nothing a client sends changes it.
 */
export class TeacherAuthority {
	private readonly teachers = new Set<number>();
	private firstPlayerSeen = false;
	/** The class's teacher on a class server, once its record is loaded. */
	private classTeacher?: number;
	private readonly decidedListeners = new Array<(player: Player) => void>();

	public start() {
		Players.PlayerAdded.Connect((player) => this.decide(player));
		for (const player of Players.GetPlayers()) task.spawn(() => this.decide(player));
		Players.PlayerRemoving.Connect((player) => this.teachers.delete(player.UserId));
	}

	/** Called once each player's role is decided (and again when it changes to teacher). */
	public onDecided(listener: (player: Player) => void) {
		this.decidedListeners.push(listener);
	}

	public isTeacher(player: Player): boolean {
		return this.teachers.has(player.UserId) && player.Parent === Players;
	}

	/** Teachers present on this server. */
	public teachersHere(): Player[] {
		return Players.GetPlayers().filter((player) => this.isTeacher(player));
	}

	/** On a class server: the class's own teacher is its teacher (also when they join before the record loads). */
	public setClassTeacher(userId: number) {
		this.classTeacher = userId;
		const player = Players.GetPlayerByUserId(userId);
		if (player !== undefined) this.grant(player);
	}

	private decide(player: Player) {
		const first = !this.firstPlayerSeen;
		this.firstPlayerSeen = true;
		if (this.qualifies(player, first)) this.grant(player);
		else if (player.GetAttribute(ROLE_ATTRIBUTE) === undefined) player.SetAttribute(ROLE_ATTRIBUTE, "student");
		this.decided(player);
	}

	private decided(player: Player) {
		for (const listener of this.decidedListeners) task.spawn(listener, player);
	}

	private qualifies(player: Player, first: boolean): boolean {
		const userId = player.UserId;
		if (game.PrivateServerOwnerId !== 0 && userId === game.PrivateServerOwnerId) return true;
		if (this.classTeacher === userId) return true;
		if (RunService.IsStudio() && CLASSROOM_CONFIG.studioFirstPlayerIsTeacher && first) return true;
		// a class server has exactly one teacher: the allow-list and the group let one create classes in the hub
		if (game.PrivateServerId !== "") return false;
		if (CLASSROOM_CONFIG.teacherUserIds.includes(userId)) return true;
		const group = CLASSROOM_CONFIG.teacherGroup;
		if (group.groupId === 0) return false;
		// a web call that can fail: failing closed makes the player a student, never a teacher
		const [ok, rank] = pcall(() => player.GetRankInGroupAsync(group.groupId));
		if (!ok) warn(`the group rank of ${userId} could not be read (${rank}): joined as a student`);
		return ok && rank >= group.minRank;
	}

	private grant(player: Player) {
		this.teachers.add(player.UserId);
		player.SetAttribute(ROLE_ATTRIBUTE, "teacher");
		this.decided(player);
	}
}
