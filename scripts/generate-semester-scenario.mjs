// Writes scenarios/semester-class-of-30.json: a fall semester (15 weeks) of a class of 30 students
// with different habits, for balancing and as a determinism check. The generator is seeded, so
// running it again writes the same file; edit the habits below and re-run it to try another class.
//   node scripts/generate-semester-scenario.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), "..", "scenarios", "semester-class-of-30.json");
const FIRST_MONDAY = Date.UTC(2026, 8, 7); // 2026-09-07
const WEEKS = 15;
const NAMES = [
	"Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Grace", "Hugo", "Isla", "Jonas",
	"Kai", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara",
	"Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Aiko", "Bruno", "Cora", "Diego",
];
const SUBJECTS = ["math", "science", "history", "language"];
const DAILY_QUESTS = ["daily_three_activities", "daily_perfect_quiz", "daily_helping_hand"];
const SHOP_WISHES = ["snack_pack", "double_xp_potion", "emote_high_five", "avatar_owl", "theme_space", "title_bookworm"];

// mulberry32, the same generator the game uses, so the file is the same on every machine
function rng(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const random = rng(30);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + random() * (high - low);

const students = NAMES.map((name, index) => ({
	user_id: String(1001 + index),
	username: name.toLowerCase(),
	display_name: name,
	attendance: between(0.6, 0.98),
	skill: between(0.5, 0.95),
	pace: between(0.35, 1.1),
	helpful: between(0, 0.3),
	weekendStudy: between(0, 0.4),
	wish: 0,
	started: false,
}));

const events = [];
const at = (day, minutes) => new Date(day + minutes * 60000).toISOString().replace(".000Z", "Z");
const push = (time, userId, kind, fields = {}) => events.push({ time, event: { at: time, user_id: userId, kind, ...fields } });

function performance(student, expected) {
	const accuracy = Math.min(1, Math.max(0, student.skill + between(-0.2, 0.15)));
	return {
		perfect: accuracy >= 0.98,
		time: Math.round(expected * student.pace * between(0.8, 1.2)),
		expected_time: expected,
		first_try: random() < 0.7,
		accuracy: Math.round(accuracy * 100) / 100,
	};
}

const EXPECTED = { lesson: 900, reading: 1200, quiz: 600, unit_test: 2400, practice: 300, flashcards: 300, project: 3600, help_classmate: 300 };
function activity(time, student, id) {
	push(time, student.user_id, "activity", {
		activity: id,
		subject: pick(SUBJECTS),
		difficulty: pick(["easy", "medium", "hard"]),
		performance: performance(student, EXPECTED[id]),
	});
}

for (let week = 0; week < WEEKS; week++) {
	for (let weekday = 0; weekday < 7; weekday++) {
		const day = FIRST_MONDAY + (week * 7 + weekday) * 86400000;
		if (weekday >= 5) {
			for (const student of students) {
				if (random() < student.weekendStudy) {
					const start = 600 + Math.floor(random() * 300);
					push(at(day, start), student.user_id, "join");
					activity(at(day, start + 10), student, "flashcards");
					push(at(day, start + 20), student.user_id, "leave");
				}
			}
			if (weekday === 6) events.push({ time: at(day, 23 * 60), event: { at: at(day, 23 * 60), kind: "tick" } });
			continue;
		}
		const present = students.filter((student) => random() < student.attendance);
		for (const student of present) {
			const start = 8 * 60 + Math.floor(random() * 10);
			push(at(day, start), student.user_id, "join");
			// the tutorial on a student's first day; most take the day's quest (refused while one is still running)
			if (!student.started) {
				push(at(day, start + 1), student.user_id, "assign_quest", { quest_id: "tutorial_first_lesson" });
				student.started = true;
			} else if (random() < 0.7) {
				push(at(day, start + 1), student.user_id, "assign_quest", { quest_id: pick(DAILY_QUESTS) });
			}
			activity(at(day, start + 20), student, weekday === 4 && week % 3 === 2 ? "unit_test" : "lesson");
			activity(at(day, start + 40), student, weekday % 2 === 0 ? "quiz" : "practice");
			if (random() < 0.5) activity(at(day, start + 55), student, pick(["reading", "flashcards", "practice"]));
			if (weekday === 3 && week % 2 === 1) activity(at(day, start + 70), student, "project");
			if (random() < student.helpful && present.length > 1) {
				let classmate = pick(present);
				if (classmate === student) classmate = present[(present.indexOf(student) + 1) % present.length];
				activity(at(day, start + 80), student, "help_classmate");
				push(at(day, start + 81), classmate.user_id, "metric", { metric: "helps_received", value: 1 });
			}
			if (weekday === 4) {
				// Friday: each student tries to buy the next thing on their list (refused when they cannot pay yet)
				const wish = SHOP_WISHES[student.wish % SHOP_WISHES.length];
				push(at(day, start + 85), student.user_id, "purchase", { reward_id: wish });
				if (wish === "snack_pack" || wish === "double_xp_potion") {
					push(at(day, start + 86), student.user_id, "use_item", { item_id: wish });
				}
				student.wish += 1;
			}
			push(at(day, start + 90), student.user_id, "leave");
		}
		if (weekday === 4 && present.length > 0) {
			push(at(day, 10 * 60), pick(present).user_id, "grant", { xp: 150, coins: 30, reason: "Star of the week" });
		}
	}
}

// events of a day are generated student by student; the scenario wants them in time order
events.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));

// one class of one school; a third of the students chose a public profile; friends sit next to each other
const players = students.map(({ user_id, username, display_name }, index) => ({
	user_id,
	username,
	display_name,
	class_id: "7b",
	school_id: "lincoln-middle",
	country: "US",
	friends: [students[(index + 1) % students.length].user_id, students[(index + 29) % students.length].user_id],
	public: index % 3 === 0,
}));
const lines = [
	"{",
	'  "seed": 30,',
	'  "players": [',
	players.map((player) => "    " + JSON.stringify(player)).join(",\n"),
	"  ],",
	'  "events": [',
	events.map(({ event }) => "    " + JSON.stringify(event)).join(",\n"),
	"  ]",
	"}",
];
writeFileSync(OUTPUT, lines.join("\n") + "\n");
console.error(`wrote ${OUTPUT}: ${players.length} students, ${events.length} events`);
