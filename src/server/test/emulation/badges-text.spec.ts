import { BadgeService, TextService } from "@rbxts/services";
import { withWorld } from "../helpers/world";

/** CheckUserBadgesAsync as the emulation takes it (the typings want a User object for the id). */
function checkUserBadges(userId: number, badgeIds: number[]): number[] {
	const service = BadgeService as unknown as { CheckUserBadgesAsync(userId: number, ids: number[]): number[] };
	return service.CheckUserBadgesAsync(userId, badgeIds);
}

/** BadgeService and TextService run in the spec host's server, whose world is Emulation.world. */
export = () => {
	describe("the emulated BadgeService", () => {
		const world = Emulation.world;
		it("awards an enabled badge of this game once and answers who owns it", () => {
			world.badges.create(7001, { name: "Seven" });
			expect(BadgeService.UserHasBadgeAsync(61, 7001)).to.equal(false);
			expect(BadgeService.AwardBadge(61, 7001)).to.equal(true);
			expect(BadgeService.AwardBadge(61, 7001)).to.equal(false);
			expect(BadgeService.UserHasBadgeAsync(61, 7001)).to.equal(true);
			expect(checkUserBadges(61, [7001, 7002]).join(",")).to.equal("7001");
			expect(BadgeService.GetBadgeInfoAsync(7001).Name).to.equal("Seven");
			expect(world.badges.owned(61).join(",")).to.equal("7001");
		});

		it("refuses an unknown, a disabled and another game's badge", () => {
			world.badges.create(7003, { enabled: false });
			world.badges.create(7004, { ofThisGame: false });
			for (const [badgeId, reason] of [
				[7999, "does not exist"],
				[7003, "disabled"],
				[7004, "does not belong"],
			] as const) {
				const [ok, err] = pcall(() => BadgeService.AwardBadge(62, badgeId));
				expect(ok).to.equal(false);
				expect(tostring(err).find(reason, 1, true)[0]).to.be.ok();
			}
			expect(world.badges.owned(62).size()).to.equal(0);
		});

		it("fails the injected requests, then works again", () => {
			world.badges.create(7005);
			world.badges.failNext(2);
			expect(pcall(() => BadgeService.AwardBadge(63, 7005))[0]).to.equal(false);
			expect(pcall(() => BadgeService.UserHasBadgeAsync(63, 7005))[0]).to.equal(false);
			expect(BadgeService.AwardBadge(63, 7005)).to.equal(true);
		});

		it("throttles a server past 50 + 35 x players requests a minute", () =>
			withWorld((fresh) => {
				const server = fresh.startServer({ runScripts: false });
				const badges = server.game.GetService("BadgeService");
				let refused = 0;
				for (let i = 0; i < 60; i++) {
					if (!pcall(() => badges.UserHasBadgeAsync(64, 7006))[0]) refused += 1;
				}
				expect(refused).to.equal(10);
				Emulation.advance(61);
				expect(pcall(() => badges.UserHasBadgeAsync(64, 7006))[0]).to.equal(true);
			}));
	});

	describe("the emulated TextService", () => {
		it("hashes the blocklisted words whatever their case, and fails when told", () => {
			const result = TextService.FilterStringAsync("Darn it, BadWord!", 65);
			expect(result.GetNonChatStringForBroadcastAsync()).to.equal("#### it, #######!");
			expect(result.GetNonChatStringForUserAsync(66)).to.equal("#### it, #######!");
			Emulation.world.textFilter.failNext(1);
			expect(pcall(() => TextService.FilterStringAsync("hello", 65))[0]).to.equal(false);
			expect(pcall(() => TextService.FilterStringAsync("a".rep(2001), 65))[0]).to.equal(false);
			expect(TextService.FilterStringAsync("hello", 65).GetNonChatStringForBroadcastAsync()).to.equal("hello");
		});
	});
};
