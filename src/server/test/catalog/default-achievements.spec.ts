import { getServerCatalog } from "server/catalog/server-catalog";
import { RARITIES, REQUIREMENT_TYPES } from "shared/catalog/achievement-schema";
import { BADGE_METHODS } from "shared/catalog/badge-schema";
import { TestStudent } from "shared/test/helpers/domain";
import { earned, study } from "shared/test/helpers/achievements";

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return counts;
}

export = () => {
	const catalog = getServerCatalog();
	const achievements = new Array<typeof catalog.achievements extends ReadonlyMap<string, infer A> ? A : never>();
	for (const [, achievement] of catalog.achievements) achievements.push(achievement);
	const badges = new Array<typeof catalog.badges extends ReadonlyMap<string, infer B> ? B : never>();
	for (const [, badge] of catalog.badges) badges.push(badge);

	describe("the default achievements", () => {
		it("number at least 30, using every requirement type and every logic", () => {
			expect(achievements.size() >= 30).to.equal(true);
			const types = countBy(achievements, (a) => a.requirements.type);
			for (const requirementType of REQUIREMENT_TYPES) {
				expect(types.has(requirementType)).to.equal(true);
			}
			const logics = countBy(achievements, (a) => a.requirements.logic);
			for (const logic of ["all", "any", "sequence"]) expect(logics.has(logic)).to.equal(true);
		});

		it("include tiered, secret, seasonal, limited-time, stackable and chained ones", () => {
			expect(achievements.some((a) => a.progression.type === "tiered")).to.equal(true);
			expect(achievements.some((a) => a.metadata.secret)).to.equal(true);
			expect(achievements.some((a) => a.metadata.seasonal)).to.equal(true);
			expect(achievements.some((a) => a.metadata.limited_time)).to.equal(true);
			expect(achievements.some((a) => a.metadata.stackable)).to.equal(true);
			expect(achievements.some((a) => a.requirements.prerequisite_achievements.size() > 0)).to.equal(true);
			const categories = countBy(achievements, (a) => a.display.category);
			for (const category of ["learning", "mastery", "streaks", "social", "exploration"]) {
				expect(categories.has(category)).to.equal(true);
			}
		});
	});

	describe("the default badges", () => {
		it("number at least 20, in all five rarities, with every acquisition method", () => {
			expect(badges.size() >= 20).to.equal(true);
			const rarities = countBy(badges, (b) => b.properties.rarity);
			for (const rarity of RARITIES) expect(rarities.has(rarity)).to.equal(true);
			const methods = countBy(badges, (b) => b.acquisition.method);
			for (const method of BADGE_METHODS) {
				expect(methods.has(method)).to.equal(true);
			}
		});

		it("include a collection with a set bonus and an evolving badge", () => {
			expect(
				badges.some((b) => b.acquisition.method === "collection" && b.properties.set_bonus.bonus !== undefined),
			).to.equal(true);
			expect(badges.some((b) => b.properties.evolution.next_badge_id !== "")).to.equal(true);
		});
	});

	describe("a first lesson with the default catalog", () => {
		it("earns first_lesson and its badge", () => {
			const student = new TestStudent(catalog);
			const effects = study(student, "lesson", "math");
			expect(earned(effects, "first_lesson")).to.equal(true);
			expect(student.profile.badges_owned.first_steps !== undefined).to.equal(true);
		});
	});
};
