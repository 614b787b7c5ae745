import { ClassRecord } from "shared/classroom/class-record";
import { newClassRecord, pushLog, repairClassRecord } from "shared/classroom/class-record-repair";
import { readQuestionText, toQuestionSet } from "shared/classroom/question-import";
import { newRosterEntry } from "shared/classroom/roster";
import { readContentPack } from "shared/content";
import { Rng } from "shared/domain";
import { deepCopy } from "shared/util/deep-copy";

const NOW = 1_796_000_000;

function fullRecord(): ClassRecord {
	const record = newClassRecord(
		{
			class_id: "c1",
			name: "Year 5",
			teacher_user_id: 100,
			teacher_name: "Ms Rivera",
			access_code: "a1",
			private_server_id: "p1",
			join_code: "KX74PM",
		},
		NOW,
	);
	record.settings.class_quest = { quest_id: "weekly_reader", deadline: NOW + 86400 };
	for (let id = 1; id <= 5; id++) {
		const entry = newRosterEntry(id, `S${id}`, NOW, "2026-W49");
		entry.achievements_week.push("first_steps");
		entry.subjects_week.math = { answered: 3, correct: 2 };
		record.roster.push(entry);
	}
	const read = readQuestionText("What is 7 x 8?, 56, 54, 64\nCapital of France?, Paris, Lyon");
	if (!read.ok) throw read.reason;
	record.question_sets.push(toQuestionSet("set-1", "Mixed", "math", read.questions, 1));
	record.quizzes.push({
		quiz_id: "z1",
		set_id: "set-1",
		title: "Mixed",
		started_at: NOW,
		ended_at: NOW + 60,
		questions: [
			{
				question_id: "q1",
				prompt: "What is 7 x 8?",
				correct_answer: "56",
				asked: 3,
				answered: 3,
				correct: 1,
				wrong_answers: { "54": 2 },
				skipped: false,
			},
		],
	});
	record.archived_boards.push({ season: 0, archived_at: NOW, top: [{ name: "S1", score: 10 }] });
	pushLog(record, {
		at: NOW,
		by: 100,
		by_name: "Ms Rivera",
		action: "award",
		target: 1,
		target_name: "S1",
		detail: "+5 XP",
		reason: "kind",
	});
	return record;
}

/** Every table and key of `value` that damage can land on. */
function slots(value: unknown, into: [Record<string, unknown>, unknown][]) {
	if (!typeIs(value, "table")) return into;
	for (const [key, child] of pairs(value as Record<string, unknown>)) {
		into.push([value as Record<string, unknown>, key]);
		slots(child, into);
	}
	return into;
}

const GARBAGE: unknown[] = [
	undefined,
	-1,
	0.5,
	1e300,
	0 / 0,
	math.huge,
	"",
	"x",
	"\xff\xfe",
	true,
	{},
	[1, 2, 3],
	{ a: 1 },
];

export = () => {
	describe("repairing randomly damaged class records", () => {
		it("never throws, and a repaired record repairs to itself without a word", () => {
			const rng = new Rng(2026);
			let repairedRounds = 0;
			let refusedRounds = 0;
			for (let round = 0; round < 300; round++) {
				const raw = deepCopy(fullRecord()) as unknown as Record<string, unknown>;
				const targets = slots(raw, []);
				const hits = rng.integer(1, 4);
				for (let hit = 0; hit < hits; hit++) {
					const [parent, key] = targets[rng.integer(0, targets.size() - 1)];
					const pick = rng.integer(0, GARBAGE.size());
					// one pick in fourteen is a very long string
					parent[key as string] = pick === GARBAGE.size() ? string.rep("y", 5000) : deepCopy(GARBAGE[pick]);
				}
				const [ran, result] = pcall(() => repairClassRecord(raw));
				if (!ran) throw `round ${round}: repair threw ${tostring(result)}`;
				if (!result.ok) {
					refusedRounds += 1;
					continue;
				}
				if (result.repairs.size() > 0) repairedRounds += 1;
				const again = repairClassRecord(deepCopy(result.record));
				if (!again.ok) throw `round ${round}: the repaired record was refused: ${again.reason}`;
				if (again.repairs.size() > 0)
					throw `round ${round}: a second repair changed ${again.repairs.join("; ")}`;
				for (const set of result.record.question_sets) {
					if (!readContentPack({ sets: [set] }).ok)
						throw `round ${round}: kept a set the content format refuses`;
				}
			}
			// the damage reached both what can be repaired and what identifies the class
			expect(repairedRounds > 150).to.equal(true);
			expect(refusedRounds > 0).to.equal(true);
		});
	});
};
