import { getServerCatalog } from "server/catalog/server-catalog";
import { textObjects } from "../helpers/gui";
import { withWorld } from "../helpers/world";
import { clickTab, guiOf, liveStudent, openScreen } from "./screen-helpers";
import { playLesson } from "../activities/activity-helpers";

const AVA = 5501;

function secretTitles(): string[] {
	const titles = new Array<string>();
	for (const [, achievement] of getServerCatalog().achievements) {
		if (achievement.metadata.secret) titles.push(achievement.display.title, achievement.name);
	}
	return titles;
}

export = () => {
	describe("the achievements screen", () => {
		it("lists unearned secret achievements as ??? and names none of them in any label", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = liveStudent(world, server, AVA);
				playLesson(server, client, "history");
				const screen = openScreen(client, "achievements");
				const secrets = secretTitles();
				expect(secrets.size() > 0).to.equal(true);
				// every tab, and everything else on the student's screen
				for (const tab of ["All", "Learning", "Mastery", "Social", "Streaks", "Exploration"]) {
					clickTab(client, screen, tab);
					for (const object of textObjects(guiOf(client))) {
						for (const title of secrets) expect(object.Text.find(title, 1, true)[0]).to.equal(undefined);
					}
				}
				clickTab(client, screen, "All");
				const hidden = textObjects(screen)
					.filter((object) => object.Text === "◌ ???")
					.size();
				const unearned = secrets.size() / 2;
				expect(hidden).to.equal(unearned);
				// what the student did earn is listed, and marked earned in words
				const marked = textObjects(screen)
					.filter((object) => object.Text.sub(1, 3) === "✔")
					.size();
				expect(marked >= 1).to.equal(true);
			}));
	});
};
