import { getServerCatalog } from "server/catalog/server-catalog";
import { getDefaultContent } from "server/content/default-content";
import { classRoster } from "./class-roster";
import { LiveAnswerBook } from "./live-answer-book";
import { Narration } from "./narration";
import { SimulatedStudent } from "./simulated-student";
import { SimulatedTeacher } from "./simulated-teacher";
import { ServerWatch } from "./server-watch";
import { weekData, WeekData } from "./week-data";
import { WeekLog } from "./week-log";
import { weekSummary } from "./week-summary";

export interface WeekOptions {
	readonly days: number;
	readonly students: number;
	readonly seed: number;
}

const HOUR = 3600;
const DAY = 24 * HOUR;
/** School days start on a Monday: the first after the emulation's first day (Tuesday 2026-09-01). */
const FIRST_MONDAY = Emulation.DEFAULT_START_TIME - (Emulation.DEFAULT_START_TIME % DAY) + 6 * DAY;
const CLASS_STARTS = 9 * HOUR;
const CLASS_MINUTES = 50;
const HOMEWORK_STARTS = 17 * HOUR;
const HOMEWORK_MINUTES = 30;
/** Frames per second while nobody plays: time passes without a client to serve. */
const IDLE_FRAME_RATE = 1 / 60;
const PLAY_FRAME_RATE = 5;

/** The Unix time school day `day` (1-based) starts at midnight, weekends skipped. */
function dayStart(day: number): number {
	const weeks = math.floor((day - 1) / 5);
	return FIRST_MONDAY + weeks * 7 * DAY + ((day - 1) % 5) * DAY;
}

/**
 * `npm start`'s simulated class: a teacher and `students` students over `days` school days on
 * the real server code, on two kinds of server: each morning the public hub, where the teacher
 * opens the class and the students type its code, and the class's reserved server, where the
 * lesson happens (stations, the class quest, a live quiz, the shop, gifts); some students play
 * again on a hub after school. Everything goes through the clients' remotes. Narrates what
 * happens, then the summary; returns the week's data for the balance report.
 */
export function runClassWeek(out: Narration, options: WeekOptions): WeekData {
	const world = Emulation.createWorld({ seed: options.seed });
	const rng = new Random(options.seed);
	const catalog = getServerCatalog();
	const content = getDefaultContent();
	const log = new WeekLog(dayStart(1) + CLASS_STARTS);
	const answers = new LiveAnswerBook();
	const clock = () => os.date("!%a %H:%M", os.time());
	const lines: Narration = {
		headline: (text) => out.headline(`[${clock()}] ${text}`),
		detail: (text) => out.detail(`[${clock()}] ${text}`),
	};
	const line = lines.headline;
	const students = classRoster(options.students).map(
		(entry) => new SimulatedStudent(entry, world, catalog, content, rng, lines, log, answers),
	);
	const teacher = new SimulatedTeacher(world, line, log, answers);
	const watch = new ServerWatch(log, teacher);

	for (let day = 1; day <= options.days; day++) {
		idleUntil(dayStart(day) + CLASS_STARTS);
		Emulation.setFrameRate(PLAY_FRAME_RATE);
		const hub = world.startServer({ name: `hub, day ${day}` });
		SimulatedTeacher.allowOn(hub);
		const classServer = teacher.openClass(hub);
		watch.watch(classServer, "class");
		watch.watch(hub, "hub");
		const present = students.filter((student) => student.entry.habit.joinDay <= day);
		line(`day ${day}: ${present.size()} students come to class`);
		const endAt = dayStart(day) + CLASS_STARTS + CLASS_MINUTES * 60;
		const inClass = new Array<SimulatedStudent>();
		together(present, (student) => {
			// students arrive over the first few minutes
			task.wait(rng.NextNumber(0, 120));
			if (student.arrive(hub) && student.joinClass(teacher.code!)) inClass.push(student);
			else student.leave();
		});
		const online = () => inClass.filter((student) => student.client !== undefined).map((s) => s.userId);
		let teaching = true;
		task.spawn(() => {
			const [ok, err] = pcall(() => teacher.teach(day, endAt, online));
			if (!ok) line(`the teacher stopped teaching: ${err}`);
			teaching = false;
		});
		watch.runUntil(endAt, students);
		together(inClass, (student) => student.play(endAt, day));
		while (teaching) Emulation.advance(5);
		for (const student of inClass) student.leave();
		teacher.leave();
		// a server closes once its last player leaves
		classServer.shutdown();
		hub.shutdown();

		idleUntil(dayStart(day) + HOMEWORK_STARTS);
		Emulation.setFrameRate(PLAY_FRAME_RATE);
		const evening = world.startServer({ name: `hub, evening ${day}` });
		watch.watch(evening, "hub");
		const home = present.filter((student) => rng.NextNumber() < student.entry.habit.homework);
		line(`after school: ${home.size()} students play on a public server`);
		const homeEnd = dayStart(day) + HOMEWORK_STARTS + HOMEWORK_MINUTES * 60;
		watch.runUntil(homeEnd, students);
		together(home, (student) => {
			task.wait(rng.NextNumber(0, 300));
			if (student.arrive(evening)) student.play(homeEnd, day);
			student.leave();
		});
		evening.shutdown();
	}
	Emulation.setFrameRate(PLAY_FRAME_RATE);
	const data = weekData(world, options, log, students, catalog, watch);
	for (const text of weekSummary(data)) out.headline(text);
	world.destroy();
	return data;
}

/** Runs `work` for each of `items` at once and returns when all are done (an error is said, not raised). */
function together<T extends { name: string }>(items: readonly T[], work: (item: T) => void) {
	let running = items.size();
	for (const item of items) {
		task.spawn(() => {
			const [ok, err] = pcall(() => work(item));
			if (!ok) warn(`${item.name}: ${err}`);
			running -= 1;
		});
	}
	while (running > 0) Emulation.advance(1);
}

/** Lets time pass at a frame a minute until `at`: nights and the hours between classes. */
function idleUntil(at: number) {
	Emulation.setFrameRate(IDLE_FRAME_RATE);
	if (at > os.time()) Emulation.advance(at - os.time());
}
