import { getPublicCatalog } from "shared/catalog";
import { OBJECTIVE_TYPES } from "shared/catalog/quest-schema";
import { QuestDefinition } from "shared/catalog/types";
import { rejection, TestStudent } from "../helpers/domain";
import { study } from "../helpers/achievements";
import { completed } from "../helpers/quests";

export = () => {
	const catalog = getPublicCatalog();
	const quests = new Array<QuestDefinition>();
	for (const [, quest] of catalog.quests) quests.push(quest);
	const ofType = (questType: string) => quests.filter((quest) => quest.info.type === questType);

	describe("the default quests", () => {
		it("use every objective type", () => {
			for (const objectiveType of OBJECTIVE_TYPES) {
				expect(quests.some((quest) => quest.objectives.some((o) => o.type === objectiveType))).to.equal(true);
			}
		});

		it("have a tutorial chain, daily and weekly quests, a hidden quest and an event with a time window", () => {
			expect(ofType("tutorial").every((quest) => quest.chain.is_chain)).to.equal(true);
			expect(ofType("tutorial").size() >= 3).to.equal(true);
			expect(ofType("daily").size() >= 3).to.equal(true);
			expect(ofType("weekly").size() >= 2).to.equal(true);
			expect(ofType("hidden").size() >= 1).to.equal(true);
			expect(ofType("event").some((quest) => quest.requirements.time_window.available_until > 0)).to.equal(true);
		});

		it("have a branching main storyline of at least five quests", () => {
			const main = ofType("main");
			expect(main.size() >= 5).to.equal(true);
			expect(main.some((quest) => quest.chain.branch_quests.size() > 0)).to.equal(true);
		});

		it("start a new student on the tutorial, which leads on by itself", () => {
			const student = new TestStudent(catalog);
			expect(rejection(student.act({ kind: "assign_quest", quest_id: "tutorial_first_lesson" }))).to.equal(
				undefined,
			);
			const effects = study(student, "lesson", "math");
			expect(completed(effects, "tutorial_first_lesson")).to.equal(true);
			expect(student.profile.quests.active.size()).to.equal(1);
			expect(student.profile.quests.active[0].quest_id).to.equal(
				catalog.quests.get("tutorial_first_lesson")!.chain.next_quest,
			);
		});
	});
};
