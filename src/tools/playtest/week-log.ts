import { Effect } from "shared/domain";

/** What the simulation saw of one student over the week, from what their client was told. */
export interface StudentLog {
	coinsEarned: number;
	coinsSpent: number;
	/** Hours since the start of day 1 at which each level was first reached. */
	readonly reached: Map<number, number>;
	readonly series: { t: number; xp: number; level: number }[];
}

export type QuestStage = "assigned" | "progressed" | "completed" | "failed" | "abandoned";

/**
 * The week as the simulated clients lived it: every effect each student's screen was told, every
 * refusal a remote answered, the live quizzes, and samples of XP and level. The balance report and
 * the summary are built from it; nothing here reads the server's state.
 */
export class WeekLog {
	public readonly students = new Map<number, StudentLog>();
	public readonly quests = new Map<QuestStage, number>();
	public readonly refusals = new Map<string, { who: string; action: string; reason: string; count: number }>();
	public readonly quizzes = new Array<{
		day: number;
		title: string;
		questions: number;
		answers: number;
		correct: number;
	}>();
	/** Lines for the summary, in order: levels reached, achievements, quests. */
	public readonly moments = new Array<string>();

	/** Per student, the quests taken that have moved since they were taken. */
	private readonly progressed = new Map<number, Set<string>>();

	public constructor(private readonly startTime: number) {}

	/** Hours of virtual time since the first lesson began (09:00 on day 1). */
	public hours(): number {
		return (os.time() - this.startTime) / 3600;
	}

	public studentOf(userId: number): StudentLog {
		let log = this.students.get(userId);
		if (log === undefined) {
			log = { coinsEarned: 0, coinsSpent: 0, reached: new Map(), series: [] };
			this.students.set(userId, log);
		}
		return log;
	}

	public effects(userId: number, effects: readonly Effect[]) {
		const log = this.studentOf(userId);
		let progressed = this.progressed.get(userId);
		if (progressed === undefined) {
			progressed = new Set();
			this.progressed.set(userId, progressed);
		}
		for (const effect of effects) {
			switch (effect.kind) {
				case "currency_changed":
					if (effect.currency !== "coins") break;
					if (effect.delta > 0) log.coinsEarned += effect.delta;
					else log.coinsSpent -= effect.delta;
					break;
				case "level_up":
					for (let level = effect.from + 1; level <= effect.to; level++)
						if (!log.reached.has(level)) log.reached.set(level, this.hours());
					break;
				case "quest_assigned":
					progressed.delete(effect.quest_id);
					this.countQuest("assigned");
					break;
				case "quest_progress":
					// once per quest taken, however many objectives and events moved it
					if (!progressed.has(effect.quest_id)) this.countQuest("progressed");
					progressed.add(effect.quest_id);
					break;
				case "quest_completed":
					this.countQuest("completed");
					break;
				case "quest_failed":
					this.countQuest("failed");
					break;
				case "quest_abandoned":
					this.countQuest("abandoned");
					break;
				default:
					break;
			}
		}
	}

	/** A remote's refusal, counted by who, which remote and why. */
	public refused(who: string, action: string, reason: string) {
		const key = `${who}\n${action}\n${reason}`;
		const entry = this.refusals.get(key);
		if (entry !== undefined) entry.count += 1;
		else this.refusals.set(key, { who, action, reason, count: 1 });
	}

	public sample(userId: number, xp: number, level: number) {
		this.studentOf(userId).series.push({ t: this.hours(), xp, level });
	}

	private countQuest(stage: QuestStage) {
		this.quests.set(stage, (this.quests.get(stage) ?? 0) + 1);
	}
}
