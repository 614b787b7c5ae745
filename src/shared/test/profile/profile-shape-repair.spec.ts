import { HttpService } from "@rbxts/services";
import { getPublicCatalog } from "shared/catalog";
import { memoryStockLedger } from "shared/domain/context";
import { activeBoost } from "shared/domain/progression/experience";
import { createDefaultProfile, PlayerProfile } from "shared/domain/profile/player-profile";
import { DATASTORE_VALUE_LIMIT, MAX_EXACT_SCORE, MAX_XP_BOOST } from "shared/domain/profile/profile-schema";
import { REPORT_LINE_CHARS, REPORT_LINES } from "shared/domain/profile/repair-report";
import { loadProfile } from "shared/domain/profile/profile-repair";
import { Rng } from "shared/domain/rng";
import { MAX_SAFE_INTEGER } from "shared/util/safe-integer";
import { deepCopy } from "shared/util/deep-copy";
import { TERM_START } from "../helpers/domain";
import { LESSON, loaded, nonFinitePath, play } from "../helpers/profiles";

const LESSONS = [LESSON, LESSON, LESSON, LESSON, LESSON];

/** A profile as a save holds it: damaged by `damage` after a few lessons and an assigned quest. */
function savedAfter(damage: (saved: Record<string, unknown>) => void): unknown {
	const played = play(createDefaultProfile(), [LESSON, { kind: "assign_quest", quest_id: "daily_three_activities" }]);
	const saved = deepCopy(played) as unknown as Record<string, unknown>;
	damage(saved);
	return saved;
}

function entries(saved: Record<string, unknown>, map: string): Record<string, Record<string, unknown>> {
	return saved[map] as Record<string, Record<string, unknown>>;
}

export = () => {
	describe("a repaired profile never crashes the rules (issue 11, item 1)", () => {
		it("an achievement's conditions = [] is fitted to its requirement and counts again", () => {
			const saved = savedAfter((s) => {
				for (const [, entry] of pairs(entries(s, "achievement_progress"))) entry.conditions = [];
			});
			const profile = loaded(saved).profile;
			let after: PlayerProfile | undefined;
			expect(() => (after = play(profile, LESSONS))).never.to.throw();
			expect(after!.stats.lessons_completed).to.equal(6);
		});

		it("a quest's objectives = [] are fitted to the quest, which can still be completed", () => {
			const saved = savedAfter((s) => {
				for (const [, entry] of pairs(entries(s, "quest_progress"))) entry.objectives = [];
			});
			let after: PlayerProfile | undefined;
			expect(() => (after = play(loaded(saved).profile, LESSONS))).never.to.throw();
			expect(after!.quest_history.daily_three_activities.completions).to.equal(1);
		});

		it("an active quest without its quest_history record gets one, and completes", () => {
			const saved = savedAfter((s) => (s.quest_history = {}));
			const result = loaded(saved);
			let after: PlayerProfile | undefined;
			expect(() => (after = play(result.profile, LESSONS))).never.to.throw();
			expect(after!.quest_history.daily_three_activities.completions).to.equal(1);
			const mentioned = result.repairs.some(
				(line) => line.find("quest_history.daily_three_activities", 1, true)[0] !== undefined,
			);
			expect(mentioned).to.equal(true);
		});
	});

	describe("a loader with the catalog", () => {
		it("drops what refers to ids the catalog lacks and fits progress to the catalog, once", () => {
			const saved = savedAfter((s) => {
				const progress = entries(s, "achievement_progress");
				for (const [, entry] of pairs(progress)) entry.conditions = [];
				progress.no_such_achievement = { conditions: [] };
				entries(s, "badges_owned").no_such_badge = { quantity: 1, earned_at: 0, source: "grant" };
				const inventory = s.inventory as Record<string, unknown>;
				inventory.items = [
					{ item_id: "no_such_item", quantity: 1, acquired_at: 0, equipped: false, expires_at: 0 },
				];
			});
			const result = loadProfile(saved, getPublicCatalog());
			if (!result.ok) error(result.reason);
			const profile = result.profile;
			expect(profile.achievement_progress.no_such_achievement).to.equal(undefined);
			expect(profile.badges_owned.no_such_badge).to.equal(undefined);
			expect(profile.inventory.items.size()).to.equal(0);
			for (const [id, entry] of pairs(profile.achievement_progress)) {
				const size = getPublicCatalog()
					.achievements.get(id as string)!
					.requirements.conditions.size();
				expect(entry.conditions.size()).to.equal(size);
			}
			const again = loadProfile(profile, getPublicCatalog());
			expect(again.ok && again.repairs.size() === 0).to.equal(true);
		});
	});

	describe("a repaired profile stays saveable (issue 11, item 2)", () => {
		it("leaderboard_metrics of 1e308 stay finite through later events, scores within the board's exact range", () => {
			const saved = savedAfter((s) => {
				for (const [, aggregate] of pairs(entries(s, "leaderboard_metrics"))) {
					aggregate.sum = 1e308;
					aggregate.max = 1e308;
					aggregate.latest = -1e308;
				}
			});
			const after = play(loaded(saved).profile, LESSONS);
			expect(nonFinitePath(after)).to.equal(undefined);
			for (const [, entry] of pairs(after.leaderboard_scores)) {
				expect(math.abs(entry.score) <= MAX_EXACT_SCORE).to.equal(true);
			}
		});

		it("xp_multipliers of 1e300 are held to their range and XP stays finite", () => {
			const saved = savedAfter((s) => {
				const experience = s.experience as Record<string, unknown>;
				experience.xp_multipliers = [
					{ source: "a", value: 1e300, expires_at: 0 },
					{ source: "b", value: 1e300, expires_at: 0 },
				];
			});
			const after = play(loaded(saved).profile, LESSONS);
			expect(nonFinitePath(after)).to.equal(undefined);
			expect(after.experience.total_xp <= MAX_SAFE_INTEGER).to.equal(true);
		});

		it("the product of boosts saturates at MAX_XP_BOOST, even for a profile that was never repaired", () => {
			const profile = createDefaultProfile();
			for (let i = 0; i < 32; i++)
				profile.experience.xp_multipliers.push({ source: `m${i}`, value: 1e300, expires_at: 0 });
			const ctx = { now: TERM_START, rng: new Rng(1), catalog: getPublicCatalog(), stock: memoryStockLedger() };
			expect(activeBoost(profile, ctx)).to.equal(MAX_XP_BOOST);
			const after = play(profile, LESSONS);
			expect(nonFinitePath(after)).to.equal(undefined);
			expect(after.experience.total_xp > 0 && after.experience.total_xp <= MAX_SAFE_INTEGER).to.equal(true);
		});

		it("60,000 {} inventory items repair to an inventory within its capacity, far under 4 MB", () => {
			const saved = savedAfter((s) => {
				const items = new Array<object>();
				for (let i = 0; i < 60000; i++) items.push({});
				(s.inventory as Record<string, unknown>).items = items;
				(s.inventory as Record<string, unknown>).used_slots = 60000;
			});
			const profile = loaded(saved).profile;
			expect(profile.inventory.items.size() <= profile.inventory.capacity).to.equal(true);
			expect(profile.inventory.used_slots).to.equal(profile.inventory.items.size());
			expect(HttpService.JSONEncode(profile).size() < DATASTORE_VALUE_LIMIT / 10).to.equal(true);
		});

		it("60,000 well-formed items keep the first `capacity`, and used_slots says so", () => {
			const saved = savedAfter((s) => {
				const items = new Array<object>();
				for (let i = 0; i < 60000; i++) {
					items.push({ item_id: "snack_pack", quantity: 1, acquired_at: 0, equipped: false, expires_at: 0 });
				}
				(s.inventory as Record<string, unknown>).items = items;
			});
			const profile = loaded(saved).profile;
			expect(profile.inventory.items.size()).to.equal(profile.inventory.capacity);
			expect(profile.inventory.used_slots).to.equal(profile.inventory.capacity);
		});

		it("the repair report is bounded: at most REPORT_LINES lines of REPORT_LINE_CHARS, with a count of the rest", () => {
			const saved = savedAfter((s) => {
				const items = new Array<object>();
				for (let i = 0; i < 60000; i++) items.push({ item_id: `item_${i}`, quantity: "many" });
				(s.inventory as Record<string, unknown>).items = items;
				(s.profile as Record<string, unknown>).username = string.rep("x", 1000000);
				(s.profile as Record<string, unknown>).bio = { [string.rep("k", 100000)]: true };
			});
			const repairs = loaded(saved).repairs;
			expect(repairs.size() <= REPORT_LINES).to.equal(true);
			for (const line of repairs) expect(line.size() <= REPORT_LINE_CHARS).to.equal(true);
			expect(repairs[repairs.size() - 1].find("more repairs", 1, true)[0] !== undefined).to.equal(true);
		});
	});
};
