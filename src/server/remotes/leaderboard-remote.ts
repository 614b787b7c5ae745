import { Catalog } from "shared/catalog/types";
import { LeaderboardReply } from "shared/leaderboard-protocol";
import { Remotes } from "shared/remotes";
import { LeaderboardService } from "server/leaderboards/leaderboard-service";
import { leaderboardPage } from "server/leaderboards/leaderboard-pages";
import { PlayerSessions } from "server/players/player-sessions";
import { RemoteGuard } from "./remote-guard";
import { readFields } from "./request-fields";

const refusedPage = (reason: string): LeaderboardReply => ({ ok: false, reason });

/** Serves GetLeaderboard: `{ board_id }`, answered with the board's page as this student sees it. */
export function serveLeaderboardRemote(
	guard: RemoteGuard,
	sessions: PlayerSessions,
	boards: LeaderboardService,
	catalog: Catalog,
) {
	Remotes.Server.GetNamespace("Student")
		.Get("GetLeaderboard")
		.SetCallback((player, request) =>
			guard.serve(player, "GetLeaderboard", refusedPage, () => {
				const fields = readFields(request, ["board_id"]);
				if (typeIs(fields, "string")) return guard.refuse(player, "GetLeaderboard", fields, refusedPage);
				if (!typeIs(fields.board_id, "string")) {
					return guard.refuse(player, "GetLeaderboard", "board_id must be a board's id", refusedPage);
				}
				const profile = sessions.profileOf(player);
				if (profile === undefined) {
					return guard.refuse(player, "GetLeaderboard", "your profile is still loading", refusedPage);
				}
				const page = leaderboardPage(catalog, boards, player, profile, fields.board_id, os.time());
				return typeIs(page, "string")
					? guard.refuse(player, "GetLeaderboard", page, refusedPage)
					: { ok: true, page };
			}),
		);
}
