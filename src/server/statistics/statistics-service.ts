import { DataStoreGateway } from "server/persistence/data-store-gateway";
import { EventPipeline } from "server/events/event-pipeline";
import {
	emptyStatistics,
	forgetUser,
	GameStatistics,
	mergeStatistics,
	recordStatistics,
} from "shared/domain/achievements/achievement-statistics";

export const STATISTICS_STORE = "GameStatistics";
export const STATISTICS_KEY = "global";
/** Seconds between two flushes: one UpdateAsync a minute per server, not one per award. */
export const STATISTICS_FLUSH_INTERVAL = 60;

/**
 * The Achievement, Badge and Quest statistics of the whole experience. Each server folds its own
 * effects and adds them to the stored totals in one UpdateAsync per interval (and at shutdown).
 */
export class StatisticsService {
	private pending: GameStatistics = emptyStatistics();
	private hasPending = false;

	public constructor(private readonly gateway: DataStoreGateway) {}

	public start(pipeline: EventPipeline, bindToClose: (callback: () => void) => void) {
		pipeline.onEffects((userId, effects) => {
			for (const effect of effects) {
				recordStatistics(this.pending, effect, tostring(userId), os.time());
				const prefix = effect.kind.sub(1, 6);
				if (effect.kind === "achievement_earned" || prefix === "badge_" || prefix === "quest_")
					this.hasPending = true;
			}
		});
		task.spawn(() => {
			for (;;) {
				task.wait(STATISTICS_FLUSH_INTERVAL);
				this.flush();
			}
		});
		bindToClose(() => this.flush());
	}

	/** Adds what this server folded since the last flush to the stored totals. Yields. */
	public flush() {
		if (!this.hasPending) return;
		const batch = this.pending;
		this.pending = emptyStatistics();
		this.hasPending = false;
		this.gateway.update<GameStatistics>(STATISTICS_STORE, STATISTICS_KEY, (stored) =>
			mergeStatistics(stored ?? emptyStatistics(), batch),
		);
	}

	/** The stored totals (not including what is pending here). Yields. */
	public read(): GameStatistics {
		return this.gateway.get<GameStatistics>(STATISTICS_STORE, STATISTICS_KEY) ?? emptyStatistics();
	}

	/** Erasure: the user's name leaves the stored and the pending statistics. Yields. */
	public forget(userId: number) {
		forgetUser(this.pending, tostring(userId));
		this.gateway.update<GameStatistics>(STATISTICS_STORE, STATISTICS_KEY, (stored) => {
			if (stored === undefined) return undefined;
			forgetUser(stored, tostring(userId));
			return stored;
		});
	}
}
