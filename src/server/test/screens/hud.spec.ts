import { playQuiz } from "../activities/activity-helpers";
import { liveProfile, servicesOf } from "../helpers/server";
import { findPath, waitUntil, withWorld } from "../helpers/world";
import { guiOf, liveStudent, rendersOf } from "./screen-helpers";

const MIA = 5101;

export = () => {
	describe("the HUD", () => {
		it("fills the XP bar to the level progress the server holds, after a quiz played through the remotes", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = liveStudent(world, server, MIA);
				playQuiz(server, client, "math");
				const progress = () => liveProfile(server, MIA).experience.level_progress;
				const fill = () => findPath(guiOf(client), "Hud", "XpBar", "Figures", "Progress", "Fill") as Frame;
				expect(
					waitUntil(() => math.abs(fill().Size.X.Scale - progress().progress_percentage / 100) < 1e-6, 5),
				).to.equal(true);
				expect(progress().progress_percentage > 0).to.equal(true);
				const numbers = findPath(guiOf(client), "Hud", "XpBar", "Figures", "Numbers") as TextLabel;
				expect(numbers.Text).to.equal(
					`${progress().current_level_xp} / ${progress().next_level_xp} XP  (${math.floor(progress().progress_percentage)}%)`,
				);
				const coins = liveProfile(server, MIA).currency.coins;
				expect((findPath(guiOf(client), "Hud", "Currency", "Coins") as TextLabel).Text).to.equal(`● ${coins}`);
			}));

		it("re-renders only the XP bar when XP changes, not the menu, the currencies or the screen", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = liveStudent(world, server, MIA);
				Emulation.advance(2);
				const before = rendersOf(client);
				servicesOf(server).pipeline.submit(MIA, { kind: "grant", xp: 5, reason: "spec" });
				expect(waitUntil(() => (rendersOf(client).get("XpBar") ?? 0) > (before.get("XpBar") ?? 0), 5)).to.equal(
					true,
				);
				Emulation.advance(2);
				const after = rendersOf(client);
				for (const name of [
					"MenuBar",
					"OpenScreen",
					"CurrencyBar",
					"StreakFlame",
					"QuestTracker",
					"NotificationView",
					"ActivityLayer",
				]) {
					expect(`${name} ${after.get(name) ?? 0}`).to.equal(`${name} ${before.get(name) ?? 0}`);
				}
				// one render for one patch: the bar reads its slices, and the patch changed them once
				expect((after.get("XpBar") ?? 0) - (before.get("XpBar") ?? 0)).to.equal(1);
			}));
	});
};
