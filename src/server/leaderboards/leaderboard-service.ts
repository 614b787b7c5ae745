import { Catalog, LeaderboardDefinition } from "shared/catalog/types";
import { fitName } from "./board-names";
import {
	archiveRecord,
	BoardEntry,
	BoardStatistics,
	boardStatistics,
	Effect,
	mayAppear,
	nearby,
	periodKey,
	periodStart,
	PlayerProfile,
	scopeGroup,
	SCORE_SCALE,
	TIE_RANGE,
} from "shared/domain";
import { BoardChange, HostBoards } from "shared/host";
import { DataStoreGateway } from "server/persistence/data-store-gateway";
import { PlayerSessions } from "server/players/player-sessions";

export const PERIOD_LOCKS_STORE = "LeaderboardPeriods";
export const ARCHIVE_STORE = "LeaderboardArchive";
/** Every board scope a user was written to, by user id: what erasure has to visit. */
export const MEMBERSHIPS_STORE = "LeaderboardMemberships";
/** Seconds between two flushes of pending scores. */
export const LEADERBOARD_FLUSH_INTERVAL = 60;
/** How long a server may take to close a period before another may take over. */
const CLOSING_LEASE = 300;
const ARCHIVE_LIMIT = 100;

export function boardStore(boardId: string): string {
	return `lb_${boardId}`;
}

export function boardScope(period: string, group: string): string {
	return fitName(`${period}@${group}`);
}

interface PendingScore {
	readonly board: LeaderboardDefinition;
	readonly period: string;
	readonly group: string;
	readonly userId: number;
	readonly encoded: number;
	/** Whether the student could appear when the score changed: what counts if their profile is gone by the flush. */
	readonly eligible: boolean;
}

interface PeriodLock {
	state: "closing" | "done";
	by: string;
	lease: number;
}

/**
 * Leaderboards on OrderedDataStore: one store per board, one scope per period and group, so old
 * periods stay readable. A player's score is written at most once per flush interval per board
 * (and when they leave, while their profile is still loaded); a player who may not appear
 * (filters, privacy) is removed instead. This is the server's board storage for the game host,
 * which closes a period at its end: exactly one server claims it (a lock record with a lease, so a
 * server dying midway hands over); the host archives the winners and sends the prizes, which are
 * idempotent in the profile, so a takeover cannot pay twice.
 */
export class LeaderboardService implements HostBoards {
	private readonly pending = new Map<string, PendingScore>();
	/** Reads kept for the board's update_frequency, so a busy board is read at most that often. */
	private readonly cache = new Map<string, { at: number; count: number; entries: BoardEntry[] }>();
	/** Entries this server has stored, so an ineligible student is removed only when they are there. */
	private readonly stored = new Set<string>();
	/** Groups this server has written to, per board and period: the periods it helps close. */
	private readonly written = new Map<string, { board: LeaderboardDefinition; period: string; group: string }>();

	public constructor(
		private readonly catalog: Catalog,
		private readonly sessions: PlayerSessions,
		private readonly gateway: DataStoreGateway,
		private readonly jobId: string,
	) {}

	/** Flushes every interval, and a leaving student's scores before their profile is released. */
	public start(bindToClose: (callback: () => void) => void) {
		this.sessions.beforeRelease((player) => this.flush(player.UserId));
		task.spawn(() => {
			for (;;) {
				task.wait(LEADERBOARD_FLUSH_INTERVAL);
				this.flush();
			}
		});
		bindToClose(() => this.flush());
	}

	/** Queues a student's changed scores, to be written at the next flush. */
	public record(userId: string, profile: PlayerProfile, effects: readonly Effect[], at: number): BoardChange[] {
		for (const effect of effects) {
			if (effect.kind !== "score_changed") continue;
			const board = this.catalog.leaderboards.get(effect.leaderboard_id);
			if (board === undefined) continue;
			const group = scopeGroup(board, profile);
			if (group === "") continue;
			const id = tonumber(userId)!;
			this.pending.set(`${board.id}|${effect.period}|${group}|${userId}`, {
				board,
				period: effect.period,
				group,
				userId: id,
				encoded: effect.encoded,
				eligible: mayAppear(board, profile, at),
			});
		}
		// an OrderedDataStore cannot say who moved; ranks are read when shown
		return [];
	}

	/** Writes pending scores (one player's, or one board period's, or everyone's). Yields. */
	public flush(onlyUserId?: number, onlyBoardPeriod?: string) {
		// a snapshot: writes yield, and scores recorded meanwhile must not be skipped by the loop
		const snapshot = new Array<[string, PendingScore]>();
		for (const entry of this.pending) snapshot.push(entry);
		for (const [key, score] of snapshot) {
			if (this.pending.get(key) !== score) continue;
			if (onlyUserId !== undefined && score.userId !== onlyUserId) continue;
			if (onlyBoardPeriod !== undefined && `${score.board.id}|${score.period}` !== onlyBoardPeriod) continue;
			this.pending.delete(key);
			const profile = this.sessions.sessionOfUser(score.userId)?.data();
			const store = boardStore(score.board.id);
			const scope = boardScope(score.period, score.group);
			const entryKey = `${store}|${scope}|${score.userId}`;
			// with the profile gone (taken over by another server), what held when the score changed decides
			const eligible = profile !== undefined ? mayAppear(score.board, profile, os.time()) : score.eligible;
			if (!eligible) {
				if (this.stored.delete(entryKey)) this.gateway.orderedRemove(store, scope, tostring(score.userId));
				continue;
			}
			if (!this.stored.has(entryKey)) this.remember(score.userId, `${store}|${scope}`);
			this.gateway.orderedSet(store, scope, tostring(score.userId), score.encoded);
			this.stored.add(entryKey);
			this.written.set(`${score.board.id}|${score.period}|${score.group}`, score);
		}
	}

	/** Notes a board scope the user is written to, before the write, so erasure can find it. */
	private remember(userId: number, place: string) {
		this.gateway.update<string[]>(MEMBERSHIPS_STORE, tostring(userId), (places) => {
			const list = places ?? [];
			if (list.includes(place)) return undefined;
			list.push(place);
			return list;
		});
	}

	/** Erasure: the user leaves every board they were written to, and every archive. Yields. */
	public forget(userId: number) {
		const id = tostring(userId);
		for (const [key, score] of this.pending) if (score.userId === userId) this.pending.delete(key);
		const places = this.gateway.get<string[]>(MEMBERSHIPS_STORE, id) ?? [];
		for (const place of places) {
			const [store, scope] = place.split("|") as unknown as [string, string];
			this.gateway.orderedRemove(store, scope, id);
			this.stored.delete(`${store}|${scope}|${id}`);
		}
		this.gateway.remove(MEMBERSHIPS_STORE, id);
		for (const [boardId] of this.catalog.leaderboards) {
			this.gateway.update<ReturnType<typeof archiveRecord>[]>(ARCHIVE_STORE, boardId, (list) => {
				if (list === undefined) return undefined;
				for (const record of list) {
					if (record.winner_id === id) record.winner_id = "";
					record.top_players = record.top_players.filter((player) => player !== id);
				}
				return list;
			});
		}
	}

	/**
	 * The top of a board's period and group, highest first, read from the store at most once per
	 * the board's update_frequency. Yields. A reader that must not decide what the others see
	 * (the leaderboard wall, which reads whenever a score changed) passes `remember` false: it uses a
	 * fresh cached read but does not store its own.
	 */
	public top(boardId: string, period: string, group: string, count: number, remember = true): BoardEntry[] {
		const board = this.catalog.leaderboards.get(boardId)!;
		const key = `${boardId}|${period}|${group}`;
		const cached = this.cache.get(key);
		const now = os.time();
		if (cached !== undefined && cached.count >= count && now - cached.at < board.display.update_frequency) {
			return cached.entries.filter((_, index) => index < count);
		}
		// movement is against the ranks of the previous read of this board
		const before = new Map<string, number>();
		cached?.entries.forEach((entry, index) => before.set(entry.user_id, index + 1));
		const entries = this.gateway.orderedTop(boardStore(boardId), boardScope(period, group), count).map((entry) => ({
			user_id: entry.key,
			display_name: "",
			score: math.floor(entry.value / TIE_RANGE) / SCORE_SCALE,
			encoded: entry.value,
			last_update: now,
			previous_rank: before.get(entry.key) ?? 0,
		}));
		if (remember) this.cache.set(key, { at: now, count, entries });
		return entries;
	}

	/**
	 * A friends board as a student here sees it: the global board's top, kept to them and their
	 * friends, ranked among themselves. Yields.
	 */
	public friendsTop(boardId: string, period: string, viewer: Player): BoardEntry[] {
		const board = this.catalog.leaderboards.get(boardId)!;
		const everyone = this.top(boardId, period, "global", board.configuration.size_limits.max_entries);
		return everyone.filter((entry) => {
			const userId = tonumber(entry.user_id)!;
			// the typings brand user ids; a number is what the engine takes
			return userId === viewer.UserId || viewer.IsFriendsWith(userId as never);
		});
	}

	/** The player and the board's show_nearby entries above and below them (when within max_entries). Yields. */
	public nearbyOf(boardId: string, period: string, group: string, userId: number): BoardEntry[] {
		const board = this.catalog.leaderboards.get(boardId)!;
		const limits = board.configuration.size_limits;
		const entries = this.top(boardId, period, group, limits.max_entries);
		const index = entries.findIndex((entry) => entry.user_id === tostring(userId));
		return index < 0 ? [] : nearby(entries, index + 1, limits.show_nearby);
	}

	/** The board statistics of a period and group, churn against the period before it. Yields. */
	public statistics(boardId: string, period: string, group: string, now: number): BoardStatistics {
		const board = this.catalog.leaderboards.get(boardId)!;
		const maxEntries = board.configuration.size_limits.max_entries;
		const current = this.top(boardId, period, group, maxEntries);
		const start = periodStart(board, now);
		const before = start !== undefined && start > 0 ? periodKey(board, start - 1) : undefined;
		const previous = before !== undefined && before !== period ? this.top(boardId, before, group, maxEntries) : [];
		return boardStatistics(current, now, 0, previous);
	}

	/**
	 * A player's rank: exact when they are within the board's max_entries; otherwise only that they
	 * are below it (an OrderedDataStore cannot say a key's rank), which the UI shows as such. Yields.
	 */
	public rankOf(boardId: string, period: string, group: string, userId: number): { rank: number; exact: boolean } {
		const board = this.catalog.leaderboards.get(boardId)!;
		const maxEntries = board.configuration.size_limits.max_entries;
		const entries = this.top(boardId, period, group, maxEntries);
		const index = entries.findIndex((entry) => entry.user_id === tostring(userId));
		return index >= 0 ? { rank: index + 1, exact: true } : { rank: maxEntries + 1, exact: false };
	}

	/** The groups of a board period this server wrote to, once their last scores are written. Yields. */
	public groupsToClose(board: LeaderboardDefinition, period: string): string[] {
		this.flush(undefined, `${board.id}|${period}`);
		const groups = new Array<string>();
		for (const [key, written] of this.written) {
			if (written.board.id !== board.id || written.period !== period) continue;
			this.written.delete(key);
			groups.push(written.group);
		}
		groups.sort();
		return groups;
	}

	/** Claims a group's period end with a leased lock record: false when closed or being closed elsewhere. Yields. */
	public claimClose(board: LeaderboardDefinition, period: string, group: string): boolean {
		// the lease runs on the clock, not from the period's end: a server that dies closing hands over
		const now = os.time();
		const claimed = this.gateway.update<PeriodLock>(PERIOD_LOCKS_STORE, lockKey(board, period, group), (old) => {
			if (old !== undefined && (old.state === "done" || (old.by !== this.jobId && old.lease > now))) {
				return undefined;
			}
			return { state: "closing", by: this.jobId, lease: now + CLOSING_LEASE };
		});
		return claimed !== undefined && claimed.state === "closing" && claimed.by === this.jobId;
	}

	/** The period's entries as stored now (not a cached read: the period is being closed). Yields. */
	public ranked(board: LeaderboardDefinition, period: string, group: string): BoardEntry[] {
		this.cache.delete(`${board.id}|${period}|${group}`);
		return this.top(board.id, period, group, board.configuration.size_limits.max_entries);
	}

	/** Keeps the winners in LeaderboardArchive (the last ARCHIVE_LIMIT periods of each board). Yields. */
	public archive(
		board: LeaderboardDefinition,
		period: string,
		group: string,
		ranked: readonly BoardEntry[],
		at: number,
	) {
		const record = archiveRecord(`${period}@${group}`, ranked, at);
		this.gateway.update<ReturnType<typeof archiveRecord>[]>(ARCHIVE_STORE, board.id, (list) => {
			const kept = (list ?? []).filter((existing) => existing.id !== record.id);
			kept.push(record);
			while (kept.size() > ARCHIVE_LIMIT) kept.remove(0);
			return kept;
		});
	}

	/** Marks the period closed for good. Yields. */
	public finishClose(board: LeaderboardDefinition, period: string, group: string, at: number) {
		this.gateway.update<PeriodLock>(PERIOD_LOCKS_STORE, lockKey(board, period, group), () => ({
			state: "done",
			by: this.jobId,
			lease: at,
		}));
	}
}

function lockKey(board: LeaderboardDefinition, period: string, group: string): string {
	return fitName(`${board.id}|${period}|${group}`);
}
