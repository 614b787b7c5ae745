import { CollectionService, Players } from "@rbxts/services";
import { Catalog } from "shared/catalog/types";
import { BoardEntry, Effect, periodKey } from "shared/domain";
import { LEADERBOARD_FLUSH_INTERVAL, LeaderboardService } from "server/leaderboards/leaderboard-service";
import { boardName } from "server/leaderboards/leaderboard-pages";

export const LEADERBOARD_WALL_TAG = "LeaderboardWall";
/** Seconds between two refreshes: the board's own read cache (update_frequency) keeps reads rarer still. */
export const WALL_REFRESH_INTERVAL = 60;
export const WALL_ROWS = 10;

export function rowText(rank: number, entry: BoardEntry): string {
	return `${rank}. ${entry.display_name !== "" ? entry.display_name : boardName(entry.user_id)}  ${entry.score}`;
}

/**
 * Fills every wall tagged "LeaderboardWall" (attribute "Board", a board id; optional "Period", a
 * period key, else the current one) with the top 10 of its board's global group: rank, name,
 * score. Only a global board can be shown on a wall everyone sees: a class board's group is the
 * classroom, and a public board holds only students who made their stats public (the storage
 * keeps the others off), so the wall shows nobody who chose privacy.
 */
export class LeaderboardWall {
	/** The walls, found once by tag and as they are added: a tag lookup walks the whole DataModel. */
	private readonly walls = new Array<Instance>();
	/** When each board's scores last changed here (os.time), and when each wall was last drawn. */
	private readonly changedAt = new Map<string, number>();
	private readonly drawnAt = new Map<Instance, number>();

	public constructor(
		private readonly catalog: Catalog,
		private readonly boards: LeaderboardService,
	) {}

	public start() {
		for (const wall of CollectionService.GetTagged(LEADERBOARD_WALL_TAG)) this.walls.push(wall);
		CollectionService.GetInstanceAddedSignal(LEADERBOARD_WALL_TAG).Connect((wall) => this.walls.push(wall));
		task.spawn(() => {
			for (;;) {
				// nobody sees a wall on an empty server: its board reads would only spend DataStore budget
				if (Players.GetPlayers().size() > 0) this.refresh();
				task.wait(WALL_REFRESH_INTERVAL);
			}
		});
	}

	/** From the event pipeline: a score_changed effect makes its board's walls worth redrawing. */
	public onEffects(effects: readonly Effect[]) {
		for (const effect of effects) {
			if (effect.kind === "score_changed") this.changedAt.set(effect.leaderboard_id, os.time());
		}
	}

	/**
	 * Redraws the walls that may show something new: never drawn, or their board changed since a
	 * draw that came before the change reached the board's read cache (a score is written within
	 * the 60 s flush, then read after at most update_frequency). An idle server reads nothing.
	 * Yields (a board read).
	 */
	public refresh(force = false) {
		for (const wall of this.walls) {
			if (wall.Parent === undefined || !(force || this.isStale(wall))) continue;
			this.drawnAt.set(wall, os.time());
			const [ok, problem] = pcall(() => this.draw(wall));
			if (!ok) warn(`LeaderboardWall: ${wall.GetFullName()}: ${problem}`);
		}
	}

	private isStale(wall: Instance): boolean {
		const drawn = this.drawnAt.get(wall);
		if (drawn === undefined) return true;
		const boardId = wall.GetAttribute("Board");
		const board = typeIs(boardId, "string") ? this.catalog.leaderboards.get(boardId) : undefined;
		const changed = typeIs(boardId, "string") ? this.changedAt.get(boardId) : undefined;
		if (board === undefined || changed === undefined) return false;
		// until a draw happened long enough after the change for the change to be readable
		const settled = changed + LEADERBOARD_FLUSH_INTERVAL + board.display.update_frequency;
		return drawn <= settled;
	}

	private draw(wall: Instance) {
		const boardId = wall.GetAttribute("Board");
		const board = typeIs(boardId, "string") ? this.catalog.leaderboards.get(boardId) : undefined;
		if (board === undefined) error(`attribute Board names no board of the catalog (${tostring(boardId)})`);
		if (board.configuration.scope !== "global" || board.visibility !== "public") {
			error(`board ${board.id} is not a public global board`);
		}
		const periodAttribute = wall.GetAttribute("Period");
		const period = typeIs(periodAttribute, "string") ? periodAttribute : periodKey(board, os.time());
		if (period === undefined) return;
		const rows = wall.FindFirstChild("Rows", true);
		if (rows === undefined || !rows.IsA("GuiObject")) error("has no Rows frame in its SurfaceGui");
		// the wall's reads must not stand in the board's read cache for the other readers
		const entries = this.boards.top(board.id, period, "global", WALL_ROWS, false);
		for (let index = 0; index < WALL_ROWS; index++) {
			const name = `Row${index + 1}`;
			let label = rows.FindFirstChild(name) as TextLabel | undefined;
			if (label === undefined) {
				label = new Instance("TextLabel");
				label.Name = name;
				label.LayoutOrder = index + 1;
				label.Size = new UDim2(1, 0, 1 / WALL_ROWS, 0);
				label.BackgroundTransparency = 1;
				label.TextScaled = true;
				label.TextColor3 = new Color3(1, 1, 1);
				label.TextXAlignment = Enum.TextXAlignment.Left;
				label.Parent = rows;
			}
			const entry = entries[index];
			label.Text = entry !== undefined ? rowText(index + 1, entry) : "";
		}
	}
}
