import { Catalog } from "shared/catalog/types";
import { StockLedger } from "shared/domain";
import { DataStoreGateway } from "server/persistence/data-store-gateway";

export const REWARD_STOCK_STORE = "RewardStock";

/** What the rules see of a reward with no copy left. */
export const SOLD_OUT: StockLedger = {
	sold() {
		return math.huge;
	},
	record() {},
};

/**
 * Copies sold of limited rewards, across every server. A purchase of a limited reward first
 * reserves a copy with one UpdateAsync (refused when none is left); the rules then run with a
 * ledger that holds exactly that reservation, and a purchase the rules refuse (not enough coins)
 * gives its copy back.
 */
export class RewardStock {
	public constructor(
		private readonly catalog: Catalog,
		private readonly gateway: DataStoreGateway,
	) {}

	/** Whether the reward is limited in copies (everything else needs no reservation). */
	public isLimited(rewardId: string): boolean {
		return (this.catalog.rewards.get(rewardId)?.acquisition.limited.quantity ?? 0) > 0;
	}

	/**
	 * Reserves one copy. Returns a ledger for the rules (which sees the copies sold before this one),
	 * or undefined when the reward is sold out. Yields.
	 */
	public reserve(rewardId: string): StockLedger | undefined {
		const quantity = this.catalog.rewards.get(rewardId)!.acquisition.limited.quantity;
		let reserved = false;
		const sold = this.gateway.update<number>(REWARD_STOCK_STORE, rewardId, (current) => {
			reserved = false;
			const count = current ?? 0;
			if (count >= quantity) return undefined;
			reserved = true;
			return count + 1;
		});
		if (!reserved || sold === undefined) return undefined;
		const before = sold - 1;
		return {
			sold() {
				return before;
			},
			record() {},
		};
	}

	/** Gives a reserved copy back (the purchase was refused). Yields. */
	public release(rewardId: string) {
		this.gateway.update<number>(REWARD_STOCK_STORE, rewardId, (current) => math.max(0, (current ?? 1) - 1));
	}
}
