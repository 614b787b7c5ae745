import { CLASS_REMOTES, TEACHER_REMOTES } from "server/remotes/rate-limits";
import type * as RemotesModule from "shared/remotes";
import type { ClassBroadcast, ConsoleView } from "shared/classroom/classroom-protocol";
import { getServerCatalog } from "server/catalog/server-catalog";
import { sampleStudent } from "tools/previews/sample-student";
import { waitUntil } from "./world";

/** One request a client made of a classroom remote, as the fake server received it. */
export interface ClassRequest {
	readonly remote: string;
	readonly userId: number;
	readonly fields: unknown;
}

type Reply = unknown | ((fields: unknown, userId: number) => unknown);

interface Callable {
	SetCallback(callback: (player: Player, fields?: unknown) => unknown): void;
}

/**
 * A scripted stand-in for the classroom's server, for specs of the client's screens: a server
 * that runs none of the place's scripts, where the spec answers the Class and Teacher remotes
 * itself (recording every request) and pushes ClassUpdated and ConsoleUpdated when it likes.
 * The student remotes answer GetView with a sample student's view, so the client's HUD loads.
 * The real server's classroom is specified end to end elsewhere; this checks what the client
 * sends and shows.
 */
export class FakeClassServer {
	public readonly server: EmulatedServer;
	public readonly requests = new Array<ClassRequest>();
	private readonly replies = new Map<string, Reply>();
	private readonly classViews = new Map<number, ClassBroadcast>();
	private console: ConsoleView | undefined;
	private readonly remotes: typeof RemotesModule.Remotes;

	public constructor(world: EmulatedWorld) {
		this.server = world.startServer({ runScripts: false });
		this.remotes = this.server.requireModule<typeof RemotesModule>("ReplicatedStorage/TS/remotes").Remotes;
		const student = sampleStudent(getServerCatalog(), "Ana", 1);
		const studentNs = this.remotes.Server.GetNamespace("Student");
		studentNs.Get("GetView").SetCallback(() => ({ ok: true, message: { version: 1, view: student.view } }));
		const classNs = this.remotes.Server.GetNamespace("Class");
		for (const name of CLASS_REMOTES) this.serve(classNs.Get(name as "JoinClass") as unknown as Callable, name);
		const teacherNs = this.remotes.Server.GetNamespace("Teacher");
		for (const name of TEACHER_REMOTES) this.serve(teacherNs.Get(name as "Award") as unknown as Callable, name);
	}

	/** What `remote` answers from now on: a reply, or a function of the request's fields and sender. */
	public answer(remote: string, reply: Reply) {
		this.replies.set(remote, reply);
	}

	/** What GetClass answers this player (until `answer("GetClass", ...)` says otherwise). */
	public setClass(userId: number, view: ClassBroadcast) {
		this.classViews.set(userId, view);
	}

	public setConsole(view: ConsoleView) {
		this.console = view;
	}

	/** Sends ClassUpdated to a player now (and keeps it as what GetClass answers them). */
	public pushClass(userId: number, view: ClassBroadcast) {
		this.classViews.set(userId, view);
		const player = this.server.getPlayer(userId);
		if (player === undefined) error(`push: ${userId} is not on the fake server`);
		this.remotes.Server.GetNamespace("Notifications").Get("ClassUpdated").SendToPlayer(player, view);
	}

	public pushConsole(userId: number, view: ConsoleView) {
		this.console = view;
		const player = this.server.getPlayer(userId);
		if (player === undefined) error(`push: ${userId} is not on the fake server`);
		this.remotes.Server.GetNamespace("Notifications").Get("ConsoleUpdated").SendToPlayer(player, view);
	}

	/** A player whose client runs its scripts, once their screen has mounted. */
	public join(userId: number, displayName: string): EmulatedClient {
		const client = this.server.addPlayer({ userId, name: `user${userId}`, displayName });
		const mounted = waitUntil(() => client.playerGui().FindFirstChild("ClassQuest") !== undefined, 30);
		if (!mounted) error(`the client of ${userId} never mounted its screen`);
		return client;
	}

	/** The requests made of one remote, oldest first. */
	public requestsOf(remote: string): ClassRequest[] {
		return this.requests.filter((request) => request.remote === remote);
	}

	private serve(remote: Callable, name: string) {
		remote.SetCallback((player, fields) => {
			this.requests.push({ remote: name, userId: player.UserId, fields });
			const reply = this.replies.get(name);
			if (reply !== undefined) return typeIs(reply, "function") ? reply(fields, player.UserId) : reply;
			if (name === "GetClass") {
				const view = this.classViews.get(player.UserId);
				return view !== undefined ? { ok: true, view } : { ok: false, reason: "still loading" };
			}
			if (name === "GetConsole")
				return this.console !== undefined ? { ok: true, view: this.console } : { ok: false, reason: "not yet" };
			return { ok: true };
		});
	}
}
