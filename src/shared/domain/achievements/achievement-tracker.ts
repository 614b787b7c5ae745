import { AchievementDefinition } from "shared/catalog/types";
import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { pushBounded, utcDay, utcWeek } from "shared/domain/numbers";
import { AchievementProgress, HISTORY_LIMITS, PlayerProfile } from "shared/domain/profile/player-profile";
import { hasEarned } from "shared/domain/profile/progress-queries";
import { giveBundle } from "shared/domain/rewards/give-bundle";
import { achievementIndex } from "./achievement-index";
import {
	applyObservation,
	conditionMet,
	matchesContext,
	newAchievementProgress,
	newConditionProgress,
	conditionPercentage,
	progressPercentage,
	requirementMet,
} from "./condition-tracking";
import { EngineRun } from "./engine-run";
import { AchievementPlan } from "./achievement-plan";
import { Observation } from "shared/domain/observations/observation";

/** Inside its availability window (seasonal and limited-time achievements), and active. */
function isOpen(achievement: AchievementDefinition, now: number): boolean {
	if (achievement.status !== "active") return false;
	const metadata = achievement.metadata;
	if (metadata.available_from > 0 && now < metadata.available_from) return false;
	if (metadata.available_until > 0 && now > metadata.available_until) return false;
	return true;
}

/** Earned for good: nothing more to track (stackable achievements start a new run instead). */
function isDone(achievement: AchievementDefinition, state: AchievementProgress): boolean {
	if (achievement.progression.type === "tiered") return state.tier >= achievement.progression.tiers.size();
	return state.earned_count > 0 && !achievement.metadata.stackable;
}

function startRun(achievement: AchievementDefinition, state: AchievementProgress, now: number) {
	state.conditions = achievement.requirements.conditions.map(() => newConditionProgress());
	state.step = 0;
	state.window_start = 0;
	state.milestones = 0;
	state.progress = 0;
	state.first_progress_at = now;
}

/** A time constraint ("within N minutes", "in one day", "in one week") whose window has closed starts the run again. */
function closeExpiredWindow(achievement: AchievementDefinition, state: AchievementProgress, now: number) {
	const constraint = achievement.requirements.time_constraint;
	// time_limit slides its own window, and for a streak the constraint only sets the period (day or week)
	const requirementType = achievement.requirements.type;
	if (constraint.type === "" || requirementType === "time_limit" || requirementType === "streak") return;
	if (state.window_start === 0) return;
	const expired =
		constraint.type === "within"
			? now > state.window_start + constraint.duration * 60
			: constraint.type === "daily"
				? utcDay(now) !== utcDay(state.window_start)
				: utcWeek(now) !== utcWeek(state.window_start);
	if (expired) startRun(achievement, state, now);
}

/** Prerequisites earned and level reached. */
function gatesOpen(profile: PlayerProfile, achievement: AchievementDefinition): boolean {
	const requirements = achievement.requirements;
	if (profile.experience.level < requirements.level_requirement) return false;
	for (const prerequisite of requirements.prerequisite_achievements) {
		if (!hasEarned(profile, prerequisite)) return false;
	}
	return true;
}

/** Counts a newly earned (or, with -1, reset) achievement in its category's progress. */
function updateCategory(
	profile: PlayerProfile,
	achievement: AchievementDefinition,
	change: number,
	ctx: DomainContext,
) {
	const category = achievement.display.category;
	const total = achievementIndex(ctx.catalog).categoryTotals.get(category) ?? 0;
	const categories = profile.achievements.categories;
	let entry = categories.find((c) => c.category === category);
	if (entry === undefined) {
		entry = { category, earned: 0, total, progress: 0 };
		categories.push(entry);
	}
	entry.earned = math.max(0, entry.earned + change);
	entry.total = total;
	entry.progress = total > 0 ? math.floor((math.min(entry.earned, total) / total) * 10000) / 100 : 100;
}

function award(
	profile: PlayerProfile,
	achievement: AchievementDefinition,
	state: AchievementProgress,
	ctx: DomainContext,
	effects: Effect[],
) {
	const tiered = achievement.progression.type === "tiered";
	const tier = tiered ? achievement.progression.tiers[state.tier] : undefined;
	const multiplier = tier?.reward_multiplier ?? 1;
	const firstTime = state.earned_count === 0 && state.tier === 0;
	const points = math.floor(achievement.metadata.points * multiplier);
	const summary = profile.achievements;
	summary.total_points += points;
	summary.total_earned += 1;
	if (tiered) state.tier += 1;
	if (!tiered || firstTime) state.earned_count += 1;
	state.earned_at = ctx.now;
	pushBounded(
		summary.recent,
		{ achievement_id: achievement.id, earned_at: ctx.now, rarity: achievement.metadata.rarity },
		HISTORY_LIMITS.recent_achievements,
	);
	if (firstTime) updateCategory(profile, achievement, 1, ctx);
	effects.push({
		kind: "achievement_earned",
		achievement_id: achievement.id,
		tier: tier?.tier ?? 0,
		points,
		rarity: achievement.metadata.rarity,
		first_time: firstTime,
		time_to_earn: ctx.now - state.first_progress_at,
	});
	giveBundle(profile, achievement.rewards, multiplier, `achievement:${achievement.id}`, ctx, effects);
	if (tiered) {
		state.milestones = 0;
		state.progress = isDone(achievement, state) ? 100 : progressPercentage(achievement, state);
	} else if (achievement.metadata.stackable) startRun(achievement, state, ctx.now);
	else state.progress = 100;
}

/** Announces the milestones the progress has passed (never for secret achievements). */
function announceMilestones(
	profile: PlayerProfile,
	achievement: AchievementDefinition,
	state: AchievementProgress,
	ctx: DomainContext,
	effects: Effect[],
) {
	const milestones = achievement.progression.milestones;
	while (state.milestones < milestones.size() && state.progress >= milestones[state.milestones].percentage) {
		const milestone = milestones[state.milestones];
		state.milestones += 1;
		effects.push({
			kind: "achievement_progress",
			achievement_id: achievement.id,
			percentage: milestone.percentage,
			message: milestone.message,
		});
		giveBundle(profile, milestone.partial_reward, 1, `milestone:${achievement.id}`, ctx, effects);
	}
}

/**
 * Awards the achievement (or each tier it now reaches) when its requirement is met and its gates
 * are open. Called after progress, and again when a prerequisite is earned or the level goes up.
 */
export function checkCompletion(
	profile: PlayerProfile,
	achievement: AchievementDefinition,
	ctx: DomainContext,
	effects: Effect[],
	run: EngineRun,
) {
	const current = profile.achievement_progress[achievement.id];
	if (current === undefined || isDone(achievement, current) || !isOpen(achievement, ctx.now)) return;
	if (!gatesOpen(profile, achievement)) return;
	if (achievement.progression.type === "tiered") {
		if (!conditionMet(achievement, 0, current)) return;
		const state = run.writable(profile, achievement.id)!;
		while (!isDone(achievement, state) && conditionMet(achievement, 0, state)) {
			award(profile, achievement, state, ctx, effects);
		}
		return;
	}
	// a stackable achievement is earned at most once per event, so a reward that feeds its own metric cannot loop
	if (run.awarded.has(achievement.id) || !requirementMet(achievement, current)) return;
	run.awarded.add(achievement.id);
	award(profile, achievement, run.writable(profile, achievement.id)!, ctx, effects);
}

/** Earned for good, as isDone, from the facts its plan keeps at hand. */
function planDone(plan: AchievementPlan, state: AchievementProgress): boolean {
	if (plan.tiered) return state.tier >= plan.tierCount;
	return state.earned_count > 0 && !plan.stackable;
}

/**
 * Applies one observation to one achievement through its plan for the observation's metric. This
 * runs for every plan an observation is offered to, so it reads what the plan compiled (filters,
 * windows, done-ness) rather than asking the definition again.
 */
export function trackObservation(
	profile: PlayerProfile,
	plan: AchievementPlan,
	observation: Observation,
	ctx: DomainContext,
	effects: Effect[],
	run: EngineRun,
) {
	const now = ctx.now;
	if (
		(plan.availableFrom > 0 && now < plan.availableFrom) ||
		(plan.availableUntil > 0 && now > plan.availableUntil)
	) {
		return;
	}
	const achievement = plan.achievement;
	const existing = profile.achievement_progress[achievement.id];
	if (existing !== undefined && planDone(plan, existing)) return;
	const conditions = achievement.requirements.conditions;
	const ordered = plan.ordered;
	const filtered = plan.filtered;
	let state = existing;
	let touched = false;
	for (const index of plan.conditions) {
		if (ordered && index !== (state === undefined ? 0 : state.step)) continue;
		if (filtered && !matchesContext(conditions[index], observation, now)) continue;
		if (state === undefined) {
			state = newAchievementProgress(achievement, now);
			run.create(profile, achievement.id, state);
		} else if (!touched) {
			state = run.writable(profile, achievement.id)!;
			if (plan.restarts) closeExpiredWindow(achievement, state, now);
		}
		touched = true;
		applyObservation(achievement, index, state.conditions[index], observation, now);
	}
	if (state === undefined || !touched) return;
	if (state.window_start === 0 && plan.timed) state.window_start = now;
	if (ordered) {
		while (state.step < conditions.size() && conditionMet(achievement, state.step, state)) state.step += 1;
	}
	state.progress = plan.single
		? conditionPercentage(achievement, state, plan.fixedTarget)
		: progressPercentage(achievement, state);
	if (plan.announces) announceMilestones(profile, achievement, state, ctx, effects);
	// a requirement met shows as 100 %; a tiered one is met by its first condition alone
	if (plan.tiered ? conditionMet(achievement, 0, state) : state.progress >= 100) {
		checkCompletion(profile, achievement, ctx, effects, run);
	}
}

/** At prestige: achievements marked reset_on_prestige lose their progress and can be earned again. */
export function resetForPrestige(profile: PlayerProfile, ctx: DomainContext, effects: Effect[]) {
	for (const achievement of achievementIndex(ctx.catalog).resetOnPrestige) {
		const state = profile.achievement_progress[achievement.id];
		if (state === undefined) continue;
		delete profile.achievement_progress[achievement.id];
		if (state.earned_count > 0 || state.tier > 0) updateCategory(profile, achievement, -1, ctx);
		effects.push({ kind: "achievement_reset", achievement_id: achievement.id });
	}
}

/** Awards an achievement outright (a quest's reward), unless already earned for good. */
export function grantAchievement(
	profile: PlayerProfile,
	achievement: AchievementDefinition,
	ctx: DomainContext,
	effects: Effect[],
	run: EngineRun,
) {
	let state = run.writable(profile, achievement.id);
	if (state !== undefined && isDone(achievement, state)) return;
	if (state === undefined) {
		state = newAchievementProgress(achievement, ctx.now);
		run.create(profile, achievement.id, state);
	}
	award(profile, achievement, state, ctx, effects);
}
