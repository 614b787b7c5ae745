import { CLASS_LIMITS, CLASS_RECORD_SCHEMA, ClassRecord } from "shared/classroom/class-record";
import { newClassRecord, pushLog, repairClassRecord } from "shared/classroom/class-record-repair";
import { readQuestionText, toQuestionSet } from "shared/classroom/question-import";
import { newRosterEntry } from "shared/classroom/roster";
import { deepCopy } from "shared/util/deep-copy";

const NOW = 1_796_000_000;
const WEEK = "2026-W49";

function sampleSet(id: string) {
	const read = readQuestionText("What is 7 x 8?, 56, 54, 64\nCapital of France?, Paris, Lyon");
	if (!read.ok) throw read.reason;
	return toQuestionSet(id, "Mixed", "math", read.questions, 3);
}

function goodRecord(): ClassRecord {
	const record = newClassRecord(
		{
			class_id: "class-1",
			name: "Year 5 Maths",
			teacher_user_id: 100,
			teacher_name: "Ms Rivera",
			access_code: "access-abc",
			private_server_id: "ps-123",
			join_code: "KX74PM",
		},
		NOW,
	);
	for (const [id, name] of [
		[1, "Ana"],
		[2, "Ben"],
		[3, "Chloe"],
	] as const) {
		const entry = newRosterEntry(id, name, NOW, WEEK);
		entry.xp_week = id * 10;
		entry.subjects_week.math = { answered: 4, correct: 3 };
		entry.achievements_week.push("first_steps");
		record.roster.push(entry);
	}
	record.question_sets.push(sampleSet("set-1"), sampleSet("set-2"));
	record.quizzes.push({
		quiz_id: "quiz-1",
		set_id: "set-1",
		title: "Mixed",
		started_at: NOW,
		ended_at: NOW + 300,
		questions: [
			{
				question_id: "q1",
				prompt: "What is 7 x 8?",
				correct_answer: "56",
				asked: 3,
				answered: 3,
				correct: 2,
				wrong_answers: { "54": 1 },
				skipped: false,
			},
		],
	});
	record.archived_boards.push({ season: 0, archived_at: NOW, top: [{ name: "Ana", score: 120 }] });
	pushLog(record, {
		at: NOW,
		by: 100,
		by_name: "Ms Rivera",
		action: "award",
		target: 1,
		target_name: "Ana",
		detail: "+50 XP",
		reason: "Helped Ben",
	});
	return record;
}

function has(lines: readonly string[], part: string): boolean {
	return lines.some((line) => line.find(part, 1, true)[0] !== undefined);
}

function expectRepair(lines: readonly string[], part: string) {
	if (!has(lines, part)) throw `no repair mentions "${part}"; got:\n${lines.join("\n")}`;
}

function repaired(raw: unknown) {
	const result = repairClassRecord(raw);
	if (!result.ok) throw `expected a repair, refused: ${result.reason}`;
	return result;
}

export = () => {
	describe("a new class record", () => {
		it("has the current schema, the join code expiring in 7 days, and empty lists", () => {
			const record = goodRecord();
			expect(record.schema).to.equal(CLASS_RECORD_SCHEMA);
			expect(record.join_code_expires_at).to.equal(NOW + 7 * 86400);
			expect(newClassRecord({ ...goodRecord(), join_code: undefined }, NOW).join_code_expires_at).to.equal(
				undefined,
			);
		});
	});

	describe("repairing a stored class record", () => {
		it("leaves a good record as it is, without a word", () => {
			const result = repaired(deepCopy(goodRecord()));
			expect(result.repairs.size()).to.equal(0);
			expect(result.record.roster.size()).to.equal(3);
			expect(result.record.question_sets.size()).to.equal(2);
			expect(result.record.join_code).to.equal("KX74PM");
			expect(result.record.log[0].reason).to.equal("Helped Ben");
		});

		it("keeps the good roster rows of a damaged record and names what it fixed", () => {
			const raw = deepCopy(goodRecord()) as unknown as Record<string, unknown>;
			const roster = raw.roster as Record<string, unknown>[];
			roster[1].level = "ten";
			roster[1].xp_week = -5;
			(roster as defined[]).push("not a student");
			(roster as defined[]).push({ display_name: "No id" });
			roster[0].week = "last week";
			raw.name = 42;
			raw.settings = { locked: "yes", notifications_paused: false, sparkle: true };
			raw.stray = 1;
			const result = repaired(raw);
			const record = result.record;
			expect(record.roster.map((entry) => entry.display_name).join(",")).to.equal("Ana,Ben,Chloe");
			expect(record.roster[1].level).to.equal(1);
			expect(record.roster[1].xp_week).to.equal(0);
			expect(record.roster[2].xp_week).to.equal(30);
			expect(record.roster[2].subjects_week.math.correct).to.equal(3);
			// a row whose week cannot be read keeps the student, not the week's counters
			expect(record.roster[0].xp_week).to.equal(0);
			expect(record.roster[0].week).to.equal("");
			expect(record.name).to.equal("My class");
			expect(record.settings.locked).to.equal(false);
			expectRepair(result.repairs, 'roster #2 (user 2), level: "ten" is not a number, set to 1');
			expectRepair(result.repairs, "roster #2 (user 2), xp_week: -5 is not a whole number");
			expectRepair(result.repairs, "roster #4: dropped (no user id");
			expectRepair(result.repairs, "roster #5: dropped (no user id");
			expectRepair(result.repairs, 'roster #1 (user 1), week: "last week" is not an ISO week');
			expectRepair(result.repairs, "name: 42 is not text");
			expectRepair(result.repairs, "settings, locked:");
			expectRepair(result.repairs, 'settings: dropped unknown field "sparkle"');
			expectRepair(result.repairs, 'record: dropped unknown field "stray"');
			// the rest came through
			expect(record.question_sets.size()).to.equal(2);
			expect(record.quizzes[0].questions[0].wrong_answers["54"]).to.equal(1);
			expect(record.log.size()).to.equal(1);
		});

		it("drops a stored question set the content format refuses, keeping the others", () => {
			const raw = deepCopy(goodRecord()) as unknown as Record<string, unknown>;
			const sets = raw.question_sets as Record<string, unknown>[];
			const question = (sets[0].questions as Record<string, unknown>[])[0];
			question.answer = "not a choice";
			(sets as defined[]).push(deepCopy(sets[1]));
			const result = repaired(raw);
			expect(result.record.question_sets.map((set) => set.id).join(",")).to.equal("set-2");
			expectRepair(result.repairs, 'question_sets #1 "set-1": dropped, not a valid question set');
			expectRepair(result.repairs, "is not one of its choices");
			expectRepair(result.repairs, 'question_sets #3: dropped, a second set with the id "set-2"');
		});

		it("keeps the newest entries of over-long lists", () => {
			const record = goodRecord();
			for (let i = 0; i < CLASS_LIMITS.maxLog + 20; i++) {
				record.log.push({
					at: NOW + i,
					by: 100,
					by_name: "Ms Rivera",
					action: "freeze",
					detail: `frozen ${i}`,
				});
			}
			for (let i = 4; i <= CLASS_LIMITS.maxRoster + 10; i++)
				record.roster.push(newRosterEntry(i, `S${i}`, NOW, WEEK));
			const result = repaired(deepCopy(record));
			expect(result.record.log.size()).to.equal(CLASS_LIMITS.maxLog);
			expect(result.record.log[CLASS_LIMITS.maxLog - 1].detail).to.equal(`frozen ${CLASS_LIMITS.maxLog + 19}`);
			expect(result.record.roster.size()).to.equal(CLASS_LIMITS.maxRoster);
			expect(result.record.roster[CLASS_LIMITS.maxRoster - 1].user_id).to.equal(CLASS_LIMITS.maxRoster + 10);
			expectRepair(
				result.repairs,
				`log: ${CLASS_LIMITS.maxLog + 21} entries, kept the newest ${CLASS_LIMITS.maxLog}`,
			);
		});

		it("skips holes where JSON nulls were, keeping the entries after them", () => {
			const raw = deepCopy(goodRecord()) as unknown as Record<string, unknown>;
			const roster = raw.roster as unknown as Map<number, unknown>;
			roster.delete(2);
			const result = repaired(raw);
			expect(result.record.roster.map((entry) => entry.user_id).join(",")).to.equal("1,3");
			expectRepair(result.repairs, "roster: closed the gaps");
		});

		it("makes one row per student, the later one", () => {
			const raw = deepCopy(goodRecord());
			const again = newRosterEntry(1, "Ana B.", NOW + 60, WEEK);
			raw.roster.push(again);
			const result = repaired(raw);
			expect(result.record.roster.size()).to.equal(3);
			expect(result.record.roster[0].display_name).to.equal("Ana B.");
			expectRepair(result.repairs, "roster: user 1 had two rows, kept the later one");
		});

		it("repairs missing lists and numbers and retires a damaged join code", () => {
			const raw = deepCopy(goodRecord()) as unknown as Record<string, unknown>;
			raw.roster = undefined;
			raw.quizzes = "lots";
			raw.board_season = 1.5;
			raw.join_code = "KX7-4PM";
			raw.created_at = undefined;
			const result = repaired(raw);
			expect(result.record.roster.size()).to.equal(0);
			expect(result.record.quizzes.size()).to.equal(0);
			expect(result.record.board_season).to.equal(1);
			expect(result.record.join_code).to.equal(undefined);
			expect(result.record.join_code_expires_at).to.equal(undefined);
			expectRepair(result.repairs, "roster: missing, set to an empty list");
			expectRepair(result.repairs, 'quizzes: "lots" is not a list');
			expectRepair(result.repairs, "board_season: 1.5 is not a whole number");
			expectRepair(result.repairs, "join_code:");
			expectRepair(result.repairs, "created_at: missing, set to 0");
		});

		it("repairs a quiz's counts so the report adds up, and drops log entries it cannot place", () => {
			const raw = deepCopy(goodRecord()) as unknown as Record<string, unknown>;
			const quiz = (raw.quizzes as Record<string, unknown>[])[0];
			const question = (quiz.questions as Record<string, unknown>[])[0];
			question.correct = 9;
			question.wrong_answers = { "54": 1, "60": "two" };
			(raw.log as defined[]).push(
				{ action: "award" },
				{ at: NOW, action: "lock", by: 100, by_name: "Ms Rivera", detail: "locked", reason: 5 },
			);
			const result = repaired(raw);
			const repairedQuestion = result.record.quizzes[0].questions[0];
			expect(repairedQuestion.correct).to.equal(3);
			expect(repairedQuestion.wrong_answers["60"]).to.equal(undefined);
			expect(result.record.log.size()).to.equal(2);
			expect(result.record.log[1].reason).to.equal("");
			expectRepair(result.repairs, "correct: 9 is not a whole number from 0 to 3, set to 3");
			expectRepair(result.repairs, "log #2: dropped (no action or time)");
			expectRepair(result.repairs, 'log #3 ("lock"), reason: 5 is not text');
		});

		it("refuses a record of a newer schema instead of overwriting it", () => {
			const raw = deepCopy(goodRecord()) as unknown as Record<string, unknown>;
			raw.schema = CLASS_RECORD_SCHEMA + 1;
			const result = repairClassRecord(raw);
			expect(result.ok).to.equal(false);
			if (!result.ok) expect(result.reason.find("newer", 1, true)[0]).to.be.ok();
		});

		it("refuses what is not a class record, or has lost who and where the class is", () => {
			expect(repairClassRecord("hello").ok).to.equal(false);
			expect(repairClassRecord(undefined).ok).to.equal(false);
			for (const field of ["class_id", "teacher_user_id", "access_code", "private_server_id"]) {
				const raw = deepCopy(goodRecord()) as unknown as Record<string, unknown>;
				raw[field] = undefined;
				const result = repairClassRecord(raw);
				expect(result.ok).to.equal(false);
				if (!result.ok) expect(result.reason.find(field, 1, true)[0]).to.be.ok();
			}
		});

		it("fixes a record without a schema, and bounds a report of thousands of repairs", () => {
			const raw = deepCopy(goodRecord()) as unknown as Record<string, unknown>;
			raw.schema = undefined;
			const log: defined[] = [];
			for (let i = 0; i < 500; i++) log.push(i);
			raw.log = log;
			const result = repaired(raw);
			expect(result.record.schema).to.equal(CLASS_RECORD_SCHEMA);
			expectRepair(result.repairs, "schema: missing");
			expect(result.repairs.size()).to.equal(50);
			expectRepair(result.repairs, "more repairs");
		});
	});

	describe("the class log", () => {
		it("keeps the newest CLASS_LIMITS.maxLog entries and cuts over-long text", () => {
			const record = goodRecord();
			for (let i = 0; i < CLASS_LIMITS.maxLog + 5; i++) {
				pushLog(record, {
					at: NOW + i,
					by: 100,
					by_name: "Ms Rivera",
					action: "award",
					detail: `+${i} XP`,
					reason: string.rep("r", 500),
				});
			}
			expect(record.log.size()).to.equal(CLASS_LIMITS.maxLog);
			expect(record.log[0].detail).to.equal("+5 XP");
			expect(record.log[CLASS_LIMITS.maxLog - 1].reason!.size()).to.equal(CLASS_LIMITS.maxReason);
		});
	});
};
