/** One piece of news for the student, as the notification queue shows it. */
export interface Notification {
	readonly kind: NotificationKind;
	/** A glyph naming the kind (colour is never the only signal). */
	readonly icon: string;
	readonly title: string;
	readonly body: string;
	readonly color: Color3;
	/** Small text beside the title: rarity and points, a count. */
	readonly tag?: string;
	/** Seconds on screen. */
	readonly seconds: number;
}

export type NotificationKind =
	"level_up" | "achievement" | "badge" | "quest_progress" | "quest_completed" | "reward" | "fair_play" | "refusal";
