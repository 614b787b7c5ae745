import { Players } from "@rbxts/services";
import { Catalog } from "shared/catalog/types";
import { BoardEntry, mayAppear, periodKey, PlayerProfile, scopeGroup } from "shared/domain";
import { LeaderboardPage, LeaderboardRow, Movement } from "shared/leaderboard-protocol";
import { LeaderboardService } from "./leaderboard-service";

/** A student's name on a board: their display name when they are on this server, else a neutral label. */
export function boardName(userId: string): string {
	const player = Players.GetPlayerByUserId(tonumber(userId) ?? 0);
	return player !== undefined ? player.DisplayName : `Student ${userId}`;
}

function movementOf(rank: number, entry: BoardEntry): Movement {
	if (entry.previous_rank === 0) return "new";
	if (entry.previous_rank > rank) return "up";
	if (entry.previous_rank < rank) return "down";
	return "same";
}

/**
 * One board's current period as a student sees it: the top rows, the ranks around them and their
 * own rank. Yields (board reads, cached for the board's update_frequency). The board's group is
 * the student's own (their class for a class board), so a student sees only their class.
 */
export function leaderboardPage(
	catalog: Catalog,
	boards: LeaderboardService,
	player: Player,
	profile: PlayerProfile,
	boardId: string,
	now: number,
): LeaderboardPage | string {
	const board = catalog.leaderboards.get(boardId);
	if (board === undefined) return `there is no leaderboard "${boardId.sub(1, 40)}"`;
	if (board.visibility === "unlisted") return `${board.name} is not shown to students`;
	const period = periodKey(board, now);
	if (period === undefined) return `${board.name} is not running now`;
	const group = scopeGroup(board, profile);
	if (group === "") return `you are not in a ${board.configuration.scope} for ${board.name}`;
	const limits = board.configuration.size_limits;
	const ranked =
		board.configuration.scope === "friends"
			? boards.friendsTop(board.id, period, player)
			: boards.top(board.id, period, group, limits.max_entries);
	const you = tostring(player.UserId);
	const rowOf = (entry: BoardEntry, rank: number): LeaderboardRow => ({
		rank,
		name: boardName(entry.user_id),
		score: entry.score,
		movement: movementOf(rank, entry),
		you: entry.user_id === you,
	});
	const top = new Array<LeaderboardRow>();
	for (let index = 0; index < math.min(limits.display_top, ranked.size()); index++) {
		top.push(rowOf(ranked[index], index + 1));
	}
	const index = ranked.findIndex((entry) => entry.user_id === you);
	const nearby = new Array<LeaderboardRow>();
	if (index >= 0) {
		const from = math.max(0, index - limits.show_nearby);
		const to = math.min(ranked.size() - 1, index + limits.show_nearby);
		for (let i = from; i <= to; i++) nearby.push(rowOf(ranked[i], i + 1));
	}
	let own: LeaderboardPage["you"];
	if (index >= 0) own = { rank: index + 1, score: ranked[index].score, exact: true };
	else if (mayAppear(board, profile, now) && ranked.size() >= limits.max_entries) {
		own = { rank: limits.max_entries + 1, score: 0, exact: false };
	}
	return { board_id: board.id, period, top, nearby, you: own };
}
