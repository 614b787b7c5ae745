import { isBuiltInMetric } from "shared/catalog/metric-names";
import { QuestCondition, QuestDefinition, QuestObjective, QuestRewardBundle } from "shared/catalog/types";
import { DomainContext } from "shared/domain/context";
import { removeItem } from "shared/domain/economy/inventory";
import { Effect } from "shared/domain/effects";
import { utcDay } from "shared/domain/numbers";
import { ActiveQuest, ObjectiveProgress, PlayerProfile } from "shared/domain/profile/player-profile";
import { giveBundle } from "shared/domain/rewards/give-bundle";
import { grantAchievement } from "shared/domain/achievements/achievement-tracker";
import { EngineRun } from "shared/domain/achievements/engine-run";
import { hasEarned } from "shared/domain/profile/progress-queries";
import { questTitle, resetTime, whyNotAssign } from "./quest-requirements";

/** quest_points for completing a quest, by its difficulty. */
export const QUEST_POINTS = { easy: 10, medium: 20, hard: 35, expert: 50 } as const;

/** The value a `reach` objective starts from: where the player already is. */
function currentValue(profile: PlayerProfile, metric: string): number | undefined {
	if (!isBuiltInMetric(metric)) return undefined;
	switch (metric) {
		case "level":
			return profile.experience.level;
		case "total_xp":
			return profile.experience.total_xp;
		case "study_streak":
			return profile.stats.study_streak.current;
		case "login_days":
			return profile.stats.login_days;
		case "accuracy":
			return profile.stats.accuracy_rate;
		case "prestige":
			return profile.experience.prestige.level;
	}
	return undefined;
}

/**
 * Where an objective starts: a `reach` objective from the player's current value, an `achieve`
 * objective naming achievements from those already earned; everything else from zero.
 */
function startingValue(profile: PlayerProfile, objective: QuestObjective): number | undefined {
	if (objective.type === "reach") return currentValue(profile, objective.target.metric);
	if (objective.type === "achieve" && objective.target.context.keys.size() > 0) {
		return objective.target.context.keys.filter((id) => hasEarned(profile, id)).size();
	}
	return undefined;
}

/** The quest's share of required objectives done, 0..100. */
function questPercentage(quest: QuestDefinition, objectives: ObjectiveProgress[]): number {
	let required = 0;
	let sum = 0;
	quest.objectives.forEach((objective, index) => {
		if (objective.optional) return;
		required += 1;
		sum += math.min(1, objectives[index].current / objective.progress_tracking.required);
	});
	return required === 0 ? 100 : math.floor((sum / required) * 10000) / 100;
}

export function updateQuestPercentage(profile: PlayerProfile, quest: QuestDefinition) {
	const entry = profile.quests.active.find((e) => e.quest_id === quest.id);
	const state = profile.quest_progress[quest.id];
	if (entry !== undefined && state !== undefined) entry.progress = questPercentage(quest, state.objectives);
}

/**
 * Gives the player a quest: every requirement checked (a refusal says which), required items used up
 * when the quest consumes them, and its deadline set: the quest's expires_at, the end of the day or
 * week for daily and weekly quests, and the minutes of its time_limit objectives, whichever comes first.
 */
export function assignQuest(
	profile: PlayerProfile,
	questId: string,
	ctx: DomainContext,
	effects: Effect[],
	run: EngineRun,
): string | undefined {
	const quest = ctx.catalog.quests.get(questId);
	if (quest === undefined) return `unknown quest "${questId}"`;
	const refusal = whyNotAssign(profile, quest, ctx);
	if (refusal !== undefined) return refusal;
	for (const item of quest.requirements.items) {
		if (!item.consume) continue;
		const refused = removeItem(profile, item.item_id, item.quantity, `quest ${quest.id}`, effects);
		if (refused !== undefined) return refused;
	}
	let expiresAt = 0;
	let reason = "";
	const consider = (time: number, why: string) => {
		if (time > 0 && (expiresAt === 0 || time < expiresAt)) {
			expiresAt = time;
			reason = why;
		}
	};
	consider(quest.expires_at, "the quest has ended");
	consider(resetTime(quest, ctx.now), quest.info.type === "weekly" ? "the week ended" : "the day ended");
	for (const objective of quest.objectives) {
		if (objective.type === "time_limit" && !objective.optional) {
			consider(ctx.now + objective.target.context.duration * 60, `time ran out for "${objective.id}"`);
		}
	}
	startQuest(profile, quest, { expiresAt, reason, classQuest: false }, ctx, effects, run);
	return undefined;
}

/** When a quest being started fails, and why; and whether a teacher gave it to the whole class. */
export interface QuestStart {
	/** 0 = no deadline. */
	readonly expiresAt: number;
	readonly reason: string;
	readonly classQuest: boolean;
}

/**
 * Puts a quest among the player's active ones, its objectives starting where the player already is,
 * counts the attempt, and completes it at once when nothing is left to do. The caller has decided
 * the quest may start (assignQuest's requirements, or a teacher's class quest).
 */
export function startQuest(
	profile: PlayerProfile,
	quest: QuestDefinition,
	start: QuestStart,
	ctx: DomainContext,
	effects: Effect[],
	run: EngineRun,
) {
	const expiresAt = start.expiresAt;
	const entry: ActiveQuest = { quest_id: quest.id, progress: 0, started_at: ctx.now, expires_at: expiresAt };
	if (start.classQuest) entry.class_quest = true;
	profile.quests.active.push(entry);
	const objectives = quest.objectives.map((objective) => {
		const current = startingValue(profile, objective) ?? 0;
		return { current, seen: [], done: current >= objective.progress_tracking.required, checkpoints: 0 };
	});
	profile.quest_progress[quest.id] = { objectives, expiry_reason: start.reason };
	const record = profile.quest_history[quest.id];
	if (record === undefined) {
		profile.quest_history[quest.id] = { attempts: 1, completions: 0, last_completed_at: 0, rated: false };
	} else record.attempts += 1;
	run.newQuests.add(quest.id);
	effects.push(
		start.classQuest
			? { kind: "quest_assigned", quest_id: quest.id, expires_at: expiresAt, class_quest: true }
			: { kind: "quest_assigned", quest_id: quest.id, expires_at: expiresAt },
	);
	updateQuestPercentage(profile, quest);
	checkQuestCompletion(profile, quest, ctx, effects, run);
}

/** Takes a quest off the active ones with its progress (its history stays). */
export function removeActive(profile: PlayerProfile, questId: string) {
	profile.quests.active = profile.quests.active.filter((entry) => entry.quest_id !== questId);
	delete profile.quest_progress[questId];
}

export function abandonQuest(profile: PlayerProfile, questId: string, ctx: DomainContext, effects: Effect[]) {
	const quest = ctx.catalog.quests.get(questId);
	if (quest === undefined) return `unknown quest "${questId}"`;
	if (profile.quest_progress[questId] === undefined) return `you are not on ${questTitle(quest)}`;
	removeActive(profile, questId);
	effects.push({ kind: "quest_abandoned", quest_id: questId });
	return undefined;
}

/** A rating of 1 to 5 stars, once per quest, after completing it. */
export function rateQuest(
	profile: PlayerProfile,
	questId: string,
	rating: number,
	ctx: DomainContext,
	effects: Effect[],
) {
	const quest = ctx.catalog.quests.get(questId);
	if (quest === undefined) return `unknown quest "${questId}"`;
	const record = profile.quest_history[questId];
	if (record === undefined || record.completions === 0) return `complete ${questTitle(quest)} before rating it`;
	if (record.rated) return `you have already rated ${questTitle(quest)}`;
	if (rating !== math.floor(rating) || rating < 1 || rating > 5) return "a rating is 1 to 5 stars";
	record.rated = true;
	effects.push({ kind: "quest_rated", quest_id: questId, rating });
	return undefined;
}

/** Active quests whose deadline has passed fail; completed_today starts again with each UTC day. */
export function expireQuests(profile: PlayerProfile, now: number, effects: Effect[]) {
	const quests = profile.quests;
	if (profile.quest_day !== utcDay(now)) {
		profile.quest_day = utcDay(now);
		quests.completed_today = 0;
	}
	for (const entry of [...quests.active]) {
		if (entry.expires_at > 0 && now >= entry.expires_at) {
			const reason = profile.quest_progress[entry.quest_id]?.expiry_reason ?? "the quest has ended";
			removeActive(profile, entry.quest_id);
			effects.push({ kind: "quest_failed", quest_id: entry.quest_id, reason });
		}
	}
}

/** A quest reward: the bundle through grant, achievements outright, unlocked quests assigned. */
export function giveQuestBundle(
	profile: PlayerProfile,
	bundle: QuestRewardBundle,
	source: string,
	ctx: DomainContext,
	effects: Effect[],
	run: EngineRun,
) {
	giveBundle(profile, bundle, 1, source, ctx, effects);
	for (const achievementId of bundle.achievements) {
		grantAchievement(profile, ctx.catalog.achievements.get(achievementId)!, ctx, effects, run);
	}
	for (const questId of bundle.unlock_quests) {
		const refused = assignQuest(profile, questId, ctx, effects, run);
		if (refused !== undefined) effects.push({ kind: "reward_withheld", source, reason: refused });
	}
}

interface CompletionFacts {
	readonly minutes: number;
	readonly allOptional: boolean;
	readonly level: number;
}

function holds(condition: QuestCondition, facts: CompletionFacts): boolean {
	if (condition.withinMinutes !== undefined && facts.minutes > condition.withinMinutes) return false;
	if (condition.allOptional === true && !facts.allOptional) return false;
	if (condition.minLevel !== undefined && facts.level < condition.minLevel) return false;
	return true;
}

/** Completes the quest once every required objective is done: rewards, statistics, the next quest of its chain. */
export function checkQuestCompletion(
	profile: PlayerProfile,
	quest: QuestDefinition,
	ctx: DomainContext,
	effects: Effect[],
	run: EngineRun,
) {
	const state = profile.quest_progress[quest.id];
	const entry = profile.quests.active.find((e) => e.quest_id === quest.id);
	if (state === undefined || entry === undefined) return;
	if (!quest.objectives.every((objective, index) => objective.optional || state.objectives[index].done)) return;
	const facts: CompletionFacts = {
		minutes: (ctx.now - entry.started_at) / 60,
		allOptional: quest.objectives.every((objective, index) => !objective.optional || state.objectives[index].done),
		level: profile.experience.level,
	};
	removeActive(profile, quest.id);
	// repair gives every active quest its record; a record lost anyway must not stop every later event
	const record = profile.quest_history[quest.id] ?? {
		attempts: 1,
		completions: 0,
		last_completed_at: 0,
		rated: false,
	};
	profile.quest_history[quest.id] = record;
	const firstTime = record.completions === 0;
	record.completions += 1;
	record.last_completed_at = ctx.now;
	const quests = profile.quests;
	if (profile.quest_day !== utcDay(ctx.now)) {
		profile.quest_day = utcDay(ctx.now);
		quests.completed_today = 0;
	}
	quests.completed_today += 1;
	quests.completed_total += 1;
	quests.quest_points += QUEST_POINTS[quest.info.difficulty];
	effects.push({
		kind: "quest_completed",
		quest_id: quest.id,
		time_to_complete: ctx.now - entry.started_at,
		first_time: firstTime,
	});
	const source = `quest:${quest.id}`;
	const rewards = quest.rewards;
	giveQuestBundle(profile, firstTime ? rewards.guaranteed : rewards.repeat_rewards, source, ctx, effects, run);
	if (firstTime) giveQuestBundle(profile, rewards.first_completion, source, ctx, effects, run);
	for (const entryReward of rewards.random) {
		if (ctx.rng.chance(entryReward.probability))
			giveQuestBundle(profile, entryReward.reward, source, ctx, effects, run);
	}
	for (const bonus of rewards.bonus) {
		if (holds(bonus.condition, facts)) giveQuestBundle(profile, bonus.reward, source, ctx, effects, run);
	}
	const branch = quest.chain.branch_quests.find((b) => holds(b.condition, facts));
	const following = branch?.quest_id ?? quest.chain.next_quest;
	if (following !== "") {
		const refused = assignQuest(profile, following, ctx, effects, run);
		if (refused !== undefined) effects.push({ kind: "reward_withheld", source, reason: refused });
	}
}
