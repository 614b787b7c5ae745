import { getServerCatalog } from "server/catalog/server-catalog";
import { getDefaultContent } from "server/content/default-content";
import { PLAYER_PROFILE_STORE, profileKey } from "server/persistence/player-profile-store";
import { PlayerProfile } from "shared/domain";
import { Habit, HABITS } from "./habits";
import { SimulatedStudent } from "./simulated-student";

interface Roster {
	readonly userId: number;
	readonly name: string;
	readonly habit: Habit;
	readonly forges?: boolean;
}

const ROSTER: readonly Roster[] = [
	{ userId: 1001, name: "Ana", habit: HABITS.diligent },
	{ userId: 1002, name: "Ben", habit: HABITS.casual },
	{ userId: 1003, name: "Chloe", habit: HABITS.struggling },
	{ userId: 1004, name: "Dev", habit: HABITS.diligent, forges: true },
];

/**
 * `npm start`'s playtest: a classroom server of the built place with simulated students who walk
 * to stations and answer the server's questions through the real remotes, for `minutes` of
 * virtual time; then what each student's screen shows and what was saved.
 */
export function runPlaytest(say: (line: string) => void, minutes = 20, seed = 1) {
	const world = Emulation.createWorld({ seed });
	const server = world.startServer({ name: "classroom server" });
	const clock = () => os.date("!%H:%M:%S", os.time());
	const line = (text: string) => say(`[${clock()}] ${text}`);
	line(`server ${server.jobId} started; ${ROSTER.size()} students join`);
	const catalog = getServerCatalog();
	const content = getDefaultContent();
	const rng = new Random(seed);
	const students = ROSTER.map((entry) => {
		const client = server.addPlayer({ userId: entry.userId, name: entry.name.lower(), displayName: entry.name });
		return new SimulatedStudent(server, client, entry.name, entry.habit, catalog, content, rng, line, entry.forges);
	});
	// ProfileService loads each profile within a few seconds
	Emulation.advance(10);
	const endAt = os.time() + minutes * 60;
	let playing = students.size();
	for (const student of students) {
		task.spawn(() => {
			const [ok, err] = pcall(() => student.play(endAt));
			if (!ok) line(`${student.name} stopped playing: ${err}`);
			playing -= 1;
		});
	}
	while (playing > 0) Emulation.advance(30);
	for (const student of students) line(`${student.name}'s screen: ${hudText(student.client)}`);
	line("class is over: the server shuts down");
	server.shutdown();
	for (const entry of ROSTER) {
		const stored = world.dataStores.peek(PLAYER_PROFILE_STORE, profileKey(entry.userId)) as
			{ Data: PlayerProfile; MetaData: { ActiveSession?: unknown } } | undefined;
		if (stored === undefined) {
			say(`  no profile saved for ${entry.name}`);
			continue;
		}
		const data = stored.Data;
		say(
			`  saved ${entry.name} (${entry.habit.name}): level ${data.experience.level}, ${data.experience.total_xp} XP, ` +
				`${data.currency.coins} coins, ${data.achievements.total_earned} achievements, ` +
				`${data.stats.activities_completed} activities, session lock ${stored.MetaData.ActiveSession !== undefined ? "still held" : "released"}`,
		);
	}
	world.destroy();
}

/** What the student's HUD shows: level and name, XP, coins, streak (the labels' own text). */
function hudText(client: EmulatedClient): string {
	const hud = client.playerGui().FindFirstChild("ClassQuest")?.FindFirstChild("Hud");
	if (hud === undefined) return "(no HUD yet)";
	const parts = new Array<string>();
	for (const path of [
		["XpBar", "Figures", "Level"],
		["XpBar", "Figures", "Numbers"],
		["Currency", "Coins"],
		["Streak", "Days"],
	]) {
		let node: Instance | undefined = hud;
		for (const name of path) node = node?.FindFirstChild(name);
		if (node !== undefined && node.IsA("TextLabel")) parts.push(node.Text);
	}
	return parts.size() > 0 ? parts.join(" | ") : "(loading)";
}
