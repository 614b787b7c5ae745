import { Catalog } from "shared/catalog/types";
import { Effect, fairPlayText } from "shared/domain";
import { StudentView } from "shared/view/student-view";
import { achievementText } from "client/screens/achievements/achievement-text";
import { COLORS, rarityColor, rarityLabel } from "client/ui/theme";
import { Notification } from "./notification";

/** The student's notification settings: which kinds they want to see. */
type Settings = StudentView["settings"]["notifications"];

const SECONDS = { banner: 4, toast: 3.5, progress: 2.5 } as const;

function questName(catalog: Catalog, questId: string): string {
	return catalog.quests.get(questId)?.name ?? questId;
}

/** The notification an effect makes, if the student's settings let it through. */
function notificationOf(
	effect: Effect,
	catalog: Catalog,
	view: StudentView,
	settings: Settings,
): Notification | undefined {
	switch (effect.kind) {
		case "level_up":
			if (!settings.level_up) return undefined;
			return {
				kind: "level_up",
				icon: "⬆",
				title: `Level ${effect.to}!`,
				body: `You reached level ${effect.to}. Keep learning!`,
				color: COLORS.xp,
				seconds: SECONDS.banner,
			};
		case "prestige":
			if (!settings.level_up) return undefined;
			return {
				kind: "level_up",
				icon: "☆",
				title: `Prestige ${effect.prestige_level}`,
				body: "A new start, with a star to show for the last one.",
				color: COLORS.tokens,
				seconds: SECONDS.banner,
			};
		case "achievement_earned": {
			if (!settings.achievements) return undefined;
			const text = achievementText(effect.achievement_id, catalog, view);
			return {
				kind: "achievement",
				icon: "★",
				title: effect.tier > 0 ? `${text.title} (tier ${effect.tier})` : text.title,
				body: text.description,
				color: rarityColor(effect.rarity),
				tag: `${rarityLabel(effect.rarity)} · ${effect.points} pts`,
				seconds: SECONDS.toast,
			};
		}
		case "badge_awarded": {
			if (!settings.achievements) return undefined;
			const badge = catalog.badges.get(effect.badge_id);
			return {
				kind: "badge",
				icon: "◆",
				title: `Badge: ${badge?.info.title ?? effect.badge_id}`,
				body: effect.source === "gift" ? "A classmate gave you this badge." : (badge?.info.description ?? ""),
				color: rarityColor(effect.rarity),
				tag: rarityLabel(effect.rarity),
				seconds: SECONDS.toast,
			};
		}
		case "badge_evolved": {
			if (!settings.achievements) return undefined;
			const badge = catalog.badges.get(effect.to);
			return {
				kind: "badge",
				icon: "✧",
				title: `Badge evolved: ${badge?.info.title ?? effect.to}`,
				body: badge?.info.description ?? "",
				color: rarityColor(badge?.properties.rarity ?? "common"),
				seconds: SECONDS.toast,
			};
		}
		case "quest_progress": {
			if (!settings.challenges) return undefined;
			const quest = catalog.quests.get(effect.quest_id);
			const objective = quest?.objectives.find((candidate) => candidate.id === effect.objective_id);
			return {
				kind: "quest_progress",
				icon: "⚑",
				title: questName(catalog, effect.quest_id),
				body: `${objective?.description ?? effect.objective_id}: ${effect.current}/${effect.required}`,
				color: COLORS.accent,
				tag: `${effect.current}/${effect.required}`,
				seconds: SECONDS.progress,
			};
		}
		case "quest_completed":
			if (!settings.challenges) return undefined;
			return {
				kind: "quest_completed",
				icon: "✔",
				title: `Quest complete: ${questName(catalog, effect.quest_id)}`,
				body: "Your rewards are in your profile.",
				color: COLORS.success,
				seconds: SECONDS.toast,
			};
		case "quest_failed":
			if (!settings.challenges) return undefined;
			return {
				kind: "quest_progress",
				icon: "⌛",
				title: `Quest ended: ${questName(catalog, effect.quest_id)}`,
				body: effect.reason,
				color: COLORS.muted,
				seconds: SECONDS.toast,
			};
		case "quest_ended":
			return {
				kind: "quest_progress",
				icon: "⌛",
				title: `Class quest ended: ${questName(catalog, effect.quest_id)}`,
				body: "Your teacher ended it. Nothing was lost.",
				color: COLORS.muted,
				seconds: SECONDS.toast,
			};
		case "revoked": {
			// a teacher's take-back is always explained: the student sees what went and why
			const parts = new Array<string>();
			if (effect.xp > 0) parts.push(`${effect.xp} XP`);
			if (effect.coins > 0) parts.push(`${effect.coins} coins`);
			if (effect.gems > 0) parts.push(`${effect.gems} gems`);
			if (effect.tokens > 0) parts.push(`${effect.tokens} tokens`);
			if (effect.badge_id !== "") parts.push(catalog.badges.get(effect.badge_id)?.name ?? effect.badge_id);
			if (parts.size() === 0) return undefined;
			return {
				kind: "fair_play",
				icon: "ⓘ",
				title: `Your teacher took back ${parts.join(", ")}`,
				body: effect.reason,
				color: COLORS.muted,
				seconds: SECONDS.banner,
			};
		}
		case "reward_granted": {
			const reward = catalog.rewards.get(effect.reward_id);
			return {
				kind: "reward",
				icon: "✦",
				title: `You got ${reward?.display.title ?? effect.reward_id}`,
				body: effect.reason,
				color: COLORS.coins,
				seconds: SECONDS.toast,
			};
		}
		case "xp_reduced":
		case "speed_bonus_withheld":
			// fair play is explained every time: a student who sees less XP should know why
			return {
				kind: "fair_play",
				icon: "ⓘ",
				title: effect.kind === "xp_reduced" ? "Less XP this time" : "No speed bonus",
				body: fairPlayText(effect) ?? "",
				color: COLORS.muted,
				seconds: SECONDS.banner,
			};
		default:
			return undefined;
	}
}

/** The notifications of one event's effects, in order, as the student's settings allow. */
export function notificationsOf(effects: readonly Effect[], catalog: Catalog, view: StudentView): Notification[] {
	const settings = view.settings.notifications;
	const result = new Array<Notification>();
	for (const effect of effects) {
		const notification = notificationOf(effect, catalog, view, settings);
		if (notification !== undefined) result.push(notification);
	}
	return result;
}

/** A refusal the student did not ask a screen for (a station's prompt): in plain words. */
export function refusalNotification(reason: string): Notification {
	return {
		kind: "refusal",
		icon: "ⓘ",
		title: "Not now",
		body: reason,
		color: COLORS.danger,
		seconds: SECONDS.toast,
	};
}
