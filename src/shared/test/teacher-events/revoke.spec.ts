import { DEFAULT_PROGRESSION } from "shared/catalog/default/progression";
import { periodKey } from "shared/domain/leaderboards/periods";
import { scoreKey } from "shared/domain/leaderboards/scores";
import { levelFromXp } from "shared/domain/progression/level-curve";
import { catalogWith, effectsOfKind, rejection, TestStudent } from "../helpers/domain";

/** 100 XP a level, so 220 XP is level 3 and 70 XP is level 1: the example, easy to check by hand. */
const FLAT_CURVE = { ...DEFAULT_PROGRESSION, growth_rate: 1 };

function badge(id: string, acquisition: Record<string, unknown> = {}, properties: Record<string, unknown> = {}) {
	return {
		id,
		name: id,
		acquisition: { method: "event", ...acquisition },
		properties: { rarity: "rare", ...properties },
	};
}

function board(id: string, configuration: Record<string, unknown>) {
	return { id, name: id, configuration };
}

function student() {
	return new TestStudent(
		catalogWith({
			progression: FLAT_CURVE,
			badges: [
				badge("medal", {}, { bonuses: [{ stat: "xp", value: 10, type: "percentage" }] }),
				badge("thanks", { max_quantity: 5 }, { rarity: "common", stacks: true }),
			],
			leaderboards: [
				board("weekly_xp", { type: "points", period: "weekly" }),
				board("weekly_level", { type: "level", period: "weekly" }),
				board("weekly_coins", { type: "points", metric: "coins_earned", period: "weekly" }),
			],
		}),
	);
}

function scoreOf(pupil: TestStudent, boardId: string): number | undefined {
	const definition = pupil.catalog.leaderboards.get(boardId)!;
	return pupil.profile.leaderboard_scores[scoreKey(boardId, periodKey(definition, pupil.now)!)]?.score;
}

/** The XP boost a plain lesson is given now (equipped badges' XP bonuses are in it). */
function boostOfALesson(pupil: TestStudent): number {
	return effectsOfKind(pupil.activity("lesson"), "xp_gained")[0].boost;
}

function revokedOf(effects: ReturnType<TestStudent["act"]>) {
	const revoked = effectsOfKind(effects, "revoked");
	if (revoked.size() !== 1) error(`expected one revoked effect, got ${revoked.size()}`);
	return revoked[0];
}

export = () => {
	describe("revoke: a teacher takes back XP", () => {
		it("takes 150 of a level-3 student's 220 XP: 70 XP left, at the level the curve gives, with no level-up taken back", () => {
			const pupil = student();
			pupil.act({ kind: "grant", xp: 220, reason: "science fair" });
			expect(pupil.profile.experience.level).to.equal(3);
			const coinsAfterLevelUps = pupil.profile.currency.coins;
			expect(coinsAfterLevelUps).to.equal(2 * FLAT_CURVE.coins_per_level);

			const effects = pupil.act({ kind: "revoke", xp: 150, reason: "awarded twice by mistake" });
			const experience = pupil.profile.experience;
			expect(experience.total_xp).to.equal(70);
			expect(experience.current_xp).to.equal(70);
			expect(experience.level).to.equal(levelFromXp(pupil.catalog.levelXp, 70).level);
			expect(experience.level).to.equal(1);
			expect(experience.level_progress.current_level_xp).to.equal(70);
			expect(experience.level_progress.progress_percentage).to.equal(70);
			// the coins paid for reaching levels 2 and 3 stay: only what the revoke names is taken
			expect(pupil.profile.currency.coins).to.equal(coinsAfterLevelUps);
			const revoked = revokedOf(effects);
			expect(revoked.xp).to.equal(150);
			expect(revoked.reason).to.equal("awarded twice by mistake");
			expect(revoked.level_from).to.equal(3);
			expect(revoked.level_to).to.equal(1);
			expect(effectsOfKind(effects, "level_up").size()).to.equal(0);
			expect(effectsOfKind(effects, "xp_gained").size()).to.equal(0);
		});

		it("never takes the total below 0, and says how much it took", () => {
			const pupil = student();
			pupil.act({ kind: "grant", xp: 40, reason: "r" });
			const revoked = revokedOf(pupil.act({ kind: "revoke", xp: 1000, reason: "r" }));
			expect(revoked.xp).to.equal(40);
			expect(pupil.profile.experience.total_xp).to.equal(0);
			expect(pupil.profile.experience.current_xp).to.equal(0);
			expect(pupil.profile.experience.level).to.equal(1);
		});

		it("never undoes a prestige: current XP stops at 0, the total goes down by all that was taken", () => {
			const pupil = student();
			const experience = pupil.profile.experience;
			experience.prestige.level = 1;
			experience.total_xp = 5000;
			experience.current_xp = 30;
			const revoked = revokedOf(pupil.act({ kind: "revoke", xp: 100, reason: "r" }));
			expect(revoked.xp).to.equal(100);
			expect(pupil.profile.experience.total_xp).to.equal(4900);
			expect(pupil.profile.experience.current_xp).to.equal(0);
			expect(pupil.profile.experience.prestige.level).to.equal(1);
		});

		it("lowers this week's XP and level scores by what was taken, never below 0, and says the new scores", () => {
			const pupil = student();
			pupil.act({ kind: "grant", xp: 220, reason: "r" });
			expect(scoreOf(pupil, "weekly_xp")).to.equal(220);
			expect(scoreOf(pupil, "weekly_level")).to.equal(3);
			const effects = pupil.act({ kind: "revoke", xp: 150, reason: "r" });
			expect(scoreOf(pupil, "weekly_xp")).to.equal(70);
			expect(scoreOf(pupil, "weekly_level")).to.equal(1);
			const changed = effectsOfKind(effects, "score_changed");
			expect(changed.some((e) => e.leaderboard_id === "weekly_xp" && e.score === 70)).to.equal(true);
			expect(changed.some((e) => e.leaderboard_id === "weekly_level" && e.score === 1)).to.equal(true);

			// XP earned last week and taken back this week: this week's count cannot go below 0
			pupil.advance(7 * 86400);
			pupil.act({ kind: "grant", xp: 20, reason: "r" });
			pupil.act({ kind: "revoke", xp: 70, reason: "r" });
			expect(scoreOf(pupil, "weekly_xp")).to.equal(0);
			expect(pupil.profile.experience.total_xp).to.equal(20);
		});
	});

	describe("revoke: currencies", () => {
		it("coins stop at 0: what is there is taken, and the effect says how much", () => {
			const pupil = student();
			pupil.giveCoins(30);
			const effects = pupil.act({ kind: "revoke", coins: 100, reason: "r" });
			const revoked = revokedOf(effects);
			expect(revoked.coins).to.equal(30);
			expect(pupil.profile.currency.coins).to.equal(0);
			expect(pupil.profile.currency.lifetime_earned.coins).to.equal(0);
			// a take-back is not spending: no purchase history, no coins_spent for achievements
			expect(pupil.profile.currency.spending_history.size()).to.equal(0);
			expect(effectsOfKind(effects, "currency_changed").size()).to.equal(0);
			expect(scoreOf(pupil, "weekly_coins")).to.equal(0);
		});

		it("takes gems and tokens the same way, leaving the rest", () => {
			const pupil = student();
			pupil.act({ kind: "grant", gems: 5, tokens: 2, reason: "r" });
			const revoked = revokedOf(pupil.act({ kind: "revoke", gems: 3, tokens: 9, reason: "r" }));
			expect(revoked.gems).to.equal(3);
			expect(revoked.tokens).to.equal(2);
			expect(pupil.profile.currency.gems).to.equal(2);
			expect(pupil.profile.currency.tokens).to.equal(0);
			expect(pupil.profile.currency.lifetime_earned.gems).to.equal(2);
		});

		it("taking from a student who has nothing is no error: 0 taken, nothing else changes", () => {
			const pupil = student();
			const before = pupil.profile;
			const effects = pupil.act({ kind: "revoke", xp: 10, coins: 10, badge_id: "medal", reason: "r" });
			expect(rejection(effects)).to.equal(undefined);
			const revoked = revokedOf(effects);
			expect(revoked.xp + revoked.coins + revoked.gems + revoked.tokens).to.equal(0);
			expect(revoked.badge_id).to.equal("");
			expect(effects.size()).to.equal(1);
			expect(pupil.profile.experience.total_xp).to.equal(before.experience.total_xp);
		});
	});

	describe("revoke: a badge", () => {
		it("takes a granted, equipped badge out of the collection and off the student, with its bonus", () => {
			const pupil = student();
			pupil.act({ kind: "grant", badge_id: "medal", reason: "r" });
			pupil.act({ kind: "equip_badge", badge_id: "medal" });
			expect(boostOfALesson(pupil)).to.equal(1.1);
			const effects = pupil.act({ kind: "revoke", badge_id: "medal", reason: "given to the wrong student" });
			expect(pupil.profile.badges_owned.medal).to.equal(undefined);
			expect(pupil.profile.badges.equipped.size()).to.equal(0);
			expect(pupil.profile.badges.total_earned).to.equal(0);
			expect(pupil.profile.badges.rarity_counts.rare).to.equal(0);
			expect(effectsOfKind(effects, "badge_unequipped")[0].badge_id).to.equal("medal");
			expect(effectsOfKind(effects, "badge_removed")[0].reason).to.equal("given to the wrong student");
			expect(revokedOf(effects).badge_id).to.equal("medal");
			// the badge's 10 % XP bonus is gone with it
			expect(boostOfALesson(pupil)).to.equal(1);
		});

		it("takes one copy of a badge held several times", () => {
			const pupil = student();
			pupil.act({ kind: "grant", badge_id: "thanks", reason: "r" });
			pupil.act({ kind: "grant", badge_id: "thanks", reason: "r" });
			pupil.act({ kind: "revoke", badge_id: "thanks", reason: "r" });
			expect(pupil.profile.badges_owned.thanks.quantity).to.equal(1);
			expect(pupil.profile.badges.total_earned).to.equal(1);
		});

		it("refuses a badge the catalog does not have, changing nothing", () => {
			const pupil = student();
			pupil.giveCoins(10);
			const effects = pupil.act({ kind: "revoke", coins: 10, badge_id: "no_such_badge", reason: "r" });
			expect(rejection(effects)).to.equal(`unknown badge "no_such_badge"`);
			expect(pupil.profile.currency.coins).to.equal(10);
		});
	});
};
