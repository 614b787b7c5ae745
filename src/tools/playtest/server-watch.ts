import { SimulatedStudent } from "./simulated-student";
import { SimulatedTeacher } from "./simulated-teacher";
import { WeekLog } from "./week-log";

/** Roblox's DataStore budget categories (test/emulation/datastore/limits.luau), in the reports' order. */
export const BUDGET_CATEGORIES: readonly DataStoreBudgetCategory[] = [
	"StandardRead",
	"StandardWrite",
	"StandardRemove",
	"StandardList",
	"OrderedRead",
	"OrderedWrite",
	"OrderedRemove",
	"OrderedList",
];

/** The class board whose churn the report shows. */
export const CHURN_BOARD = "weekly_xp_class";

export interface DataStoreSample {
	readonly t: number;
	readonly server: "class" | "hub";
	readonly players: number;
	readonly per_minute: Partial<Record<DataStoreBudgetCategory, number>>;
	readonly budget_per_minute: Partial<Record<DataStoreBudgetCategory, number>>;
}

export interface ChurnSample {
	readonly t: number;
	readonly changes: number;
	readonly leader: string;
}

/**
 * What the simulation measures while a class plays, once a minute: each running server's DataStore
 * requests per budget category beside Roblox's budget for its player count; every five minutes the
 * students' XP and level as their screens show them, and the class board's top as the teacher's
 * menu shows it.
 */
export class ServerWatch {
	public readonly dataStore = new Array<DataStoreSample>();
	public readonly churn = new Array<ChurnSample>();
	private readonly servers = new Array<{
		server: EmulatedServer;
		kind: "class" | "hub";
		last: Record<string, number>;
	}>();
	private lastTop: string[] | undefined;

	public constructor(
		private readonly log: WeekLog,
		private readonly teacher: SimulatedTeacher,
	) {}

	public watch(server: EmulatedServer, kind: "class" | "hub") {
		this.servers.push({ server, kind, last: server.requestCounts() });
	}

	/** Samples in the background until `endAt` (virtual Unix time). */
	public runUntil(endAt: number, students: readonly SimulatedStudent[]) {
		task.spawn(() => {
			let minute = 0;
			while (os.time() < endAt) {
				task.wait(60);
				minute += 1;
				this.sampleDataStores();
				if (minute % 5 === 0) {
					for (const student of students) if (student.client !== undefined) student.sample();
					this.sampleBoard();
				}
			}
		});
	}

	private sampleDataStores() {
		const t = this.log.hours();
		for (const entry of this.servers) {
			if (entry.server.shuttingDown !== undefined) continue;
			const counts = entry.server.requestCounts();
			const perMinute: Partial<Record<DataStoreBudgetCategory, number>> = {};
			const budget: Partial<Record<DataStoreBudgetCategory, number>> = {};
			for (const category of BUDGET_CATEGORIES) {
				const made = (counts[category] ?? 0) - (entry.last[category] ?? 0);
				if (made > 0 || counts[category] !== undefined) {
					perMinute[category] = made;
					budget[category] = entry.server.budgetPerMinute(category);
				}
			}
			entry.last = counts;
			this.dataStore.push({
				t,
				server: entry.kind,
				players: entry.server.playerCount(),
				per_minute: perMinute,
				budget_per_minute: budget,
			});
		}
	}

	private sampleBoard() {
		const top = this.teacher.boardTop(CHURN_BOARD);
		if (top === undefined) return;
		let changes = 0;
		for (let i = 0; i < math.min(10, top.size()); i++) if (this.lastTop?.[i] !== top[i]) changes += 1;
		this.lastTop = top;
		this.churn.push({ t: this.log.hours(), changes, leader: top[0] ?? "" });
	}
}
