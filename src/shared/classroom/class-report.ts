import { foldText, SUBJECT_IDS, SUBJECTS, SubjectId } from "shared/content";
import { ClassRecord, QuizQuestionRecord, RosterEntry } from "./class-record";
import { ClassReport, QuestionReportRow, StudentReportRow } from "./classroom-protocol";
import { CsvCell, csvText } from "./csv-write";
import { isoWeek } from "./iso-week";
import { entryInWeek, refreshRosterEntry, RosterSnapshot } from "./roster";

/** "a" before "B" before "b": how names and answers are ordered for a teacher. */
function alphabetical(a: string, b: string): boolean {
	const foldedA = foldText(a);
	const foldedB = foldText(b);
	return foldedA !== foldedB ? foldedA < foldedB : a < b;
}

function studentRow(entry: RosterEntry): StudentReportRow {
	const accuracy: Record<string, number> = {};
	for (const [subject, tally] of pairs(entry.subjects_week)) {
		if (tally.answered > 0) accuracy[subject] = tally.correct / tally.answered;
	}
	return {
		user_id: entry.user_id,
		display_name: entry.display_name,
		level: entry.level,
		xp_week: entry.xp_week,
		activities_week: entry.activities_week,
		streak: entry.streak,
		achievements_week: entry.achievements_week.size(),
		accuracy,
	};
}

/** The wrong answer given most often; of those given equally often, the first alphabetically. */
function commonWrongAnswer(question: QuizQuestionRecord): string | undefined {
	let best: string | undefined;
	let bestCount = 0;
	for (const [answer, count] of pairs(question.wrong_answers)) {
		if (count > bestCount || (count === bestCount && best !== undefined && alphabetical(answer, best))) {
			best = answer;
			bestCount = count;
		}
	}
	return best;
}

function questionRows(record: ClassRecord): QuestionReportRow[] {
	const rows: QuestionReportRow[] = [];
	// the newest quiz first: the one the teacher just ran is the one they look for
	for (let q = record.quizzes.size() - 1; q >= 0; q--) {
		const quiz = record.quizzes[q];
		quiz.questions.forEach((question, index) => {
			rows.push({
				quiz_title: quiz.title,
				number: index + 1,
				prompt: question.prompt,
				correct_answer: question.correct_answer,
				answered: question.answered,
				correct: question.correct,
				share_correct: question.answered > 0 ? question.correct / question.answered : 0,
				common_wrong_answer: commonWrongAnswer(question),
			});
		});
	}
	return rows;
}

/** A share as a spreadsheet reads a percentage ("75%"); empty when there was nothing to count. */
function percent(share: number | undefined): CsvCell {
	return share === undefined ? "" : `${math.round(share * 100)}%`;
}

/** The subjects any student answered this week: the content's in their usual order, then any other. */
function subjectsAnswered(students: readonly StudentReportRow[]): string[] {
	const seen = new Set<string>();
	for (const student of students) for (const [subject] of pairs(student.accuracy)) seen.add(subject);
	const known = SUBJECT_IDS.filter((id) => seen.has(id));
	const others: string[] = [];
	for (const subject of seen) if (!SUBJECT_IDS.includes(subject as SubjectId)) others.push(subject);
	others.sort();
	return [...known, ...others];
}

function studentsCsv(students: readonly StudentReportRow[]): string {
	const subjects = subjectsAnswered(students);
	const header: CsvCell[] = [
		"Student",
		"Level",
		"XP this week",
		"Activities this week",
		"Streak (days)",
		"Achievements this week",
		...subjects.map((id) => `${SUBJECTS.get(id as SubjectId)?.name ?? id} accuracy`),
	];
	const rows = students.map((student): CsvCell[] => [
		student.display_name,
		student.level,
		student.xp_week,
		student.activities_week,
		student.streak,
		student.achievements_week,
		...subjects.map((id) => percent(student.accuracy[id])),
	]);
	return csvText([header, ...rows]);
}

function questionsCsv(questions: readonly QuestionReportRow[]): string {
	const header: CsvCell[] = [
		"Quiz",
		"Number",
		"Question",
		"Correct answer",
		"Answered",
		"Correct",
		"Share correct",
		"Most common wrong answer",
	];
	const rows = questions.map((row): CsvCell[] => [
		row.quiz_title,
		row.number,
		row.prompt,
		row.correct_answer,
		row.answered,
		row.correct,
		percent(row.answered > 0 ? row.share_correct : undefined),
		row.common_wrong_answer ?? "",
	]);
	return csvText([header, ...rows]);
}

/**
 * The class report at `now`: a row per student on the roster for the current ISO week (a student
 * whose counters are from an older week shows 0 for them), brought up to date with the snapshots of
 * students online now when given; a row per question of the class's live quizzes, newest quiz
 * first; and both tables as CSV text for a spreadsheet.
 */
export function buildClassReport(
	record: ClassRecord,
	now: number,
	onlineSnapshots?: ReadonlyMap<number, RosterSnapshot>,
): ClassReport {
	const week = isoWeek(now);
	const students = record.roster
		.map((entry) => {
			const snapshot = onlineSnapshots?.get(entry.user_id);
			return studentRow(
				snapshot !== undefined ? refreshRosterEntry(entry, snapshot, week) : entryInWeek(entry, week),
			);
		})
		.sort((a, b) =>
			a.display_name !== b.display_name ? alphabetical(a.display_name, b.display_name) : a.user_id < b.user_id,
		);
	const questions = questionRows(record);
	return {
		class_name: record.name,
		week,
		students,
		questions,
		students_csv: studentsCsv(students),
		questions_csv: questionsCsv(questions),
	};
}
