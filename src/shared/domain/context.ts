import { Catalog } from "shared/catalog/types";
import { Rng } from "./rng";

/** Copies of limited rewards sold, across all players (the server keeps it in a DataStore). */
export interface StockLedger {
	sold(rewardId: string): number;
	record(rewardId: string, quantity: number): void;
}

/** Everything a rule may depend on besides the profile: nothing here reads a clock or a service. */
export interface DomainContext {
	/** Unix seconds. */
	readonly now: number;
	readonly rng: Rng;
	readonly catalog: Catalog;
	readonly stock: StockLedger;
	/** Benchmarks only: "naive" offers every observation to every achievement instead of the index. */
	readonly achievementScan?: "indexed" | "naive";
	/** Benchmarks only: counts the achievements observations were offered to (the engine's unit of work). */
	readonly counters?: EngineCounters;
}

/** What the benchmark counts while the engine runs. */
export interface EngineCounters {
	/** Achievements an observation was offered to (the index's watchers; in the naive scan, those past its metric check). */
	visits: number;
}

/** A ledger kept in memory (scenarios, specs). */
export function memoryStockLedger(): StockLedger {
	const sold = new Map<string, number>();
	return {
		sold(rewardId) {
			return sold.get(rewardId) ?? 0;
		},
		record(rewardId, quantity) {
			sold.set(rewardId, (sold.get(rewardId) ?? 0) + quantity);
		},
	};
}
