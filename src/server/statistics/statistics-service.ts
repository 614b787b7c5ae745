import { DataStoreGateway } from "server/persistence/data-store-gateway";
import { emptyStatistics, forgetUser, GameStatistics, mergeStatistics } from "shared/domain";
import { GameHost } from "shared/host";

export const STATISTICS_STORE = "GameStatistics";
export const STATISTICS_KEY = "global";
/** Seconds between two flushes: one UpdateAsync a minute per server, not one per award. */
export const STATISTICS_FLUSH_INTERVAL = 60;

/**
 * The Achievement, Badge and Quest statistics of the whole experience. The host folds this
 * server's effects; this adds them to the stored totals in one UpdateAsync per interval (and at
 * shutdown).
 */
export class StatisticsService {
	public constructor(
		private readonly gateway: DataStoreGateway,
		private readonly host: GameHost,
	) {}

	public start(bindToClose: (callback: () => void) => void) {
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
		const { statistics: batch, changed } = this.host.takeStatistics();
		if (!changed) return;
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
		this.host.forgetInStatistics(tostring(userId));
		this.gateway.update<GameStatistics>(STATISTICS_STORE, STATISTICS_KEY, (stored) => {
			if (stored === undefined) return undefined;
			forgetUser(stored, tostring(userId));
			return stored;
		});
	}
}
