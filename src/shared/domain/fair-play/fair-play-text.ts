import { Effect } from "shared/domain/effects";

type Explained = Extract<
	Effect,
	{ kind: "xp_reduced" | "speed_bonus_withheld" | "settings_changed" | "user_blocked" | "user_unblocked" }
>;

const TYPE_NAMES: Record<string, string> = {
	lesson: "lessons",
	quiz: "quizzes",
	practice: "practice",
	review: "reviews",
	help: "helping classmates",
	project: "projects",
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What the fair-play and settings effects mean, in plain words a student can read (the client's
 * toasts): why XP was less than usual, why no speed bonus, what changed. Undefined for other effects.
 */
export function fairPlayText(effect: Effect): string | undefined {
	const explained = effect as Explained;
	switch (explained.kind) {
		case "xp_reduced": {
			if (explained.reason === "repeat") {
				return `You already did this question set today, so it earned ${explained.granted} XP instead of ${explained.computed}. New sets earn full XP.`;
			}
			const what = TYPE_NAMES[explained.activity_type] ?? explained.activity_type;
			return explained.granted > 0
				? `You reached today's XP limit for ${what}: this one earned ${explained.granted} XP instead of ${explained.computed}. It resets at midnight (UTC).`
				: `You reached today's XP limit for ${what}, so this one earned no XP (it still counts for your quests and achievements). It resets at midnight (UTC).`;
		}
		case "speed_bonus_withheld":
			return `No speed bonus this time: ${plural(explained.rushed_answers, "answer was", "answers were")} given faster than the question could be read.`;
		case "settings_changed":
			return explained.section === "notifications"
				? "Your notification settings were saved."
				: "Your privacy settings were saved.";
		case "user_blocked":
			return "You blocked this classmate: you will not receive gifts from each other.";
		case "user_unblocked":
			return "You unblocked this classmate.";
	}
	return undefined;
}
