import { HttpService, Players } from "@rbxts/services";
import { Catalog } from "shared/catalog/types";
import { ClassBroadcast, ConsoleView } from "shared/classroom/classroom-protocol";
import { Content } from "shared/content";
import { Remotes } from "shared/remotes";
import { Classroom } from "./classroom";
import { classView, consoleView, QuizViews } from "./class-views";
import { TeacherAuthority } from "./teacher-authority";

/**
 * Sends every player on the server what they are told of the class (ClassUpdated), and the
 * teacher their console (ConsoleUpdated): at most once a frame, however many changes came in it,
 * and only to a player whose view is not what they were last sent. Most changes (a student's
 * answers counted on the roster) concern the console only: resending 30 students an unchanged
 * view after each classmate's activity was 30 x 30 messages a lesson-minute for nothing.
 */
export class ClassBroadcaster {
	private scheduled = false;
	private readonly notices = new Map<number, string>();
	/** userId -> the JSON of the ClassBroadcast, and of the console, they were last sent. */
	private readonly sentViews = new Map<number, string>();
	private readonly sentConsoles = new Map<number, string>();

	public constructor(
		private readonly classroom: Classroom | undefined,
		private readonly authority: TeacherAuthority,
		private readonly catalog: Catalog,
		private readonly content: Content,
		private readonly quiz: QuizViews,
	) {}

	public start() {
		this.classroom?.onChanged(() => this.schedule());
		this.authority.onDecided(() => this.schedule());
	}

	/** Something to tell one player (a teleport that failed), with their next view. */
	public tell(player: Player, notice: string) {
		this.notices.set(player.UserId, notice);
		this.schedule();
	}

	public schedule() {
		if (this.scheduled) return;
		this.scheduled = true;
		task.defer(() => {
			this.scheduled = false;
			this.flush();
		});
	}

	public viewFor(player: Player): ClassBroadcast {
		const teacher = this.authority.isTeacher(player);
		const notice = this.notices.get(player.UserId);
		const base: ClassBroadcast =
			this.classroom === undefined
				? { place: "hub", role: teacher ? "teacher" : "student", frozen: false, notifications_paused: false }
				: classView(
						player,
						teacher,
						this.classroom.peek(),
						this.classroom.live,
						this.catalog,
						this.quiz,
						os.time(),
					);
		return notice !== undefined ? { ...base, notice } : base;
	}

	public consoleFor(player: Player): ConsoleView | undefined {
		const record = this.classroom?.peek();
		if (record === undefined || !this.authority.isTeacher(player)) return undefined;
		return consoleView(
			record,
			this.classroom!.live,
			this.catalog,
			this.content,
			this.quiz,
			this.classroom!.studentsHere(),
			os.time(),
		);
	}

	private flush() {
		const notifications = Remotes.Server.GetNamespace("Notifications");
		let console: ConsoleView | undefined;
		let consoleJson: string | undefined;
		const here = new Set<number>();
		for (const player of Players.GetPlayers()) {
			here.add(player.UserId);
			const view = this.viewFor(player);
			this.notices.delete(player.UserId);
			const viewJson = HttpService.JSONEncode(view);
			if (this.sentViews.get(player.UserId) !== viewJson) {
				this.sentViews.set(player.UserId, viewJson);
				notifications.Get("ClassUpdated").SendToPlayer(player, view);
			}
			if (this.authority.isTeacher(player)) {
				console ??= this.consoleFor(player);
				if (console === undefined) continue;
				consoleJson ??= HttpService.JSONEncode(console);
				if (this.sentConsoles.get(player.UserId) === consoleJson) continue;
				this.sentConsoles.set(player.UserId, consoleJson);
				notifications.Get("ConsoleUpdated").SendToPlayer(player, console);
			}
		}
		// a player who left and comes back is sent their view again
		for (const [userId] of this.sentViews) if (!here.has(userId)) this.sentViews.delete(userId);
		for (const [userId] of this.sentConsoles) if (!here.has(userId)) this.sentConsoles.delete(userId);
	}
}
