import { fail } from "./fields";
import { QuestCondition } from "./types";

/**
 * The quest condition language, for bonus rewards and branches: parts joined by " and ", each one of
 *   within N minutes    the quest was completed within N minutes of its start
 *   all optional        every optional objective was done
 *   level >= N          the player is at least level N
 *   always              always true (a fallback branch)
 */
export function parseQuestCondition(text: string, path: string): QuestCondition {
	const condition: { -readonly [K in keyof QuestCondition]: QuestCondition[K] } = { text };
	const trimmed = text.lower().gsub("^%s+", "")[0].gsub("%s+$", "")[0];
	if (trimmed === "") fail(`${path}: an empty condition (write "always" for a fallback)`);
	for (const part of trimmed.split(" and ")) {
		const within = part.match("^within (%d+) minutes?$")[0];
		const level = part.match("^level >= (%d+)$")[0];
		if (within !== undefined) condition.withinMinutes = tonumber(within);
		else if (level !== undefined) condition.minLevel = tonumber(level);
		else if (part === "all optional") condition.allOptional = true;
		else if (part === "always") condition.always = true;
		else {
			fail(
				`${path}: "${part}" is not a condition (use "within N minutes", "all optional", "level >= N", "always", joined by "and")`,
			);
		}
	}
	return condition;
}
