import { ClassBroadcast, ClassReport, ImportReply } from "shared/classroom/classroom-protocol";
import { liveProfile } from "../helpers/server";
import { waitUntil, withWorld } from "../helpers/world";
import { classOf, classRemote, createClass, joinByCode, startHub, teacher, watchClass } from "./class-helpers";

const ANA = 9501;
const BEN = 9502;
const CAT = 9503;

/** A teacher's paste, as copied from a spreadsheet: a header, then two lines with mistakes (3 and 5). */
const PASTED_WITH_MISTAKES = [
	"Question,Correct answer,Wrong answer 1,Wrong answer 2",
	"What is 3 x 4?,12,7,34",
	"What is 10 - 3?,7",
	"What is 6 + 6?,12,11,13",
	'"What is half of 10, exactly?",5,5,2',
	"What is 9 / 3?,3,6,27",
].join("\n");

const FIXED = [
	"Question,Correct answer,Wrong answer 1,Wrong answer 2",
	"What is 3 x 4?,12,7,34",
	"What is 10 - 3?,7,13,6",
	"What is 6 + 6?,12,11,13",
	'"What is half of 10, exactly?",5,20,2',
	"What is 9 / 3?,3,6,27",
].join("\n");

/** The right answer of each pasted question, from the spec's own paste. */
const RIGHT: Record<string, string> = {
	"What is 3 x 4?": "12",
	"What is 10 - 3?": "7",
	"What is 6 + 6?": "12",
	"What is half of 10, exactly?": "5",
	"What is 9 / 3?": "3",
};

/** The XP formula of gamification-models.md (XPCalculator) for a quiz (base 80), written out here. */
function expectedQuizXp(correct: number, asked: number, streak: number): number {
	const multipliers = new Array<number>();
	if (correct === asked) multipliers.push(1.5);
	// no speed bonus in accuracy scoring; a first try counts when it passes (60 %)
	if (correct / asked >= 0.6) multipliers.push(1.1);
	multipliers.push(math.min(1 + 0.05 * streak, 2));
	let sum = 0;
	for (const m of multipliers) sum += m;
	return math.floor(80 * (sum / multipliers.size()));
}

export = () => {
	it("a pasted set with two bad lines is refused naming both, fixed, saved, and a 5-question quiz of it runs with pause, skip and end", () =>
		withWorld((world) => {
			const hub = startHub(world);
			const made = createClass(world, hub);
			const students = new Map<number, EmulatedClient>();
			for (const userId of [ANA, BEN, CAT])
				students.set(userId, joinByCode(world, hub, userId, made.code).client!);
			const views = new Map<number, ClassBroadcast[]>();
			for (const [userId, client] of students) views.set(userId, watchClass(client));

			const preview = teacher<ImportReply>(made.teacher, "PreviewQuestions", { text: PASTED_WITH_MISTAKES });
			expect(preview.ok).to.equal(false);
			if (!preview.ok) expect(preview.errors.map((problem) => problem.line).join(",")).to.equal("3,5");
			const refusedSave = teacher<ImportReply>(made.teacher, "SaveQuestionSet", {
				title: "Times tables",
				text: PASTED_WITH_MISTAKES,
			});
			expect(refusedSave.ok).to.equal(false);
			expect(classOf(made.server)!.question_sets.size()).to.equal(0);
			const saved = teacher<ImportReply>(made.teacher, "SaveQuestionSet", { title: "Times tables", text: FIXED });
			expect(saved.ok).to.equal(true);
			if (!saved.ok) return;
			expect(saved.questions.size()).to.equal(5);
			expect(classOf(made.server)!.question_sets.size()).to.equal(1);

			expect(
				teacher(made.teacher, "StartQuiz", {
					set_id: saved.set_id,
					scoring: "accuracy",
					seconds_per_question: 0,
				}).ok,
			).to.equal(true);
			const quizOf = (userId: number) => {
				const seen = views.get(userId)!;
				return seen[seen.size() - 1]?.quiz;
			};
			const answer = (userId: number, right: boolean) => {
				expect(
					waitUntil(() => quizOf(userId)?.phase === "question" && quizOf(userId)?.question !== undefined, 5),
				).to.equal(true);
				const quiz = quizOf(userId)!;
				const correct = RIGHT[quiz.question!.prompt];
				const choices = quiz.question!.choices!;
				const choice = right ? correct : choices.find((c) => c !== correct)!;
				return classRemote(students.get(userId)!, "AnswerLiveQuiz", {
					quiz_id: quiz.quiz_id,
					number: quiz.number,
					answer: choice,
				});
			};
			const waitNumber = (n: number) =>
				expect(
					waitUntil(
						() =>
							[ANA, BEN, CAT].every((id) => quizOf(id)?.number === n && quizOf(id)?.phase === "question"),
						5,
					),
				).to.equal(true);

			// question 1: Ana and Ben right, Cat wrong
			waitNumber(1);
			expect(answer(ANA, true).ok).to.equal(true);
			expect(answer(BEN, true).ok).to.equal(true);
			expect(answer(CAT, false).ok).to.equal(true);
			expect(answer(ANA, true).ok).to.equal(false);
			expect(teacher(made.teacher, "RevealAnswer").ok).to.equal(true);
			expect(teacher(made.teacher, "NextQuestion").ok).to.equal(true);
			// question 2, paused: no answers taken; then Ana right, Ben wrong, Cat silent
			waitNumber(2);
			expect(teacher(made.teacher, "PauseQuiz").ok).to.equal(true);
			const quiz2 = quizOf(ANA)!;
			const paused = classRemote(students.get(ANA)!, "AnswerLiveQuiz", {
				quiz_id: quiz2.quiz_id,
				number: 2,
				answer: RIGHT[quiz2.question!.prompt],
			});
			expect(paused.ok).to.equal(false);
			expect(teacher(made.teacher, "ResumeQuiz").ok).to.equal(true);
			expect(answer(ANA, true).ok).to.equal(true);
			expect(answer(BEN, false).ok).to.equal(true);
			expect(teacher(made.teacher, "RevealAnswer").ok).to.equal(true);
			expect(teacher(made.teacher, "NextQuestion").ok).to.equal(true);
			// question 3 skipped: it counts for nobody
			waitNumber(3);
			expect(teacher(made.teacher, "SkipQuestion").ok).to.equal(true);
			// question 4: everyone right
			waitNumber(4);
			for (const userId of [ANA, BEN, CAT]) expect(answer(userId, true).ok).to.equal(true);
			expect(teacher(made.teacher, "RevealAnswer").ok).to.equal(true);
			expect(teacher(made.teacher, "NextQuestion").ok).to.equal(true);
			// question 5 is cut short by the end
			waitNumber(5);
			const xpBefore = new Map<number, number>();
			for (const userId of [ANA, BEN, CAT])
				xpBefore.set(userId, liveProfile(made.server, userId).experience.total_xp);
			expect(teacher(made.teacher, "EndQuiz").ok).to.equal(true);
			expect(
				waitUntil(
					() =>
						[ANA, BEN, CAT].every(
							(id) => quizOf(id)?.phase === "ended" && quizOf(id)?.result !== undefined,
						),
					5,
				),
			).to.equal(true);

			const tallies = new Map([
				[ANA, { correct: 3, asked: 3 }],
				[BEN, { correct: 2, asked: 3 }],
				[CAT, { correct: 1, asked: 3 }],
			]);
			for (const [userId, tally] of tallies) {
				const result = quizOf(userId)!.result!;
				expect(result.correct).to.equal(tally.correct);
				expect(result.questions).to.equal(tally.asked);
				const streak = liveProfile(made.server, userId).stats.study_streak.current;
				expect(result.xp).to.equal(expectedQuizXp(tally.correct, tally.asked, streak));
				expect(
					liveProfile(made.server, userId).experience.total_xp >= xpBefore.get(userId)! + result.xp,
				).to.equal(true);
			}

			// the per-question report counts what was answered
			const reply = teacher<{ ok: boolean; report?: ClassReport }>(made.teacher, "GetReport");
			expect(reply.ok).to.equal(true);
			const rows = reply.report!.questions;
			const row = (n: number) => rows.find((r) => r.number === n);
			expect(row(1)!.answered).to.equal(3);
			expect(row(1)!.correct).to.equal(2);
			expect(row(2)!.answered).to.equal(2);
			expect(row(2)!.correct).to.equal(1);
			expect(row(4)!.answered).to.equal(3);
			expect(row(4)!.correct).to.equal(3);
			expect(row(3)?.answered ?? 0).to.equal(0);
			const stored = classOf(made.server)!.quizzes[0];
			expect(stored.questions[2].skipped).to.equal(true);
			expect(reply.report!.questions_csv.find("What is", 1, true)[0] !== undefined).to.equal(true);
			const ana = reply.report!.students.find((s) => s.user_id === ANA)!;
			expect(ana.activities_week).to.equal(1);
		}));
};
