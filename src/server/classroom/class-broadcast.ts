import { Players } from "@rbxts/services";
import { Catalog } from "shared/catalog/types";
import { ClassBroadcast, ConsoleView } from "shared/classroom/classroom-protocol";
import { Content } from "shared/content";
import { Remotes } from "shared/remotes";
import { Classroom } from "./classroom";
import { classView, consoleView, QuizViews } from "./class-views";
import { TeacherAuthority } from "./teacher-authority";

/**
 * Sends every player on the server what they are told of the class (ClassUpdated), and the
 * teacher their console (ConsoleUpdated): at most once a frame, however many changes came in it.
 */
export class ClassBroadcaster {
	private scheduled = false;
	private readonly notices = new Map<number, string>();

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
		for (const player of Players.GetPlayers()) {
			notifications.Get("ClassUpdated").SendToPlayer(player, this.viewFor(player));
			this.notices.delete(player.UserId);
			if (this.authority.isTeacher(player)) {
				console ??= this.consoleFor(player);
				if (console !== undefined) notifications.Get("ConsoleUpdated").SendToPlayer(player, console);
			}
		}
	}
}
