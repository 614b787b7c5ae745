import { MAX_SAFE_INTEGER } from "shared/util/safe-integer";
import {
	createDefaultProfile,
	HISTORY_LIMITS,
	PlayerProfile,
	PROFILE_SCHEMA_VERSION,
} from "shared/domain/profile/player-profile";
import { loadProfile } from "shared/domain/profile/profile-repair";
import { mentions } from "../helpers/domain";

function load(saved: unknown) {
	const result = loadProfile(saved);
	if (!result.ok) error(`expected the profile to load: ${result.reason}`);
	return result;
}

function anyRepairMentions(repairs: string[], part: string) {
	return repairs.some((repair) => mentions(repair, part));
}

export = () => {
	describe("a new player's profile", () => {
		it("has every section of the model, at level 1 with 100 XP to the next level", () => {
			const profile = createDefaultProfile();
			expect(profile.schema_version).to.equal(PROFILE_SCHEMA_VERSION);
			expect(profile.experience.level).to.equal(1);
			expect(profile.experience.level_progress.next_level_xp).to.equal(100);
			for (const section of ["profile", "experience", "currency", "achievements", "badges", "inventory"]) {
				expect(typeIs((profile as unknown as Record<string, unknown>)[section], "table")).to.equal(true);
			}
			for (const section of ["quests", "stats", "social", "ranking"]) {
				expect(typeIs((profile as unknown as Record<string, unknown>)[section], "table")).to.equal(true);
			}
		});

		it("loads back unchanged, with nothing to repair", () => {
			const result = load(createDefaultProfile());
			expect(result.repairs.size()).to.equal(0);
		});
	});

	describe("loading a damaged profile", () => {
		it("turns garbage into a default profile and says so", () => {
			const result = load("not a profile");
			expect(result.profile.experience.level).to.equal(1);
			expect(anyRepairMentions(result.repairs, "not a table")).to.equal(true);
		});

		it("keeps what is valid and fills in what is missing, field by field", () => {
			const result = load({
				schema_version: 1,
				user_id: "42",
				currency: { coins: 120 },
				experience: { total_xp: 500, current_xp: 500 },
			});
			expect(result.profile.user_id).to.equal("42");
			expect(result.profile.currency.coins).to.equal(120);
			expect(result.profile.currency.gems).to.equal(0);
			expect(result.profile.experience.total_xp).to.equal(500);
			expect(anyRepairMentions(result.repairs, "currency.gems: missing")).to.equal(true);
		});

		it("repairs NaN, infinite, negative, fractional and wrongly typed numbers, naming each", () => {
			const saved = createDefaultProfile() as unknown as {
				currency: Record<string, unknown>;
				stats: Record<string, unknown>;
			};
			saved.currency.coins = 0 / 0;
			saved.currency.gems = -5;
			saved.currency.tokens = "lots";
			saved.stats.lessons_completed = 2.5;
			saved.stats.login_days = math.huge;
			saved.stats.activities_completed = 1e300;
			const result = load(saved);
			const profile = result.profile;
			expect(profile.currency.coins).to.equal(0);
			expect(profile.currency.gems).to.equal(0);
			expect(profile.currency.tokens).to.equal(0);
			expect(profile.stats.lessons_completed).to.equal(2);
			expect(profile.stats.login_days).to.equal(0);
			expect(profile.stats.activities_completed).to.equal(MAX_SAFE_INTEGER);
			for (const path of ["currency.coins", "currency.gems", "currency.tokens", "stats.lessons_completed"]) {
				expect(anyRepairMentions(result.repairs, path)).to.equal(true);
			}
		});

		it("resets unknown enum values", () => {
			const saved = createDefaultProfile();
			(saved.profile as { status: string }).status = "dancing";
			const result = load(saved);
			expect(result.profile.profile.status).to.equal("offline");
			expect(anyRepairMentions(result.repairs, '"dancing" is not one of')).to.equal(true);
		});

		it("drops malformed list entries and trims over-long histories to their newest entries", () => {
			const saved = createDefaultProfile() as PlayerProfile;
			for (let i = 1; i <= HISTORY_LIMITS.xp_history + 10; i++) {
				saved.experience.xp_history.push({ amount: i, source: "lesson", timestamp: i, multiplier: 1 });
			}
			(saved.inventory.items as defined[]).push("a hat", { item_id: "snack_pack", quantity: 2 });
			const result = load(saved);
			const history = result.profile.experience.xp_history;
			expect(history.size()).to.equal(HISTORY_LIMITS.xp_history);
			expect(history[history.size() - 1].amount).to.equal(HISTORY_LIMITS.xp_history + 10);
			expect(result.profile.inventory.items.size()).to.equal(1);
			expect(result.profile.inventory.items[0].quantity).to.equal(2);
			expect(result.profile.inventory.used_slots).to.equal(1);
			expect(anyRepairMentions(result.repairs, "dropped 1 malformed entry")).to.equal(true);
			expect(anyRepairMentions(result.repairs, "kept the newest")).to.equal(true);
		});

		it("migrates a profile saved before schemas were versioned", () => {
			const saved = createDefaultProfile() as unknown as Record<string, unknown>;
			saved.schema_version = undefined;
			const result = load(saved);
			expect(result.profile.schema_version).to.equal(PROFILE_SCHEMA_VERSION);
			expect(anyRepairMentions(result.repairs, "schema 0 -> 1")).to.equal(true);
		});

		it("refuses a profile from a newer schema instead of downgrading it", () => {
			const saved = createDefaultProfile() as unknown as Record<string, unknown>;
			saved.schema_version = PROFILE_SCHEMA_VERSION + 1;
			const result = loadProfile(saved);
			expect(result.ok).to.equal(false);
			if (!result.ok) expect(mentions(result.reason, "newer")).to.equal(true);
		});
	});
};
