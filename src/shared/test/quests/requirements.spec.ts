import { questBoard } from "shared/domain/quests/quest-view";
import { DAY, mentions, rejection } from "../helpers/domain";
import { achievement, study, when } from "../helpers/achievements";
import { objective, quest, studentWithQuests } from "../helpers/quests";

const ONE_LESSON = [objective("lesson", "complete", "lessons_completed", 1)];

function refusal(student: ReturnType<typeof studentWithQuests>, questId: string) {
	return rejection(student.act({ kind: "assign_quest", quest_id: questId }));
}

export = () => {
	describe("quest assignment checks every requirement and says which one failed", () => {
		it("level", () => {
			const student = studentWithQuests([quest("q", ONE_LESSON, { requirements: { level: 2 } })]);
			expect(mentions(refusal(student, "q"), "needs level 2")).to.equal(true);
			student.act({ kind: "grant", xp: 100, reason: "spec" });
			expect(refusal(student, "q")).to.equal(undefined);
		});

		it("quests_completed", () => {
			const student = studentWithQuests([
				quest("first", ONE_LESSON),
				quest("second", ONE_LESSON, { requirements: { quests_completed: ["first"] } }),
			]);
			expect(mentions(refusal(student, "second"), `needs the quest "first" completed first`)).to.equal(true);
			student.act({ kind: "assign_quest", quest_id: "first" });
			study(student, "lesson");
			expect(refusal(student, "second")).to.equal(undefined);
		});

		it("achievements", () => {
			const student = studentWithQuests(
				[quest("q", ONE_LESSON, { requirements: { achievements: ["quizzer"] } })],
				{
					achievements: [
						achievement("quizzer", { type: "counter", conditions: [when("quizzes_completed", 1)] }),
					],
				},
			);
			expect(mentions(refusal(student, "q"), `needs the achievement "quizzer"`)).to.equal(true);
			study(student, "quiz");
			expect(refusal(student, "q")).to.equal(undefined);
		});

		it("a secret achievement, without naming it (the reason reaches the student's screen)", () => {
			const student = studentWithQuests(
				[quest("q", ONE_LESSON, { requirements: { achievements: ["night_owl_x"] } })],
				{
					achievements: [
						achievement(
							"night_owl_x",
							{ type: "counter", conditions: [when("quizzes_completed", 1)] },
							{ metadata: { secret: true } },
						),
					],
				},
			);
			const reason = refusal(student, "q")!;
			expect(mentions(reason, "needs a secret achievement")).to.equal(true);
			expect(mentions(reason, "night_owl_x")).to.equal(false);
			study(student, "quiz");
			expect(refusal(student, "q")).to.equal(undefined);
		});

		it("items, used up when the quest consumes them, all or nothing", () => {
			const student = studentWithQuests([
				quest("q", ONE_LESSON, {
					requirements: { items: [{ item_id: "snack_pack", quantity: 2, consume: true }] },
				}),
			]);
			student.giveCoins(40);
			student.act({ kind: "purchase", reward_id: "snack_pack" });
			expect(mentions(refusal(student, "q"), "needs 2 snack_pack")).to.equal(true);
			expect(student.profile.inventory.items[0].quantity).to.equal(1);
			student.giveCoins(40);
			student.act({ kind: "purchase", reward_id: "snack_pack" });
			expect(refusal(student, "q")).to.equal(undefined);
			expect(student.profile.inventory.items.size()).to.equal(0);
		});

		it("skills: a subject's skill level is one per five activities in it", () => {
			const student = studentWithQuests([
				quest("q", ONE_LESSON, { requirements: { skills: [{ skill: "math", level: 1 }] } }),
			]);
			for (let i = 0; i < 4; i++) study(student, "practice", "math");
			expect(mentions(refusal(student, "q"), "needs math skill level 1 (you have 0)")).to.equal(true);
			study(student, "practice", "math");
			expect(refusal(student, "q")).to.equal(undefined);
		});

		it("time window", () => {
			const start = 1788249600;
			const student = studentWithQuests([
				quest(
					"fair",
					ONE_LESSON,
					{
						requirements: {
							time_window: { available_from: start + DAY, available_until: start + 2 * DAY },
						},
					},
					"event",
				),
			]);
			expect(mentions(refusal(student, "fair"), "not open yet")).to.equal(true);
			student.advance(DAY);
			expect(refusal(student, "fair")).to.equal(undefined);
			student.act({ kind: "abandon_quest", quest_id: "fair" });
			student.advance(2 * DAY);
			expect(mentions(refusal(student, "fair"), "has ended")).to.equal(true);
		});

		it("the cap on active quests, an unknown quest, one already active, one already done", () => {
			const quests = new Array<defined>();
			for (let i = 1; i <= 3; i++) quests.push(quest(`q${i}`, ONE_LESSON));
			const student = studentWithQuests(quests, { settings: { max_active_quests: 2 } });
			expect(refusal(student, "q1")).to.equal(undefined);
			expect(mentions(refusal(student, "q1"), "already on")).to.equal(true);
			expect(refusal(student, "q2")).to.equal(undefined);
			expect(mentions(refusal(student, "q3"), "already have 2 active quests")).to.equal(true);
			study(student, "lesson");
			expect(mentions(refusal(student, "q1"), "already completed")).to.equal(true);
			expect(refusal(student, "nope")).to.equal(`unknown quest "nope"`);
		});

		it("a hidden quest is not on the board until its requirements are met", () => {
			const student = studentWithQuests([
				quest("secret_path", ONE_LESSON, { requirements: { level: 2 } }, "hidden"),
				quest("open", ONE_LESSON, { requirements: { level: 2 } }),
			]);
			let board = questBoard(student.profile, student.context());
			expect(board.size()).to.equal(1);
			expect(mentions(board[0].locked_reason, "needs level 2")).to.equal(true);
			student.act({ kind: "grant", xp: 100, reason: "spec" });
			board = questBoard(student.profile, student.context());
			expect(board.size()).to.equal(2);
		});
	});
};
