import { ClassRecord, QuizQuestionRecord } from "shared/classroom/class-record";
import { newClassRecord } from "shared/classroom/class-record-repair";
import { buildClassReport } from "shared/classroom/class-report";
import { readDelimited } from "shared/classroom/csv";
import { csvCell } from "shared/classroom/csv-write";
import { isoWeek } from "shared/classroom/iso-week";
import { newRosterEntry } from "shared/classroom/roster";
import { daysFromCivil } from "shared/domain";

const NOW = daysFromCivil(2026, 12, 2) * 86400 + 10 * 3600;
const WEEK = isoWeek(NOW);
const LAST_WEEK = isoWeek(NOW - 7 * 86400);

function question(
	id: string,
	prompt: string,
	answered: number,
	correct: number,
	wrong: Record<string, number>,
): QuizQuestionRecord {
	return {
		question_id: id,
		prompt,
		correct_answer: "56",
		asked: answered,
		answered,
		correct,
		wrong_answers: wrong,
		skipped: false,
	};
}

function sampleRecord(): ClassRecord {
	const record = newClassRecord(
		{
			class_id: "c1",
			name: "Year 5",
			teacher_user_id: 100,
			teacher_name: "Ms Rivera",
			access_code: "a",
			private_server_id: "p",
		},
		NOW,
	);
	const ana = newRosterEntry(1, "ana", NOW, WEEK);
	ana.xp_week = 120;
	ana.activities_week = 3;
	ana.level = 4;
	ana.streak = 2;
	ana.achievements_week.push("a", "b");
	ana.subjects_week.math = { answered: 4, correct: 3 };
	ana.subjects_week.science = { answered: 0, correct: 0 };
	const ben = newRosterEntry(2, '=HYPERLINK("http://x")', NOW, LAST_WEEK);
	ben.xp_week = 500;
	ben.activities_week = 9;
	ben.subjects_week.reading = { answered: 2, correct: 1 };
	const chloe = newRosterEntry(3, 'Chloe, "CJ"', NOW, WEEK);
	chloe.subjects_week.reading = { answered: 5, correct: 5 };
	record.roster.push(chloe, ben, ana);
	record.quizzes.push(
		{
			quiz_id: "z1",
			set_id: "s1",
			title: "Old quiz",
			started_at: NOW - 900,
			ended_at: NOW - 600,
			questions: [question("q1", "Old one", 2, 2, {})],
		},
		{
			quiz_id: "z2",
			set_id: "s2",
			title: "Times, tables",
			started_at: NOW - 300,
			ended_at: NOW,
			questions: [
				question("q1", "What is 7 x 8?", 3, 1, { "54": 1, "64": 1 }),
				question("q2", "-1 + 1?", 0, 0, {}),
				question("q3", "Which?", 4, 1, { zeta: 1, "@alpha": 2, beta: 2 }),
			],
		},
	);
	return record;
}

export = () => {
	describe("the class report", () => {
		it("has a row per student for the current week, in name order", () => {
			const report = buildClassReport(sampleRecord(), NOW);
			expect(report.week).to.equal("2026-W49");
			expect(report.class_name).to.equal("Year 5");
			expect(report.students.map((row) => row.user_id).join(",")).to.equal("2,1,3");
			const ana = report.students[1];
			expect(ana.xp_week).to.equal(120);
			expect(ana.activities_week).to.equal(3);
			expect(ana.achievements_week).to.equal(2);
			expect(ana.level).to.equal(4);
			expect(ana.accuracy.math).to.equal(0.75);
			expect(ana.accuracy.science).to.equal(undefined);
		});

		it("shows 0 for the week's counters of a student last counted in an older week", () => {
			const ben = buildClassReport(sampleRecord(), NOW).students[0];
			expect(ben.user_id).to.equal(2);
			expect(ben.xp_week).to.equal(0);
			expect(ben.activities_week).to.equal(0);
			expect(ben.accuracy.reading).to.equal(undefined);
		});

		it("brings online students up to date from their snapshots", () => {
			const snapshots = new Map([
				[1, { display_name: "ana", level: 5, xp_total: 900, streak: 3, at: NOW, xp_gained: 30, activities: 1 }],
			]);
			const ana = buildClassReport(sampleRecord(), NOW, snapshots).students[1];
			expect(ana.xp_week).to.equal(150);
			expect(ana.level).to.equal(5);
		});

		it("has a row per quiz question, newest quiz first, with the share right and the most common wrong answer", () => {
			const rows = buildClassReport(sampleRecord(), NOW).questions;
			expect(rows.map((row) => `${row.quiz_title}#${row.number}`).join(",")).to.equal(
				"Times, tables#1,Times, tables#2,Times, tables#3,Old quiz#1",
			);
			expect(rows[0].answered).to.equal(3);
			expect(rows[0].correct).to.equal(1);
			expect(rows[0].share_correct).to.equal(1 / 3);
			// a tie between "54" and "64": the first alphabetically
			expect(rows[0].common_wrong_answer).to.equal("54");
			expect(rows[1].share_correct).to.equal(0);
			expect(rows[1].common_wrong_answer).to.equal(undefined);
			expect(rows[2].common_wrong_answer).to.equal("@alpha");
			expect(rows[3].share_correct).to.equal(1);
		});

		it("writes CSV a spreadsheet reads back into the same cells", () => {
			const report = buildClassReport(sampleRecord(), NOW);
			const students = readDelimited(report.students_csv);
			if (!students.ok) throw students.reason;
			expect(students.rows.size()).to.equal(4);
			expect(students.rows[0].cells.join("|")).to.equal(
				"Student|Level|XP this week|Activities this week|Streak (days)|Achievements this week|Math accuracy|Reading accuracy",
			);
			expect(students.rows[2].cells.join("|")).to.equal("ana|4|120|3|2|2|75%|");
			expect(students.rows[3].cells[0]).to.equal('Chloe, "CJ"');
			expect(students.rows[3].cells[7]).to.equal("100%");
			const questions = readDelimited(report.questions_csv);
			if (!questions.ok) throw questions.reason;
			expect(questions.rows[1].cells.join("|")).to.equal("Times, tables|1|What is 7 x 8?|56|3|1|33%|54");
			expect(questions.rows[2].cells[6]).to.equal("");
		});

		it("makes a cell that a spreadsheet would run as a formula inert", () => {
			const report = buildClassReport(sampleRecord(), NOW);
			const students = readDelimited(report.students_csv);
			if (!students.ok) throw students.reason;
			expect(students.rows[1].cells[0]).to.equal(`'=HYPERLINK("http://x")`);
			const questions = readDelimited(report.questions_csv);
			if (!questions.ok) throw questions.reason;
			expect(questions.rows[2].cells[2]).to.equal("'-1 + 1?");
			expect(questions.rows[3].cells[7]).to.equal("'@alpha");
		});

		it("quotes cells with commas, quotes and newlines, and prefixes each formula start", () => {
			expect(csvCell("plain")).to.equal("plain");
			expect(csvCell("a, b")).to.equal('"a, b"');
			expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
			expect(csvCell("two\nlines")).to.equal('"two\nlines"');
			for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
				const cell = csvCell(`${start}1`);
				// "\r" also makes the cell quoted
				expect(cell.sub(1, 1) === "'" || cell.sub(1, 2) === `"'`).to.equal(true);
			}
			expect(csvCell("=1,2")).to.equal(`"'=1,2"`);
			expect(csvCell(42)).to.equal("42");
			expect(csvCell("a=1")).to.equal("a=1");
		});
	});
};
