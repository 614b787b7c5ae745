import { Catalog } from "shared/catalog/types";
import {
	DomainContext,
	memoryStockLedger,
	PlayerProfile,
	questBoard,
	Rng,
	utcDay,
	visibleAchievements,
} from "shared/domain";

/**
 * What a student's client holds of their own game: ids and numbers. Catalog text (names,
 * descriptions, prices) is static and already on the client (ReplicatedStorage), so it is never
 * resent with a change; a secret achievement not yet earned appears only as a count. Secret
 * achievements are not in the replicated catalog at all (server/catalog/secret-achievements.ts),
 * so the text of each one the student has earned comes here, in revealed_achievements.
 */
export interface StudentView {
	readonly user_id: string;
	readonly display_name: string;
	readonly title: string;
	readonly titles_earned: readonly string[];
	readonly avatar_frame: string;
	readonly level: number;
	readonly prestige: number;
	readonly current_xp: number;
	readonly total_xp: number;
	readonly level_progress: {
		readonly current_level_xp: number;
		readonly next_level_xp: number;
		readonly progress_percentage: number;
	};
	readonly currency: { readonly coins: number; readonly gems: number; readonly tokens: number };
	readonly streak: { readonly current: number; readonly best: number };
	readonly stats: Readonly<Record<StudentStat, number>>;
	/** Visible achievements by id: earned, tier, and progress when the achievement shows it. */
	readonly achievements: Readonly<Record<string, AchievementState>>;
	/** Secret achievements not yet earned: only their number. */
	readonly hidden_achievements: number;
	/** Secret achievements the student has earned, by id: what the client shows of each (it has no catalog entry). */
	readonly revealed_achievements: Readonly<Record<string, RevealedAchievement>>;
	readonly achievement_points: number;
	readonly showcase: readonly string[];
	/** Badges owned by id: how many copies. */
	readonly badges: Readonly<Record<string, number>>;
	readonly badges_equipped: readonly string[];
	/** Active quests by id: objective progress and when each fails. */
	readonly quests: Readonly<Record<string, QuestState>>;
	/** Quests the student may take, with why one cannot be taken yet; hidden quests only once they can. */
	readonly quest_board: Readonly<Record<string, { readonly locked_reason?: string }>>;
	readonly items: readonly { readonly item_id: string; readonly quantity: number; readonly expires_at: number }[];
	readonly power_ups: readonly {
		readonly power_up_id: string;
		readonly uses_remaining: number;
		readonly active: boolean;
	}[];
	/** Purchases per reward id, against each reward's per-player limit. */
	readonly purchase_counts: Readonly<Record<string, number>>;
	/** When each reward was last used, for its cooldown. */
	readonly last_used: Readonly<Record<string, number>>;
	/** Activity XP earned today per activity type, against the catalog's daily caps (fair play). */
	readonly xp_today: Readonly<Record<string, number>>;
	readonly settings: PlayerProfile["settings"];
	readonly blocked: readonly string[];
}

export type StudentStat = (typeof STUDENT_STATS)[number];

/** The statistics a profile card shows. */
export const STUDENT_STATS = [
	"activities_completed",
	"lessons_completed",
	"quizzes_perfect",
	"total_study_time",
	"accuracy_rate",
	"mastery_score",
	"helps_given",
	"login_days",
] as const;

export interface AchievementState {
	readonly earned: boolean;
	readonly tier: number;
	readonly progress?: number;
}

/** What a client shows of a secret achievement once its student has earned it. */
export interface RevealedAchievement {
	readonly name: string;
	/** display.title, or the name when it has none. */
	readonly title: string;
	readonly description: string;
	/** "" when it has none. */
	readonly flavor_text: string;
	/** The unlocked icon's asset id ("" when it has none). */
	readonly icon: string;
	readonly rarity: string;
	readonly points: number;
	readonly category: string;
}

export interface QuestState {
	readonly started_at: number;
	readonly expires_at: number;
	readonly objectives: readonly number[];
}

/** The student's whole view, built fresh from their profile (nothing in it aliases the profile). */
export function studentView(profile: PlayerProfile, catalog: Catalog, now: number): StudentView {
	const achievements: Record<string, AchievementState> = {};
	const revealed: Record<string, RevealedAchievement> = {};
	const visible = visibleAchievements(profile, catalog);
	for (const view of visible.achievements) {
		achievements[view.id] = { earned: view.earned, tier: view.tier, progress: view.progress };
		const definition = catalog.achievements.get(view.id)!;
		// a secret one is listed only once earned
		if (definition.metadata.secret) {
			revealed[view.id] = {
				name: definition.name,
				title: view.title,
				description: view.description,
				flavor_text: definition.display.flavor_text,
				icon: definition.display.icon.unlocked,
				rarity: view.rarity,
				points: view.points,
				category: view.category,
			};
		}
	}
	const badges: Record<string, number> = {};
	for (const [badgeId, owned] of pairs(profile.badges_owned)) badges[badgeId as string] = owned.quantity;
	const quests: Record<string, QuestState> = {};
	for (const active of profile.quests.active) {
		const progress = profile.quest_progress[active.quest_id];
		quests[active.quest_id] = {
			started_at: active.started_at,
			expires_at: active.expires_at,
			objectives: (progress?.objectives ?? []).map((objective) => objective.current),
		};
	}
	const board: Record<string, { locked_reason?: string }> = {};
	// the board's reasons read the catalog and the clock only; no random draw or stock is involved
	const ctx: DomainContext = { now, catalog, rng: new Rng(1), stock: memoryStockLedger() };
	for (const quest of questBoard(profile, ctx)) board[quest.quest_id] = { locked_reason: quest.locked_reason };
	const stats = {} as Record<StudentStat, number>;
	for (const name of STUDENT_STATS) stats[name] = profile.stats[name];
	const settings = profile.settings;
	return {
		user_id: profile.user_id,
		display_name: profile.profile.display_name,
		title: profile.profile.title,
		titles_earned: [...profile.profile.titles_earned],
		avatar_frame: profile.profile.avatar.frame_id,
		level: profile.experience.level,
		prestige: profile.experience.prestige.level,
		current_xp: profile.experience.current_xp,
		total_xp: profile.experience.total_xp,
		level_progress: { ...profile.experience.level_progress },
		currency: { coins: profile.currency.coins, gems: profile.currency.gems, tokens: profile.currency.tokens },
		streak: { current: profile.stats.study_streak.current, best: profile.stats.study_streak.best },
		stats,
		achievements,
		hidden_achievements: visible.hidden,
		revealed_achievements: revealed,
		achievement_points: profile.achievements.total_points,
		showcase: [...profile.achievements.showcase],
		badges,
		badges_equipped: [...profile.badges.equipped],
		quests,
		quest_board: board,
		items: profile.inventory.items.map((item) => ({
			item_id: item.item_id,
			quantity: item.quantity,
			expires_at: item.expires_at,
		})),
		power_ups: profile.inventory.power_ups.map((powerUp) => ({
			power_up_id: powerUp.power_up_id,
			uses_remaining: powerUp.uses_remaining,
			active: powerUp.active,
		})),
		purchase_counts: { ...profile.purchase_counts },
		last_used: { ...profile.last_used },
		xp_today: profile.fair_play.day === utcDay(now) ? { ...profile.fair_play.xp_by_type } : {},
		settings: { notifications: { ...settings.notifications }, privacy: { ...settings.privacy } },
		blocked: [...profile.social.blocked],
	};
}
