import type * as ConfigModule from "server/classroom/classroom-config";
import type { RunningClassroom } from "server/classroom/start-classroom";
import { ClassRecord } from "shared/classroom/class-record";
import { ClassBroadcast, ConsoleView } from "shared/classroom/classroom-protocol";
import { ActionReply } from "shared/remotes";
import { remotesOf } from "../helpers/remotes";
import { isLoaded, servicesOf } from "../helpers/server";
import { waitUntil } from "../helpers/world";

/** The teacher of most classroom specs, on the hub's allow-list. */
export const TEACHER = 9001;

type TeacherRemoteName = Parameters<ReturnType<typeof remotesOf>["GetNamespace"]>[0];

/** The public hub, with `teachers` on its allow-list (set before anyone joins, as a publisher would). */
export function startHub(world: EmulatedWorld, teachers: number[] = [TEACHER]): EmulatedServer {
	const hub = world.startServer({ name: "hub" });
	const config = hub.requireModule<typeof ConfigModule>("ServerScriptService/TS/classroom/classroom-config");
	for (const userId of teachers) config.CLASSROOM_CONFIG.teacherUserIds.push(userId);
	return hub;
}

/** A Teacher remote called from a client as the console would, with the answer. */
export function teacher<R = ActionReply>(client: EmulatedClient, remote: string, fields?: unknown): R {
	const namespace = remotesOf(client).GetNamespace("Teacher" as TeacherRemoteName) as unknown as {
		Get(name: string): { CallServerAsync(fields?: unknown): { expect(): R } };
	};
	return namespace.Get(remote).CallServerAsync(fields).expect();
}

/** A Class remote called from a client. */
export function classRemote<R = ActionReply>(client: EmulatedClient, remote: string, fields?: unknown): R {
	const namespace = remotesOf(client).GetNamespace("Class" as TeacherRemoteName) as unknown as {
		Get(name: string): { CallServerAsync(fields?: unknown): { expect(): R } };
	};
	return namespace.Get(remote).CallServerAsync(fields).expect();
}

/** Adds a player to a server and waits until their profile is held there. */
export function arrive(world: EmulatedWorld, server: EmulatedServer, userId: number, name?: string): EmulatedClient {
	server.addPlayer({ userId, name: name ?? `student${userId}` });
	if (!waitUntil(() => isLoaded(server, userId), 120)) error(`${userId} did not load on ${server.jobId}`);
	return server.clientOf(userId)!;
}

export interface CreatedClass {
	readonly code: string;
	readonly server: EmulatedServer;
	readonly teacher: EmulatedClient;
}

/** The teacher joins the hub, creates a class and lands on its reserved server with their profile held. */
export function createClass(
	world: EmulatedWorld,
	hub: EmulatedServer,
	name = "Period 3 Science",
	teacherId = TEACHER,
): CreatedClass {
	const client = arrive(world, hub, teacherId, `teacher${teacherId}`);
	waitUntil(() => hub.getPlayer(teacherId)?.GetAttribute("ClassQuestRole") === "teacher", 10);
	const reply = teacher<{ ok: boolean; join_code?: string; reason?: string }>(client, "CreateClass", { name });
	if (!reply.ok) error(`CreateClass was refused: ${reply.reason}`);
	const landed = leftFor(world, hub, teacherId);
	const server = world.serverOf(teacherId);
	if (landed === undefined || server === undefined || server === hub)
		error("the teacher did not land on the class server");
	if (!waitUntil(() => isLoaded(server, teacherId) && classOf(server) !== undefined, 60))
		error("the class did not load");
	return { code: reply.join_code!, server, teacher: server.clientOf(teacherId)! };
}

/** A student joins the hub, types the code and (when it is accepted) lands in the class. */
export function joinByCode(
	world: EmulatedWorld,
	hub: EmulatedServer,
	userId: number,
	code: string,
): { reply: ActionReply; client?: EmulatedClient; server?: EmulatedServer } {
	const client = hub.clientOf(userId) ?? arrive(world, hub, userId);
	const reply = classRemote(client, "JoinClass", code);
	if (!reply.ok) return { reply };
	const landed = leftFor(world, hub, userId);
	const server = world.serverOf(userId);
	if (landed === undefined || server === undefined) return { reply };
	waitUntil(() => isLoaded(server, userId), 60);
	return { reply, client: server.clientOf(userId), server };
}

/** Waits until the user has left `from` and landed elsewhere: their client there. */
function leftFor(world: EmulatedWorld, from: EmulatedServer, userId: number): EmulatedClient | undefined {
	if (!waitUntil(() => world.serverOf(userId) !== from, 30)) return undefined;
	return world.waitForArrival(userId, 60);
}

export function classroomOf(server: EmulatedServer): RunningClassroom {
	return servicesOf(server).classroom;
}

/** The class record as the class server holds it now. */
export function classOf(server: EmulatedServer): ClassRecord | undefined {
	return classroomOf(server).classroom?.peek();
}

/** Every ClassUpdated push a client receives from now on, the newest last. */
export function watchClass(client: EmulatedClient): ClassBroadcast[] {
	const seen = new Array<ClassBroadcast>();
	remotesOf(client)
		.GetNamespace("Notifications")
		.Get("ClassUpdated" as "ViewReset")
		.Connect((view) => seen.push(view as unknown as ClassBroadcast));
	return seen;
}

/** The teacher's console as GetConsole answers it now. */
export function consoleOf(client: EmulatedClient): ConsoleView {
	const reply = teacher<{ ok: boolean; view?: ConsoleView; reason?: string }>(client, "GetConsole");
	if (!reply.ok) error(`GetConsole was refused: ${reply.reason}`);
	return reply.view!;
}
