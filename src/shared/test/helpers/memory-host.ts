import { Catalog } from "shared/catalog/types";
import { createDefaultProfile, Effect, memoryStockLedger, PlayerProfile, Rng } from "shared/domain";
import { GameHost } from "shared/host";

/** An effect the host reported, with whom it was for and when. */
export interface HostEffect {
	readonly userId: string;
	readonly at: number;
	readonly effect: Effect;
}

/**
 * The game host with every port in memory, as the scenario runner plugs it: students held for the
 * whole spec, nothing delivered, no leaderboard storage. The clock is the spec's (`clock.now`).
 */
export function memoryHost(catalog: Catalog, userIds: readonly string[], start: number) {
	const profiles = new Map<string, PlayerProfile>();
	for (const userId of userIds) {
		const profile = createDefaultProfile();
		profile.user_id = userId;
		profiles.set(userId, profile);
	}
	const clock = { now: start };
	const ledger = memoryStockLedger();
	const host = new GameHost({
		catalog,
		rng: new Rng(1),
		profiles: {
			profileOf(userId) {
				return profiles.get(userId);
			},
			setProfile(userId, profile) {
				profiles.set(userId, profile);
			},
			isLoading() {
				return false;
			},
			present() {
				return userIds;
			},
		},
		delivery: {
			deliver(userId) {
				error(`student ${userId} is held for the whole spec: nothing is delivered`);
			},
		},
		boards: {
			record() {
				return [];
			},
			groupsToClose() {
				return [];
			},
			claimClose() {
				return false;
			},
			ranked() {
				return [];
			},
			archive() {},
			finishClose() {},
		},
		stock: {
			reserve() {
				return { ledger, settle() {} };
			},
		},
		now: () => clock.now,
	});
	const effects = new Array<HostEffect>();
	host.onEffects((userId, changes, at) => {
		for (const effect of changes) effects.push({ userId, at, effect });
	});
	return { host, profiles, clock, effects };
}
