/** How a simulated student plays: how often they know the answer, how long they think, what they do besides. */
export interface Habit {
	/** The habit's name in the summary and the balance report. */
	readonly name: "diligent" | "casual" | "struggling" | "cheater" | "late";
	/** Chance of answering a question right. */
	readonly knows: number;
	/** Seconds of thinking per question: from, to. */
	readonly think: readonly [number, number];
	/** Seconds between activities (walking, chatting): from, to. */
	readonly pause: readonly [number, number];
	/** Whether they take quests, shop and give gifts. */
	readonly engaged: boolean;
	/** Chance of playing on the public hub in the evening, after class. */
	readonly homework: number;
	/** Fires forged and malformed remotes between activities, to see what the server lets through. */
	readonly forges: boolean;
	/** The school day (1-based) they first join the class. */
	readonly joinDay: number;
}

export const HABITS = {
	diligent: {
		name: "diligent",
		knows: 0.9,
		think: [6, 14],
		pause: [10, 30],
		engaged: true,
		homework: 0.8,
		forges: false,
		joinDay: 1,
	},
	casual: {
		name: "casual",
		knows: 0.7,
		think: [5, 12],
		pause: [60, 180],
		engaged: false,
		homework: 0.2,
		forges: false,
		joinDay: 1,
	},
	struggling: {
		name: "struggling",
		knows: 0.45,
		think: [10, 25],
		pause: [30, 90],
		engaged: true,
		homework: 0.4,
		forges: false,
		joinDay: 1,
	},
	cheater: {
		name: "cheater",
		knows: 0.6,
		think: [1, 4],
		pause: [20, 60],
		engaged: true,
		homework: 0.5,
		forges: true,
		joinDay: 1,
	},
	late: {
		name: "late",
		knows: 0.75,
		think: [6, 16],
		pause: [30, 90],
		engaged: true,
		homework: 0.5,
		forges: false,
		joinDay: 3,
	},
} as const satisfies Record<string, Habit>;
