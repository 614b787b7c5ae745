import {
	ClassBroadcast,
	ClassReport,
	ConsoleView,
	ImportReply,
	LiveQuizView,
	QuizQuestionStats,
	RosterRow,
	StudentReportRow,
	TeacherQuizView,
} from "shared/classroom/classroom-protocol";
import { ClassLogEntry } from "shared/classroom/class-record";

/**
 * A class as the previews show it: Ms Rivera's 5th grade on a Friday morning, twelve students
 * (ten of them here), a fractions quiz at its third question. Plausible figures, made up here:
 * the classroom's own rules are the server's, and what the client shows is what it is sent.
 */

const TEACHER = { user_id: 9001, name: "Ms Rivera" };
const CLASS_NAME = "Ms Rivera's 5th grade";
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/** The class's students: display name, online, level, XP this week, streak, minutes since last active. */
const STUDENTS: readonly [string, boolean, number, number, number, number][] = [
	["Maya", true, 9, 1480, 6, 0],
	["Leo", true, 7, 1210, 4, 1],
	["Ana", true, 6, 1130, 5, 0],
	["Sam", true, 6, 990, 2, 3],
	["Priya", true, 8, 940, 7, 0],
	["Tomás", true, 5, 810, 3, 2],
	["Grace", true, 5, 760, 1, 0],
	["Yusuf", true, 4, 620, 0, 5],
	["Hana", true, 6, 590, 3, 1],
	["Jonah", true, 3, 410, 1, 0],
	["Lena", false, 4, 350, 0, 95],
	["Omar", false, 2, 120, 0, 60 * 26],
];

function roster(now: number): RosterRow[] {
	return STUDENTS.map(([display_name, online, level, xp_week, streak, minutesAgo], index) => ({
		user_id: 1001 + index,
		display_name,
		online,
		level,
		xp_week,
		streak,
		last_active: now - minutesAgo * MINUTE,
	}));
}

const QUIZ_TITLE = "Fractions check";
const QUESTIONS = [
	{ prompt: "What is 1/2 + 1/4?", correct: "3/4", wrong: ["2/6", "1/8", "2/4"] },
	{ prompt: "Which is bigger: 2/3 or 3/5?", correct: "2/3", wrong: ["3/5", "They are equal"] },
	{ prompt: "Which fraction is equal to 2/4?", correct: "1/2", wrong: ["2/3", "3/4", "1/4"] },
	{ prompt: "What is 3/4 of 12?", correct: "9", wrong: ["8", "6", "3"] },
	{ prompt: "What is 5/10 written as a decimal?", correct: "0.5", wrong: ["0.05", "5.0", "0.10"] },
];
/** The choices of the question on screen, in the order the server shuffled them. */
const SHOWN_CHOICES = ["2/3", "1/2", "1/4", "3/4"];

const STATS: QuizQuestionStats[] = [
	{
		number: 1,
		prompt: QUESTIONS[0].prompt,
		correct_answer: "3/4",
		answered: 10,
		correct: 8,
		share_correct: 0.8,
		skipped: false,
	},
	{
		number: 2,
		prompt: QUESTIONS[1].prompt,
		correct_answer: "2/3",
		answered: 10,
		correct: 6,
		share_correct: 0.6,
		skipped: false,
	},
	{
		number: 3,
		prompt: QUESTIONS[2].prompt,
		correct_answer: "1/2",
		answered: 7,
		correct: 5,
		share_correct: 5 / 7,
		skipped: false,
	},
];

/** The fractions quiz at its third question, as the teacher's console shows it (`closesAt`: the server's time). */
export function sampleTeacherQuiz(closesAt: number): TeacherQuizView {
	return {
		quiz_id: "quiz-fractions-1",
		title: QUIZ_TITLE,
		phase: "question",
		scoring: "accuracy",
		number: 3,
		count: 5,
		prompt: QUESTIONS[2].prompt,
		choices: SHOWN_CHOICES,
		correct_answer: "1/2",
		closes_at: closesAt,
		online: 10,
		answered: 7,
		questions: STATS,
	};
}

function log(now: number): ClassLogEntry[] {
	const by = { by: TEACHER.user_id, by_name: TEACHER.name };
	return [
		{ ...by, at: now - 2 * MINUTE, action: "quiz_start", detail: "Fractions check, 5 questions, untimed" },
		{
			...by,
			at: now - 9 * MINUTE,
			action: "award",
			target: 1005,
			target_name: "Priya",
			detail: "+50 XP",
			reason: "Explained equivalent fractions to her table",
		},
		{ ...by, at: now - 12 * MINUTE, action: "spotlight", target: 1005, target_name: "Priya", detail: "spotlight" },
		{ ...by, at: now - 15 * MINUTE, action: "announce", detail: "Quiz in 5 minutes: find a seat near the board!" },
		{
			...by,
			at: now - 40 * MINUTE,
			action: "revoke",
			target: 1008,
			target_name: "Yusuf",
			detail: "-20 coins",
			reason: "Coins given twice by mistake",
		},
		{ ...by, at: now - HOUR, action: "class_quest", detail: "Busy Week, 45 minutes" },
		{ ...by, at: now - DAY, action: "lock", detail: "locked" },
	];
}

/** Ms Rivera's console: the class, its roster, its sets and quests, the log, and (`quiz`) the quiz running. */
export function sampleConsole(now: number, quiz?: TeacherQuizView): ConsoleView {
	return {
		class_id: "class-rivera-5",
		name: CLASS_NAME,
		join_code: "KX7-4PM",
		join_code_expires_at: now + 6 * DAY + 4 * HOUR,
		locked: true,
		frozen: false,
		notifications_paused: false,
		spotlight: { user_id: 1005, display_name: "Priya" },
		class_quest: { quest_id: "weekly_fifteen_activities", title: "Busy Week", deadline: now + 25 * MINUTE },
		roster: roster(now),
		log: log(now),
		question_sets: [
			{ set_id: "own-fractions", title: QUIZ_TITLE, subject: "math", question_count: 5, own: true },
			{
				set_id: "math-easy-1",
				title: "Adding and subtracting to 1,000",
				subject: "math",
				question_count: 8,
				own: false,
			},
			{
				set_id: "science-easy-1",
				title: "Plants and animals",
				subject: "science",
				question_count: 6,
				own: false,
			},
			{
				set_id: "history-medium-1",
				title: "Ancient civilisations",
				subject: "history",
				question_count: 7,
				own: false,
			},
		],
		quests: [
			{ quest_id: "weekly_fifteen_activities", title: "Busy Week" },
			{ quest_id: "weekly_subject_tour", title: "Well-Rounded" },
			{ quest_id: "daily_three_activities", title: "Daily Grind" },
		],
		quiz,
	};
}

/** The same console between quizzes and with nothing running, for the setup screens. */
export function sampleQuietConsole(now: number): ConsoleView {
	return { ...sampleConsole(now), class_quest: undefined, spotlight: undefined, locked: false };
}

/** The third question as a student sees it: no answer before the teacher reveals it. */
export function sampleStudentQuiz(closesAt?: number): LiveQuizView {
	return {
		quiz_id: "quiz-fractions-1",
		title: QUIZ_TITLE,
		phase: "question",
		scoring: "accuracy",
		number: 3,
		count: 5,
		question: { id: "q3", type: "multiple_choice", prompt: QUESTIONS[2].prompt, choices: SHOWN_CHOICES },
		closes_at: closesAt,
	};
}

/** What a student on the class server is told (role "student"), with `quiz` when one runs. */
export function sampleClassBroadcast(now: number, quiz?: LiveQuizView): ClassBroadcast {
	return {
		place: "class",
		role: "student",
		class_id: "class-rivera-5",
		name: CLASS_NAME,
		teacher_name: TEACHER.name,
		announcement: { text: "Quiz in 5 minutes: find a seat near the board!", at: now - 15 * MINUTE },
		frozen: true,
		notifications_paused: false,
		spotlight: { user_id: 1005, display_name: "Priya" },
		class_quest: { quest_id: "weekly_fifteen_activities", title: "Busy Week", deadline: now + 25 * MINUTE },
		quiz,
	};
}

/** What the hub tells a player (no class yet): only their role. */
export function sampleHub(role: "teacher" | "student"): ClassBroadcast {
	return { place: "hub", role, frozen: false, notifications_paused: false };
}

/** The teacher's own view on the class server: the same class, role "teacher". */
export function sampleTeacherBroadcast(now: number): ClassBroadcast {
	return { ...sampleClassBroadcast(now), role: "teacher", frozen: false };
}

/** The pasted fractions set read back: five questions by their lines (line 1 was a header). */
export const SAMPLE_IMPORT: ImportReply = {
	ok: true,
	questions: QUESTIONS.map((question, index) => ({
		line: index + 2,
		prompt: question.prompt,
		correct_answer: question.correct,
		wrong_answers: question.wrong,
	})),
};

/** The same paste with two lines wrong: what the teacher fixes before saving. */
export const SAMPLE_IMPORT_ERRORS: ImportReply = {
	ok: false,
	reason: "2 lines could not be read: fix them and preview again",
	errors: [
		{ line: 3, message: "expected a question, its correct answer and at least one wrong answer; found 2 fields" },
		{ line: 5, message: 'the correct answer "9" is also given as a wrong answer' },
	],
};

/** The text the teacher pasted (a spreadsheet's copy: tab-separated, with a header line). */
export const SAMPLE_PASTE = [
	"Question\tCorrect\tWrong 1\tWrong 2\tWrong 3",
	...QUESTIONS.map((question) => [question.prompt, question.correct, ...question.wrong].join("\t")),
].join("\n");

/** The same paste before it was fixed: line 3 lacks its wrong answers, line 5 repeats its answer. */
export const SAMPLE_BAD_PASTE = [
	"Question\tCorrect\tWrong 1\tWrong 2\tWrong 3",
	"What is 1/2 + 1/4?\t3/4\t2/6\t1/8\t2/4",
	"Which is bigger: 2/3 or 3/5?\t2/3",
	"Which fraction is equal to 2/4?\t1/2\t2/3\t3/4\t1/4",
	"What is 3/4 of 12?\t9\t8\t9\t3",
].join("\n");

function csvField(value: string | number): string {
	const text = tostring(value);
	return text.find('[,"\n]')[0] !== undefined ? `"${text.gsub('"', '""')[0]}"` : text;
}

function csvLine(fields: readonly (string | number)[]): string {
	return fields.map(csvField).join(",");
}

/** The week's report of the class, with both tables as CSV text. */
export function sampleReport(): ClassReport {
	const students: StudentReportRow[] = STUDENTS.map(([display_name, , level, xp_week, streak], index) => ({
		user_id: 1001 + index,
		display_name,
		level,
		xp_week,
		activities_week: math.max(1, math.floor(xp_week / 95)),
		streak,
		achievements_week: index % 4,
		accuracy: (index % 3 === 0 ? { math: 0.82, reading: 0.7 } : { math: 0.64 + index * 0.02 }) as Record<
			string,
			number
		>,
	}));
	const questions = STATS.map((stat) => ({
		quiz_title: QUIZ_TITLE,
		number: stat.number,
		prompt: stat.prompt,
		correct_answer: stat.correct_answer,
		answered: stat.answered,
		correct: stat.correct,
		share_correct: stat.share_correct,
		common_wrong_answer: QUESTIONS[stat.number - 1].wrong[0],
	}));
	const studentsCsv = [
		csvLine(["display_name", "level", "xp_week", "activities_week", "streak", "achievements_week"]),
		...students.map((row) =>
			csvLine([row.display_name, row.level, row.xp_week, row.activities_week, row.streak, row.achievements_week]),
		),
	].join("\n");
	const questionsCsv = [
		csvLine(["quiz", "number", "question", "correct_answer", "answered", "correct", "share_correct"]),
		...questions.map((row) =>
			csvLine([
				row.quiz_title,
				row.number,
				row.prompt,
				row.correct_answer,
				row.answered,
				row.correct,
				string.format("%.2f", row.share_correct),
			]),
		),
	].join("\n");
	return {
		class_name: CLASS_NAME,
		week: "2026-W37",
		students,
		questions,
		students_csv: studentsCsv,
		questions_csv: questionsCsv,
	};
}
