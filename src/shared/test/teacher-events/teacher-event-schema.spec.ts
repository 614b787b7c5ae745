import { getPublicCatalog } from "shared/catalog";
import { MAX_TIMESTAMP, readGameEvent, readStudentAction, refusalText } from "shared/domain/event-schema";

const AMOUNT = "expected a whole number from 0 to 1000000000000";
const TIME = `expected a Unix time in whole seconds from 1 to ${MAX_TIMESTAMP}`;
const revoke = (changes: Record<string, unknown>) => ({ kind: "revoke", xp: 1, reason: "r", ...changes });
const classQuest = (changes: Record<string, unknown>) => ({
	kind: "class_quest",
	quest_id: "tutorial_first_lesson",
	deadline: 1788336000,
	...changes,
});

/** Each payload is wrong in one field, and must be refused naming that field, with this text. */
const REFUSALS: [unknown, string][] = [
	[{ kind: "revoke", xp: 5 }, "reason: expected a non-empty string, got nothing"],
	[revoke({ reason: "" }), `reason: expected a non-empty string, got ""`],
	[
		revoke({ reason: string.rep("r", 201) }),
		"reason: expected at most 200 characters, got a string of 201 characters",
	],
	[revoke({ xp: -150 }), `xp: ${AMOUNT}, got -150`],
	[revoke({ coins: 1.5 }), `coins: ${AMOUNT}, got 1.5`],
	[revoke({ gems: 0 / 0 }), `gems: ${AMOUNT}, got NaN`],
	[revoke({ tokens: math.huge }), `tokens: ${AMOUNT}, got inf`],
	[revoke({ badge_id: "nope" }), `badge_id: unknown badge "nope"`],
	[revoke({ badge_id: "" }), `badge_id: expected a non-empty string, got ""`],
	[
		revoke({ items: ["snack_pack"] }),
		"items: unknown field (allowed: kind, xp, coins, gems, tokens, badge_id, reason)",
	],
	[{ kind: "revoke", reason: "r" }, "a revoke needs at least one of xp, coins, gems, tokens, badge_id"],
	[{ kind: "class_quest", deadline: 1788336000 }, "quest_id: expected a non-empty string, got nothing"],
	[classQuest({ quest_id: "tutorail" }), `quest_id: unknown quest "tutorail"`],
	[{ kind: "class_quest", quest_id: "tutorial_first_lesson" }, "deadline: required, missing"],
	[classQuest({ deadline: "tomorrow" }), `deadline: ${TIME}, got "tomorrow"`],
	[classQuest({ deadline: 0 }), `deadline: ${TIME}, got 0`],
	[classQuest({ deadline: 1788336000.5 }), `deadline: ${TIME}, got 1788336000.5`],
	[classQuest({ deadline: MAX_TIMESTAMP + 1 }), `deadline: ${TIME}, got 253402300800`],
	[classQuest({ expires_at: 5 }), "expires_at: unknown field (allowed: kind, quest_id, deadline)"],
	[{ kind: "end_class_quest" }, "quest_id: expected a non-empty string, got nothing"],
	[{ kind: "end_class_quest", quest_id: "nope" }, `quest_id: unknown quest "nope"`],
	[
		{ kind: "end_class_quest", quest_id: "tutorial_first_lesson", deadline: 1 },
		"deadline: unknown field (allowed: kind, quest_id)",
	],
];

const TEACHER_KINDS = ["revoke", "class_quest", "end_class_quest"];

export = () => {
	const catalog = getPublicCatalog();

	describe("the teacher's events in the one event schema", () => {
		REFUSALS.forEach(([raw, text], index) => {
			it(`case ${index + 1} is refused naming the field: ${text}`, () => {
				const read = readGameEvent(raw, catalog);
				expect(read.ok ? "accepted" : refusalText(read)).to.equal(text);
			});
		});

		it("reads well-formed ones as they are given", () => {
			const read = readGameEvent(classQuest({}), catalog);
			if (!read.ok) error(refusalText(read));
			expect(read.event.kind === "class_quest" && read.event.deadline).to.equal(1788336000);
			const taken = readGameEvent({ kind: "revoke", badge_id: "gold_star", reason: "wrong student" }, catalog);
			expect(taken.ok).to.equal(true);
		});

		it("are never a student's to send: readStudentAction refuses all three, however well-formed", () => {
			const wellFormed = [
				revoke({ coins: 10, badge_id: "gold_star" }),
				classQuest({}),
				{ kind: "end_class_quest", quest_id: "tutorial_first_lesson" },
			];
			wellFormed.forEach((raw, index) => {
				const read = readStudentAction(raw, catalog);
				expect(read.ok ? "accepted" : refusalText(read)).to.equal(
					`kind: a client may not send "${TEACHER_KINDS[index]}" events`,
				);
			});
		});
	});
};
