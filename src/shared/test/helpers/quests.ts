import { Effect } from "shared/domain/effects";
import { catalogWith, TestStudent } from "./domain";

/** An objective: `type` on `metric` up to `value`, with extra fields (context, optional, order, unlocks, ...). */
export function objective(
	id: string,
	objectiveType: string,
	metric: string,
	value: number,
	extra: Record<string, unknown> = {},
	context?: Record<string, unknown>,
) {
	return { id, type: objectiveType, target: { metric, value, context }, ...extra };
}

export function quest(id: string, objectives: defined[], extra: Record<string, unknown> = {}, questType = "side") {
	return { id, name: id, info: { type: questType }, objectives, ...extra };
}

/** A student in a game whose only quests (and achievements, badges) are these. */
export function studentWithQuests(quests: defined[], sections: Record<string, unknown> = {}) {
	return new TestStudent(catalogWith({ quests, ...sections }));
}

export function completed(effects: Effect[], questId: string): boolean {
	return effects.some((effect) => effect.kind === "quest_completed" && effect.quest_id === questId);
}

export function failed(effects: Effect[], questId: string): string | undefined {
	for (const effect of effects)
		if (effect.kind === "quest_failed" && effect.quest_id === questId) return effect.reason;
	return undefined;
}
