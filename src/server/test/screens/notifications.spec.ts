import { playLesson } from "../activities/activity-helpers";
import { findButton } from "../helpers/gui";
import { liveProfile, servicesOf } from "../helpers/server";
import { withWorld } from "../helpers/world";
import { guiOf, liveStudent, openScreen } from "./screen-helpers";

const NOA = 5201;

/** The notification on screen now: its title, or undefined when none is shown. */
function shownTitle(client: EmulatedClient): string | undefined {
	const title = guiOf(client).FindFirstChild("Notification")?.FindFirstChild("Title") as TextLabel | undefined;
	return title?.Text;
}

/** Watches the screen for `seconds`, a few times a second: the titles shown, in order, each once per showing. */
function watchNotifications(client: EmulatedClient, seconds: number): string[] {
	const seen = new Array<string>();
	let last: string | undefined;
	for (let t = 0; t < seconds * 4; t++) {
		const now = shownTitle(client);
		if (now !== undefined && now !== last) seen.push(now);
		last = now;
		Emulation.advance(0.25);
	}
	return seen;
}

export = () => {
	describe("notifications", () => {
		it("show a first lesson's news one at a time, in order, each for its seconds", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = liveStudent(world, server, NOA);
				playLesson(server, client, "science");
				const seen = watchNotifications(client, 40);
				// the first lesson's achievement, then the badge it brings: one frame, one after the other
				expect(seen.size() >= 2).to.equal(true);
				expect(seen.includes("First Day of Class")).to.equal(true);
				expect(seen.some((title) => title.sub(1, 7) === "Badge: ")).to.equal(true);
				// all shown and gone: nothing stays on screen
				expect(guiOf(client).FindFirstChild("Notification")).to.equal(undefined);
			}));

		it("show no level-up banner once the student turned level-ups off in Settings", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = liveStudent(world, server, NOA);
				const settings = openScreen(client, "settings");
				const card = settings.FindFirstChild("Notify_level_up", true)!;
				client.click(findButton(card, "✔ On")!);
				Emulation.advance(2);
				expect(liveProfile(server, NOA).settings.notifications.level_up).to.equal(false);
				expect(findButton(card, "✖ Off")).never.to.equal(undefined);
				servicesOf(server).pipeline.submit(NOA, { kind: "grant", xp: 400, reason: "spec" });
				const seen = watchNotifications(client, 10);
				expect(liveProfile(server, NOA).experience.level > 1).to.equal(true);
				expect(seen.filter((title) => title.find("Level", 1, true)[0] !== undefined).size()).to.equal(0);
			}));
	});
};
