import { LeaderboardPage, LeaderboardRow, Movement } from "shared/leaderboard-protocol";

/** A class of display names, as a class board shows them. */
const CLASSMATES = ["Maya", "Leo", "Ana", "Sam", "Priya", "Tomás", "Grace", "Yusuf", "Hana", "Jonah", "Lena", "Omar"];
const MOVES: readonly Movement[] = [
	"up",
	"same",
	"down",
	"up",
	"new",
	"same",
	"down",
	"same",
	"up",
	"down",
	"same",
	"new",
];

/** A class's weekly XP board with the sample student ("Ana") third: top rows and the ranks around her. */
export function sampleClassPage(boardId: string, period: string, you = "Ana"): LeaderboardPage {
	const rows: LeaderboardRow[] = CLASSMATES.map((name, index) => ({
		rank: index + 1,
		name,
		score: 1480 - index * 97,
		movement: MOVES[index],
		you: name === you,
	}));
	const mine = rows.findIndex((row) => row.you);
	return {
		board_id: boardId,
		period,
		top: rows.filter((_, index) => index < 10),
		nearby: rows.filter((_, index) => math.abs(index - mine) <= 2),
		you: { rank: mine + 1, score: rows[mine].score, exact: true },
	};
}
