/** How a simulated student plays: how often they know the answer and how long they think. */
export interface Habit {
	readonly name: string;
	/** Chance of answering a question right. */
	readonly knows: number;
	/** Seconds of thinking per question: from, to. */
	readonly think: readonly [number, number];
	/** Seconds between activities (walking, chatting): from, to. */
	readonly pause: readonly [number, number];
	/** Whether they take the daily quest and spend coins in the shop. */
	readonly engaged: boolean;
}

export const HABITS = {
	diligent: { name: "diligent", knows: 0.9, think: [6, 14], pause: [10, 30], engaged: true },
	casual: { name: "casual", knows: 0.7, think: [5, 12], pause: [60, 180], engaged: false },
	struggling: { name: "struggling", knows: 0.45, think: [10, 25], pause: [30, 90], engaged: true },
} as const satisfies Record<string, Habit>;
