import { DomainContext } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { EngineRun } from "shared/domain/achievements/engine-run";
import { removeActive, startQuest } from "./quest-lifecycle";
import { questTitle } from "./quest-requirements";

/** The longest a class quest may run: a school year, with a day to spare. */
export const MAX_CLASS_QUEST_SECONDS = 366 * 86400;

/** Why a class quest fails at its deadline (quest_failed's reason). */
export const CLASS_QUEST_DEADLINE = "the class deadline passed";

/**
 * A teacher gives the whole class a catalog quest, due at their own deadline. It is the teacher's
 * call, so none of the quest's own conditions apply: not the student's quest slots (a class quest
 * takes none, see ownQuestCount), not its availability (inactive, not open yet, ended), not its
 * requirements (level, quests, achievements, items, skills: nothing is consumed), and not its own
 * deadlines (its expires_at, daily or weekly reset, time_limit minutes): the teacher's deadline
 * replaces them all, and at it the quest fails like any quest at its deadline (expireQuests, due
 * through nextDueTime). A student already on the quest keeps their progress and gets the new
 * deadline; the quest is the class's from then on (end_class_quest ends it). Only a quest that
 * cannot be done again (completed and not repeatable) is refused, as it would be to the student.
 */
export function giveClassQuest(
	profile: PlayerProfile,
	questId: string,
	deadline: number,
	ctx: DomainContext,
	effects: Effect[],
	run: EngineRun,
): string | undefined {
	const quest = ctx.catalog.quests.get(questId);
	if (quest === undefined) return `unknown quest "${questId}"`;
	if (deadline <= ctx.now) return `the deadline ${deadline} is not after now (${ctx.now})`;
	if (deadline - ctx.now > MAX_CLASS_QUEST_SECONDS) {
		return `the deadline ${deadline} is more than ${MAX_CLASS_QUEST_SECONDS / 86400} days away: a class quest runs at most that long`;
	}
	const active = profile.quests.active.find((entry) => entry.quest_id === questId);
	const state = profile.quest_progress[questId];
	if (active !== undefined && state !== undefined) {
		active.expires_at = deadline;
		active.class_quest = true;
		state.expiry_reason = CLASS_QUEST_DEADLINE;
		effects.push({ kind: "quest_deadline_changed", quest_id: questId, expires_at: deadline });
		return undefined;
	}
	const record = profile.quest_history[questId];
	if (record !== undefined && record.completions > 0 && !quest.rewards.repeatable) {
		return `you have already completed ${questTitle(quest)}`;
	}
	startQuest(
		profile,
		quest,
		{ expiresAt: deadline, reason: CLASS_QUEST_DEADLINE, classQuest: true },
		ctx,
		effects,
		run,
	);
	return undefined;
}

/**
 * A teacher ends a class quest early: where it is still active it is removed with its progress,
 * neither failed nor abandoned by the student (quest_ended; its history keeps the attempt). A
 * completed one stays completed, and a quest the student is on by their own choice stays theirs:
 * for those there is nothing to end, which is not a refusal (the teacher ends it for the whole
 * class, so most students have nothing to be told).
 */
export function endClassQuest(
	profile: PlayerProfile,
	questId: string,
	ctx: DomainContext,
	effects: Effect[],
): string | undefined {
	if (!ctx.catalog.quests.has(questId)) return `unknown quest "${questId}"`;
	const active = profile.quests.active.find((entry) => entry.quest_id === questId);
	if (active === undefined || active.class_quest !== true) return undefined;
	removeActive(profile, questId);
	effects.push({ kind: "quest_ended", quest_id: questId });
	return undefined;
}
