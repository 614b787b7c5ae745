import { Catalog } from "shared/catalog/types";
import { Content } from "shared/content";
import { ActivityService } from "server/activities/activity-service";
import { EventPipeline } from "server/events/event-pipeline";
import { LeaderboardService } from "server/leaderboards/leaderboard-service";
import { DataStoreGateway } from "server/persistence/data-store-gateway";
import { PlayerSessions } from "server/players/player-sessions";
import { serveClassRemotes } from "server/remotes/class-remotes";
import { RemoteGuard } from "server/remotes/remote-guard";
import { serveTeacherRemotes } from "server/remotes/teacher-remotes";
import { ViewSync } from "server/sync/view-sync";
import { ClassBroadcaster } from "./class-broadcast";
import { ClassHub } from "./class-hub";
import { ClassQuiz } from "./class-quiz";
import { Classroom } from "./classroom";
import { ClassStore } from "./class-store";
import { ClassWorld } from "./class-world";
import { TeacherActions } from "./teacher-actions";
import { TeacherAuthority } from "./teacher-authority";
import { Teleports } from "./teleports";

export interface RunningClassroom {
	readonly authority: TeacherAuthority;
	readonly store: ClassStore;
	readonly broadcaster: ClassBroadcaster;
	/** The hub's side (the public server). */
	readonly hub?: ClassHub;
	/** A class server's side (a reserved or private server). */
	readonly classroom?: Classroom;
	readonly quiz?: ClassQuiz;
}

export interface ClassroomParts {
	readonly guard: RemoteGuard;
	readonly sessions: PlayerSessions;
	readonly pipeline: EventPipeline;
	readonly leaderboards: LeaderboardService;
	readonly activities: ActivityService;
	readonly sync: ViewSync;
	readonly gateway: DataStoreGateway;
	readonly catalog: Catalog;
	readonly content: Content;
	readonly bindToClose: (callback: () => void) => void;
}

/**
 * The classroom on this server: in the public hub (no PrivateServerId) classes are created and
 * joined; on a reserved or private server, the class itself runs.
 */
export function startClassroom(parts: ClassroomParts): RunningClassroom {
	const authority = new TeacherAuthority();
	authority.start();
	const store = new ClassStore(parts.gateway);
	if (game.PrivateServerId === "") return startHub(parts, authority, store);

	const classroom = new Classroom(store, parts.sessions, authority, parts.pipeline);
	classroom.start(parts.bindToClose);
	parts.activities.onRecorded((player, subject, correct, questions) =>
		classroom.recordAnswers(player.UserId, subject, correct, questions),
	);
	parts.sync.silenceWhile(
		(userId) =>
			classroom.peek()?.settings.notifications_paused === true && userId !== classroom.peek()?.teacher_user_id,
	);
	const world = new ClassWorld((player) => authority.isTeacher(player));
	world.start();
	const quiz = new ClassQuiz(classroom, parts.pipeline, parts.sessions, parts.catalog, parts.content, (player) =>
		authority.isTeacher(player),
	);
	const broadcaster = new ClassBroadcaster(classroom, authority, parts.catalog, parts.content, quiz);
	quiz.run(() => broadcaster.schedule());
	broadcaster.start();
	const actions = new TeacherActions(
		classroom,
		world,
		parts.pipeline,
		parts.sessions,
		parts.leaderboards,
		store,
		parts.catalog,
	);
	serveClassRemotes(parts.guard, broadcaster, undefined, (player, quizId, number, answer) =>
		quiz.answer(player, quizId, number, answer),
	);
	serveTeacherRemotes(parts.guard, authority, broadcaster, { actions, quiz });
	return { authority, store, broadcaster, classroom, quiz };
}

function startHub(parts: ClassroomParts, authority: TeacherAuthority, store: ClassStore): RunningClassroom {
	const broadcaster = new ClassBroadcaster(undefined, authority, parts.catalog, parts.content, {
		// the hub runs no quiz
		studentView() {
			return undefined;
		},
		teacherView() {
			return undefined;
		},
	});
	const teleports = new Teleports((player, message) => broadcaster.tell(player, message));
	teleports.start();
	const hub = new ClassHub(store, authority, teleports);
	broadcaster.start();
	serveClassRemotes(parts.guard, broadcaster, hub, undefined);
	serveTeacherRemotes(parts.guard, authority, broadcaster, { hub });
	return { authority, store, broadcaster, hub };
}
