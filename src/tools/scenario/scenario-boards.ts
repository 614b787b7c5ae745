import { Catalog, LeaderboardDefinition } from "shared/catalog/types";
import {
	archiveRecord,
	BoardEntry,
	boardStatistics,
	Effect,
	mayAppear,
	movement,
	periodKey,
	periodStart,
	PlayerProfile,
	rankEntries,
	scopeGroup,
} from "shared/domain";
import { BoardChange, HostBoards } from "shared/host";

interface Instance {
	readonly entries: Map<string, BoardEntry>;
	/** Ranks as last computed, to report rank changes. */
	readonly ranks: Map<string, number>;
	updates: number;
}

export interface ReportBoard {
	period: string;
	entries: {
		rank: number;
		user_id: string;
		score: number;
		movement: string;
		previous_rank: number;
		group?: string;
	}[];
	previous_seasons: ReturnType<typeof archiveRecord>[];
	statistics: ReturnType<typeof boardStatistics>;
}

/**
 * The scenario's leaderboards, kept in memory as the server keeps them in OrderedDataStores: one
 * board per period and scope group, fed by score_changed effects, ranked with the players' current
 * eligibility; the host closes them (archive and prizes) at the period's end.
 */
export class ScenarioBoards implements HostBoards {
	private readonly instances = new Map<string, Instance>();
	private readonly archives = new Map<string, ReturnType<typeof archiveRecord>[]>();

	public constructor(
		private readonly catalog: Catalog,
		private readonly profiles: ReadonlyMap<string, PlayerProfile>,
	) {}

	private instance(boardId: string, period: string, group: string): Instance {
		const key = `${boardId}|${period}|${group}`;
		let instance = this.instances.get(key);
		if (instance === undefined) {
			instance = { entries: new Map(), ranks: new Map(), updates: 0 };
			this.instances.set(key, instance);
		}
		return instance;
	}

	/** The groups of one board period, each with its instance, in group order. */
	private groupsOf(boardId: string, period: string): [string, Instance][] {
		const prefix = `${boardId}|${period}|`;
		const groups = new Array<[string, Instance]>();
		for (const [key, instance] of this.instances) {
			if (key.sub(1, prefix.size()) === prefix) groups.push([key.sub(prefix.size() + 1), instance]);
		}
		groups.sort((a, b) => a[0] < b[0]);
		return groups;
	}

	private rankedInstance(board: LeaderboardDefinition, instance: Instance, now: number): BoardEntry[] {
		const eligible = new Array<BoardEntry>();
		for (const [userId, entry] of instance.entries) {
			const profile = this.profiles.get(userId);
			if (profile !== undefined && mayAppear(board, profile, now)) eligible.push(entry);
		}
		return rankEntries(eligible);
	}

	/** Applies a player's score changes; returns the rank changes they cause, for every player moved. */
	public record(userId: string, profile: PlayerProfile, effects: readonly Effect[], now: number): BoardChange[] {
		const changes = new Array<BoardChange>();
		for (const effect of effects) {
			if (effect.kind !== "score_changed") continue;
			const board = this.catalog.leaderboards.get(effect.leaderboard_id)!;
			const group = scopeGroup(board, profile);
			if (group === "") continue;
			const instance = this.instance(board.id, effect.period, group);
			const existing = instance.entries.get(userId);
			instance.entries.set(userId, {
				user_id: userId,
				display_name: profile.profile.display_name,
				score: effect.score,
				encoded: effect.encoded,
				last_update: now,
				previous_rank: instance.ranks.get(userId) ?? existing?.previous_rank ?? 0,
			});
			instance.updates += 1;
			this.rankedInstance(board, instance, now).forEach((entry, index) => {
				const rank = index + 1;
				const before = instance.ranks.get(entry.user_id) ?? 0;
				if (before !== rank) {
					instance.ranks.set(entry.user_id, rank);
					changes.push({
						userId: entry.user_id,
						effect: {
							kind: "rank_changed",
							leaderboard_id: board.id,
							period: effect.period,
							from: before,
							to: rank,
						},
					});
				}
			});
		}
		return changes;
	}

	public groupsToClose(board: LeaderboardDefinition, period: string): string[] {
		return this.groupsOf(board.id, period).map(([group]) => group);
	}

	/** One runner, no other host: every period end is this one's to close. */
	public claimClose(): boolean {
		return true;
	}

	public ranked(board: LeaderboardDefinition, period: string, group: string, at: number): BoardEntry[] {
		return this.rankedInstance(board, this.instance(board.id, period, group), at);
	}

	public archive(
		board: LeaderboardDefinition,
		period: string,
		_group: string,
		ranked: readonly BoardEntry[],
		at: number,
	) {
		const list = this.archives.get(board.id) ?? [];
		list.push(archiveRecord(period, ranked, at));
		this.archives.set(board.id, list);
	}

	public finishClose() {}

	/** Every board's current period at `now`, its archive and statistics, as the report shows them. */
	public report(now: number): Record<string, ReportBoard> {
		const result: Record<string, ReportBoard> = {};
		for (const [id, board] of this.catalog.leaderboards) {
			const period = periodKey(board, now) ?? "";
			const start = periodStart(board, now);
			const previousPeriod = start !== undefined && start > 0 ? periodKey(board, start - 1) : undefined;
			const previous = new Array<BoardEntry>();
			if (previousPeriod !== undefined) {
				for (const [, instance] of this.groupsOf(id, previousPeriod)) {
					for (const entry of this.rankedInstance(board, instance, now)) previous.push(entry);
				}
			}
			const entries: ReportBoard["entries"] = [];
			const all = new Array<BoardEntry>();
			let updates = 0;
			for (const [group, instance] of this.groupsOf(id, period)) {
				updates += instance.updates;
				this.rankedInstance(board, instance, now).forEach((entry, index) => {
					all.push(entry);
					entries.push({
						rank: index + 1,
						user_id: entry.user_id,
						score: entry.score,
						movement: movement(index + 1, entry.previous_rank),
						previous_rank: entry.previous_rank,
						group: group === "global" ? undefined : group,
					});
				});
			}
			result[id] = {
				period,
				entries,
				previous_seasons: this.archives.get(id) ?? [],
				statistics: boardStatistics(rankEntries(all), now, updates, previous),
			};
		}
		return result;
	}
}
