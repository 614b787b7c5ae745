import { DomainContext } from "shared/domain/context";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { questTitle, whyNotAssign } from "./quest-requirements";

/** A quest as the quest board shows it. */
export interface QuestView {
	readonly quest_id: string;
	readonly title: string;
	readonly type: string;
	/** Why it cannot be taken yet (shown greyed out); absent when it can. */
	readonly locked_reason?: string;
}

/**
 * The quest board: every active quest of the catalog the player is not on, with why it is locked
 * if it is. A hidden quest is not listed at all until the player meets its requirements.
 */
export function questBoard(profile: PlayerProfile, ctx: DomainContext): QuestView[] {
	const board = new Array<QuestView>();
	for (const [id, quest] of ctx.catalog.quests) {
		if (!quest.active || profile.quest_progress[id] !== undefined) continue;
		const reason = whyNotAssign(profile, quest, ctx);
		if (quest.info.type === "hidden" && reason !== undefined) continue;
		board.push({
			quest_id: id,
			title: questTitle(quest),
			type: quest.info.type,
			locked_reason: reason,
		});
	}
	board.sort((a, b) => a.quest_id < b.quest_id);
	return board;
}
