import { getServerCatalog } from "server/catalog/server-catalog";
import { PERIOD_LOCKS_STORE } from "server/leaderboards/leaderboard-service";
import { idleUntil, periodNow, servicesOf, waitUntil } from "../helpers/server";
import { withWorld } from "../helpers/world";
import { ChaosClass } from "./chaos-class";
import { ChaosLedger, emptyTally, Tally } from "./chaos-ledger";

/** One row of the fault matrix. */
export interface ChaosRow {
	readonly name: string;
	readonly students: number;
	readonly tally: Tally;
	readonly note: string;
}

/** A case: it plays its fault and returns what the ledger found. */
export interface ChaosCase {
	readonly name: string;
	/** Quick enough for the spec that guards the matrix in `npm test`. */
	readonly fast: boolean;
	readonly run: (world: EmulatedWorld) => ChaosRow;
}

const STUDENTS = 6;
/** ProfileService auto-saves every 30 s: a crash may lose the play since then (README, persistence). */
const AUTOSAVE_WINDOW = 30;

function studentsFrom(first: number): number[] {
	const students = new Array<number>();
	for (let i = 0; i < STUDENTS; i++) students.push(first + i);
	return students;
}

function row(name: string, group: ChaosClass, note = ""): ChaosRow {
	const granted = group.ledger.total(group.students);
	const figures = `ledger ${granted.xp} XP, ${granted.coins} coins, ${granted.items} items`;
	return {
		name,
		students: group.students.size(),
		tally: group.ledger.compare(group.world, group.students),
		note: note === "" ? figures : `${figures}; ${note}`,
	};
}

/** One server, the class joined and followed: the start of most cases. */
function classOn(world: EmulatedWorld, first: number, jobId = "main") {
	const server = world.startServer({ jobId });
	const group = new ChaosClass(world, new ChaosLedger().follow(server), studentsFrom(first));
	group.join(server);
	return { server, group };
}

const dataStoreErrors = (name: string, probability: number, seconds: number, first: number): ChaosCase => ({
	name,
	fast: seconds <= 60,
	run: (world) => {
		const { group } = classOn(world, first);
		world.dataStores.failRequests({ probability, seconds });
		group.play(seconds + 60);
		group.leave();
		return row(name, group);
	},
});

export const CHAOS_CASES: readonly ChaosCase[] = [
	dataStoreErrors("DataStore errors 30% for 1 min", 0.3, 60, 10001),
	dataStoreErrors("DataStore errors 100% for 5 min", 1, 300, 10101),
	{
		name: "request budget drained",
		fast: true,
		run: (world) => {
			const { server, group } = classOn(world, 10201);
			// drained again every 5 s for two minutes: every request waits in the budget's queue
			group.play(120, () => server.dataStoreBudget.drain());
			group.play(30);
			group.leave();
			return row("request budget drained", group);
		},
	},
	{
		name: "DataStore latency 5 s",
		fast: true,
		run: (world) => {
			world.dataStores.setLatency(5);
			const { group } = classOn(world, 10301);
			group.play(120);
			group.leave();
			return row("DataStore latency 5 s", group);
		},
	},
	{
		name: "server shutdown (BindToClose)",
		fast: true,
		run: (world) => {
			const { server, group } = classOn(world, 10401);
			group.play(45);
			server.shutdown();
			group.waitReleased();
			return row("server shutdown (BindToClose)", group);
		},
	},
	{
		name: "server crash, no BindToClose",
		fast: true,
		run: (world) => {
			const { server, group } = classOn(world, 10501, "doomed");
			group.play(95);
			const crashAt = os.time();
			server.crash();
			const loss = group.ledger.settleCrash(world, group.students, crashAt);
			const successor = world.startServer({ jobId: "successor" });
			group.ledger.follow(successor);
			// the dead server's locks are stale only after ProfileService's session timeout
			group.join(successor, 3600);
			group.play(60);
			group.leave();
			const result = row("server crash, no BindToClose", group);
			const within = loss.seconds <= AUTOSAVE_WINDOW;
			if (!within) {
				result.tally.xpLost += loss.xp;
				result.tally.coinsLost += loss.coins;
				result.tally.itemsLost += loss.items;
			}
			const note = `${result.note}; lost since last autosave: ${loss.xp} XP, ${loss.coins} coins, ${loss.items} items (${loss.seconds} s), ${within ? "within" : "BEYOND"} the ${AUTOSAVE_WINDOW} s window`;
			return { ...result, note };
		},
	},
	{
		name: "two servers race for a profile",
		fast: true,
		run: (world) => {
			const { group } = classOn(world, 10601, "first");
			const second = world.startServer({ jobId: "second" });
			group.ledger.follow(second);
			group.play(30);
			// each student joins the second server while the first still holds their session
			group.join(second, 900);
			group.play(60);
			group.leave();
			return row("two servers race for a profile", group);
		},
	},
	{
		name: "two servers race to close a leaderboard",
		fast: false,
		run: (world) => {
			const first = world.startServer({ jobId: "one", privateServerId: "chaos-class" });
			const second = world.startServer({ jobId: "two", privateServerId: "chaos-class" });
			const ledger = new ChaosLedger().follow(first).follow(second);
			const students = studentsFrom(10701);
			const half = [
				new ChaosClass(
					world,
					ledger,
					students.filter((_, i) => i % 2 === 0),
				),
			];
			half.push(
				new ChaosClass(
					world,
					ledger,
					students.filter((_, i) => i % 2 === 1),
				),
			);
			half[0].join(first);
			half[1].join(second);
			const group = new ChaosClass(world, ledger, students);
			const { key: day, ends: midnight } = periodNow("daily_xp_class");
			group.play(60);
			idleUntil(midnight - 30);
			// play across the period end, while both servers race to close it
			group.play(90);
			const board = getServerCatalog().leaderboards.get("daily_xp_class")!;
			task.spawn(() => servicesOf(first).pipeline.host.closePeriod(board, day, "chaos-class", Emulation.now()));
			task.spawn(() => servicesOf(second).pipeline.host.closePeriod(board, day, "chaos-class", Emulation.now()));
			const closed = waitUntil(() => {
				const lock = world.dataStores.peek(PERIOD_LOCKS_STORE, `daily_xp_class|${day}|chaos-class`) as
					{ state: string } | undefined;
				return lock?.state === "done";
			}, 600);
			group.play(60);
			group.leave();
			return row(
				"two servers race to close a leaderboard",
				group,
				closed ? `${ledger.prizesPaid()} prizes paid` : "the period was never closed",
			);
		},
	},
	{
		name: "MessagingService drops every message",
		fast: true,
		run: (world) => {
			const { server, group } = classOn(world, 10801, "teacher");
			const other = world.startServer({ jobId: "other" });
			group.ledger.follow(other);
			world.messaging.dropProbability = 1;
			const away = new ChaosClass(world, group.ledger, studentsFrom(10851));
			away.join(other);
			// the teacher's server awards the students on the other server throughout
			group.play(90, (elapsed) => {
				if (elapsed % 10 === 0) for (const userId of away.students) group.award(server, userId);
			});
			away.play(30);
			const both = new ChaosClass(world, group.ledger, [...group.students, ...away.students]);
			both.leave();
			const { published, dropped } = world.messaging;
			return row(
				"MessagingService drops every message",
				both,
				`${published} published, ${dropped} dropped: the game sends nothing through MessagingService, an award to a student on another server travels as a ProfileService global update in their saved profile`,
			);
		},
	},
	{
		name: "teleport between servers mid-activity",
		fast: true,
		run: (world) => {
			const { server, group } = classOn(world, 10901, "from");
			const target = world.startServer({ jobId: "to" });
			group.ledger.follow(target);
			group.play(30);
			const teleports = server.game.GetService("TeleportService");
			// a student leaves every 10 s, right after their turn (a lesson just submitted)
			let sent = 0;
			group.play(60, (elapsed) => {
				if (elapsed < sent * 10 || sent >= group.students.size()) return;
				const player = server.getPlayer(group.students[sent]);
				sent += 1;
				if (player === undefined) return;
				const options = new Instance("TeleportOptions");
				options.ServerInstanceId = target.jobId;
				task.spawn(() => teleports.TeleportAsync(server.game.PlaceId, [player], options));
			});
			for (const userId of group.students) world.waitForArrival(userId, 120);
			group.play(60);
			group.leave();
			const landed = world.teleports.log.filter((entry) => entry.to === target.jobId).size();
			return row("teleport between servers mid-activity", group, `${landed} teleports landed`);
		},
	},
];

/** Runs cases, each in a fresh world at ten frames a second (the rules' cadence is in seconds). */
export function runChaos(cases: readonly ChaosCase[]): ChaosRow[] {
	const rows = new Array<ChaosRow>();
	Emulation.setFrameRate(10);
	for (const chaos of cases) {
		let result: ChaosRow | undefined;
		const [ok, err] = pcall(() => withWorld((world) => (result = chaos.run(world))));
		rows.push(result ?? { name: chaos.name, students: STUDENTS, tally: emptyTally(), note: `FAILED: ${err}` });
		if (!ok && result !== undefined) rows.push({ ...result, note: `FAILED: ${err}` });
	}
	Emulation.setFrameRate(60);
	return rows;
}

/** Whether a row lost or duplicated nothing (and its case ran to the end). */
export function isClean(chaosRow: ChaosRow): boolean {
	const t = chaosRow.tally;
	const zero = t.xpLost + t.xpDup + t.coinsLost + t.coinsDup + t.itemsLost + t.itemsDup === 0;
	return (
		zero && chaosRow.note.sub(1, 7) !== "FAILED:" && chaosRow.note.find("never closed", 1, true)[0] === undefined
	);
}
