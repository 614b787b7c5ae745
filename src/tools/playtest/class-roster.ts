import { Habit, HABITS } from "./habits";

/** One simulated student of the class. */
export interface RosterEntry {
	readonly userId: number;
	readonly name: string;
	readonly habit: Habit;
}

const FIRST_NAMES = [
	"Ana",
	"Ben",
	"Chloe",
	"Dev",
	"Ella",
	"Felix",
	"Grace",
	"Hugo",
	"Iris",
	"Jonah",
	"Kira",
	"Leo",
	"Maya",
	"Noah",
	"Olivia",
	"Pablo",
	"Quinn",
	"Rosa",
	"Sam",
	"Tara",
	"Umar",
	"Vera",
	"Wes",
	"Xena",
	"Yusuf",
	"Zoe",
	"Aiden",
	"Bea",
	"Caleb",
	"Dina",
	"Eli",
	"Fatima",
	"Gus",
	"Hana",
	"Ivan",
	"Jade",
	"Kofi",
	"Lina",
	"Milo",
	"Nia",
];

/** User ids of simulated students start here; the teacher's is TEACHER_USER_ID. */
const FIRST_USER_ID = 2001;
export const TEACHER_USER_ID = 9001;

/**
 * A class of `count` students: one who tries to cheat, a tenth who join late (at least one from
 * five students), and the rest diligent, casual and struggling about 4 : 3 : 3, dealt in turn so
 * that a small class has some of each.
 */
export function classRoster(count: number): RosterEntry[] {
	const habits = new Array<Habit>();
	if (count >= 2) habits.push(HABITS.cheater);
	const late = count >= 5 ? math.max(1, math.floor(count / 10)) : 0;
	for (let i = 0; i < late; i++) habits.push(HABITS.late);
	const cycle = [
		HABITS.diligent,
		HABITS.casual,
		HABITS.struggling,
		HABITS.diligent,
		HABITS.casual,
		HABITS.struggling,
		HABITS.diligent,
		HABITS.casual,
		HABITS.struggling,
		HABITS.diligent,
	];
	for (let i = 0; habits.size() < count; i++) habits.push(cycle[i % cycle.size()]);
	// the habits of the early ones first, so that students 1, 2, 3 are diligent, casual, struggling
	const ordered = [
		...habits.filter((h) => h.name !== "cheater" && h.name !== "late"),
		...habits.filter((h) => h.name === "cheater" || h.name === "late"),
	];
	return ordered.map((habit, index) => ({
		userId: FIRST_USER_ID + index,
		name: index < FIRST_NAMES.size() ? FIRST_NAMES[index] : `Student ${index + 1}`,
		habit,
	}));
}
