import { LeaderboardDefinition } from "shared/catalog/types";
import { BoardEntry, Effect, GameEvent, PlayerProfile, StockLedger } from "shared/domain";

/*
 * What differs between the hosts of the game rules: the live server plugs in ProfileService,
 * OrderedDataStore and global updates; the scenario runner plugs in memory. The orchestration
 * itself (game-host.ts) is written once, over these.
 */

/** The profiles a host holds. User ids are the profile's `user_id` (a string). */
export interface HostProfiles {
	/** The profile of a student held here now; undefined when they are not here or still loading. */
	profileOf(userId: string): PlayerProfile | undefined;
	/** Replaces a held profile after an event (the rules return a new one). */
	setProfile(userId: string, profile: PlayerProfile): void;
	/** Whether the student is here with a profile still loading: their events wait for it. */
	isLoading(userId: string): boolean;
	/** The students held here, in a stable order: time passes for them in that order. */
	present(): readonly string[];
}

/** How an event reaches a student who is not here. */
export interface HostDelivery {
	/** Sends it to be applied once, wherever and whenever they next play. May yield. */
	deliver(userId: string, event: GameEvent): void;
}

/** A limited reward's copy, held while the rules decide on a purchase. */
export interface StockReservation {
	/** The ledger the rules see for this event. */
	readonly ledger: StockLedger;
	/** Called once the rules decided: a refused purchase gives its copy back. */
	settle(refused: boolean): void;
}

/** The ledger of an event that needs no reservation: the rules see nothing sold. */
export const NOTHING_SOLD: StockLedger = {
	sold() {
		return 0;
	},
	record() {},
};

/** Copies of limited rewards, counted across every player of the experience. */
export interface HostStock {
	/** Reserves what `event` needs (a limited purchase's copy). May yield. */
	reserve(event: GameEvent): StockReservation;
}

/** An effect for a player other than the one an event was for (a rank change caused by another). */
export interface BoardChange {
	readonly userId: string;
	readonly effect: Effect;
}

/** Where leaderboard scores are kept, and how one group's period is closed there. */
export interface HostBoards {
	/**
	 * Takes a student's `score_changed` effects; returns the rank changes they caused, where the
	 * storage computes them (the scenario's memory does, an OrderedDataStore cannot).
	 */
	record(userId: string, profile: PlayerProfile, effects: readonly Effect[], at: number): readonly BoardChange[];
	/** The groups of a board period to close now that it has ended, their last scores written. May yield. */
	groupsToClose(board: LeaderboardDefinition, period: string): readonly string[];
	/** Claims one group's period end; false when another host closes (or closed) it. May yield. */
	claimClose(board: LeaderboardDefinition, period: string, group: string, at: number): boolean;
	/** The entries of a group's period, highest first, of the students who may appear. May yield. */
	ranked(board: LeaderboardDefinition, period: string, group: string, at: number): readonly BoardEntry[];
	/** Keeps the winners of a closed period. May yield. */
	archive(
		board: LeaderboardDefinition,
		period: string,
		group: string,
		ranked: readonly BoardEntry[],
		at: number,
	): void;
	/** Marks a claimed period closed, once its prizes are sent. May yield. */
	finishClose(board: LeaderboardDefinition, period: string, group: string, at: number): void;
}

/** Whoever needs to know what happened: notifications, saving, statistics, the scenario report. */
export type EffectsListener = (userId: string, effects: readonly Effect[], at: number) => void;
