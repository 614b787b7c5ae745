import { catalogWith, errorOf, mentions } from "../helpers/domain";

/** A quest whose only objective, reaching level 1, is met the moment it is assigned. */
function atOnce(id: string, changes: Record<string, unknown> = {}) {
	return {
		id,
		name: id,
		info: { type: "side" },
		objectives: [
			{ id: "be_here", description: "Reach level 1", type: "reach", target: { metric: "level", value: 1 } },
		],
		rewards: { repeatable: true, guaranteed: { coins: 1 } },
		...changes,
	};
}

function refusal(quests: unknown[]): string | undefined {
	return errorOf(() => catalogWith({ quests }));
}

export = () => {
	describe("a quest cycle in the catalog", () => {
		// each of these overflowed the stack of the rules at the first assignment
		it("is refused, named, when a repeatable quest done at assignment is its own next quest", () => {
			const message = refusal([atOnce("loop", { chain: { next_quest: "loop" } })]);
			if (
				!mentions(
					message,
					`catalog.quests ("loop").chain: the quests loop -> loop assign each other in a cycle`,
				)
			)
				error(`got: ${message}`);
		});

		it("is refused when such quests branch to each other", () => {
			const message = refusal([
				atOnce("there", { chain: { branch_quests: [{ condition: "always", quest_id: "back" }] } }),
				atOnce("back", { chain: { next_quest: "there" } }),
			]);
			if (
				!mentions(message, "the quests ") ||
				(!mentions(message, "there -> back -> there") && !mentions(message, "back -> there -> back"))
			)
				error(`got: ${message}`);
		});

		it("is refused when such a quest unlocks itself with its rewards", () => {
			const message = refusal([
				atOnce("again", { rewards: { repeatable: true, guaranteed: { unlock_quests: ["again"] } } }),
			]);
			if (!mentions(message, "again -> again assign each other in a cycle")) error(`got: ${message}`);
		});

		it("is refused through a longer cycle of unlocks and chains", () => {
			const message = refusal([
				atOnce("one", { chain: { next_quest: "two" } }),
				atOnce("two", { rewards: { repeatable: true, repeat_rewards: { unlock_quests: ["three"] } } }),
				atOnce("three", { chain: { next_quest: "one" } }),
			]);
			if (!mentions(message, "one -> two -> three -> one")) error(`got: ${message}`);
		});

		it("is allowed when a quest on it cannot be taken again, or needs something done first", () => {
			expect(
				refusal([atOnce("once", { chain: { next_quest: "once" }, rewards: { repeatable: false } })]),
			).to.equal(undefined);
			const lesson = [
				{
					id: "learn",
					description: "A lesson",
					type: "complete",
					target: { metric: "lessons_completed", value: 1 },
				},
			];
			expect(
				refusal([atOnce("daily_loop", { chain: { next_quest: "daily_loop" }, objectives: lesson })]),
			).to.equal(undefined);
		});
	});
};
