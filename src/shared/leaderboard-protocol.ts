/** What the leaderboard screen asks for and is sent: one board's current period as the student sees it. */

/** How a row moved since the board was last read: up, down, the same, or new on it. */
export type Movement = "up" | "down" | "same" | "new";

export interface LeaderboardRow {
	readonly rank: number;
	/** A display name (students are never shown by user name). */
	readonly name: string;
	readonly score: number;
	readonly movement: Movement;
	/** This row is the student asking. */
	readonly you: boolean;
}

export interface LeaderboardPage {
	readonly board_id: string;
	/** The period key shown (e.g. "2026-W36"). */
	readonly period: string;
	/** The board's top (display_top rows at most), highest first. */
	readonly top: readonly LeaderboardRow[];
	/** The student and the ranks just above and below them (empty when not on the board). */
	readonly nearby: readonly LeaderboardRow[];
	/**
	 * The student's own rank: exact within the board's stored entries; `exact` false means below
	 * them (an OrderedDataStore cannot tell a key's rank); absent when they are not on the board
	 * (no score yet, or their privacy settings keep them off a public board).
	 */
	readonly you?: { readonly rank: number; readonly score: number; readonly exact: boolean };
}

export type LeaderboardReply =
	{ readonly ok: true; readonly page: LeaderboardPage } | { readonly ok: false; readonly reason: string };
