import type { ClientActions } from "client/state/client-actions";
import type { ClassActions } from "client/state/class-actions";
import type { ClientStore } from "client/state/client-store";
import { LeaderboardPage } from "shared/leaderboard-protocol";

/**
 * What a preview's buttons do: nothing reaches a server (a preview has none). Opening a screen and
 * larger text change the store as in the game; a board is "read" from the sample pages.
 */
export function previewActions(pages: ReadonlyMap<string, LeaderboardPage>) {
	return (store: ClientStore): ClientActions => ({
		act: () => undefined,
		loadLeaderboard: (boardId) => {
			const page = pages.get(boardId);
			if (page === undefined) return;
			const copy = new Map<string, LeaderboardPage>();
			for (const [id, known] of store.leaderboards()) copy.set(id, known);
			copy.set(boardId, page);
			store.leaderboards(copy);
		},
		openScreen: (screen) => store.screen(screen),
		setLargerText: (larger) => store.textScale({ ...store.textScale(), larger }),
	});
}

/** The classroom's buttons in a preview: nothing is sent (the sample state is already in the store). */
export function previewClassActions(): ClassActions {
	return {
		joinClass: () => undefined,
		answerQuiz: () => undefined,
		createClass: () => undefined,
		newJoinCode: () => undefined,
		teacher: () => undefined,
		previewQuestions: () => undefined,
		saveQuestionSet: () => undefined,
		loadReport: () => undefined,
	};
}
