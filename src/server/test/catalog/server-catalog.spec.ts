import { getPublicCatalog, PUBLIC_CATALOG_DATA } from "shared/catalog";
import { SECRET_ACHIEVEMENTS, SECRET_QUEST_REQUIREMENTS } from "server/catalog/secret-achievements";
import { getServerCatalog } from "server/catalog/server-catalog";

/** Every string in a value, keys included. */
function everyString(value: unknown, into: string[] = [], seen = new Set<unknown>()): string[] {
	if (typeIs(value, "string")) into.push(value);
	if (!typeIs(value, "table") || seen.has(value)) return into;
	seen.add(value);
	for (const [key, inner] of pairs(value)) {
		everyString(key, into, seen);
		everyString(inner, into, seen);
	}
	return into;
}

export = () => {
	describe("the server's catalog and the replicated one", () => {
		it("the replicated catalog holds no secret achievement, and its data names none, not even by id", () => {
			for (const [, achievement] of getPublicCatalog().achievements) {
				expect(achievement.metadata.secret).to.equal(false);
			}
			const strings = everyString(PUBLIC_CATALOG_DATA);
			expect(strings.includes("first_lesson")).to.equal(true);
			for (const secret of SECRET_ACHIEVEMENTS) {
				const texts = [secret.id, secret.name, secret.display.title, secret.display.description];
				for (const text of texts) {
					const found = strings.find((value) => value.find(text, 1, true)[0] !== undefined);
					expect(found === undefined ? "" : `"${text}" in "${found}"`).to.equal("");
				}
			}
		});

		it("the server's is the replicated one plus every secret achievement", () => {
			const server = getServerCatalog();
			const publicOnes = new Array<string>();
			for (const [id] of getPublicCatalog().achievements) publicOnes.push(id);
			const serverOnes = new Array<string>();
			for (const [id] of server.achievements) serverOnes.push(id);
			const secretOnes = SECRET_ACHIEVEMENTS.map((secret) => secret.id);
			const expected = [...publicOnes, ...secretOnes];
			serverOnes.sort();
			expected.sort();
			expect(serverOnes.join(",")).to.equal(expected.join(","));
			for (const id of secretOnes) expect(server.achievements.get(id)!.metadata.secret).to.equal(true);
			expect(server.quests.size()).to.equal(getPublicCatalog().quests.size());
			expect(server.badges.size()).to.equal(getPublicCatalog().badges.size());
		});

		it("a quest requiring a secret achievement requires it on the server only", () => {
			for (const [questId, required] of pairs(SECRET_QUEST_REQUIREMENTS)) {
				const onServer = getServerCatalog().quests.get(questId as string)!.requirements.achievements;
				for (const id of required) expect(onServer.includes(id)).to.equal(true);
				const replicated = getPublicCatalog().quests.get(questId as string)!.requirements.achievements;
				for (const id of required) expect(replicated.includes(id)).to.equal(false);
			}
			expect(getServerCatalog().quests.get("hidden_midnight_scholar")!.requirements.achievements[0]).to.equal(
				"night_owl",
			);
		});
	});
};
