import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useEffect, useState } from "@rbxts/roact-hooked";
import { getPublicCatalog } from "shared/catalog";
import { LeaderboardRow, Movement } from "shared/leaderboard-protocol";
import { useAtom, useClient } from "client/state/store-context";
import { Label } from "client/ui/label";
import { ScrollList } from "client/ui/scroll-list";
import { TabBar } from "client/ui/tab-bar";
import { COLORS, CORNER, GAP, TOUCH_TARGET } from "client/ui/theme";
import { ScreenPanel } from "client/screens/screen-panel";
import { boardsByScope, periodTabLabel } from "./board-tabs";

const ROW_HEIGHT = 40;
/** Arrows and words: a movement reads without its colour. */
const MOVEMENT: Readonly<Record<Movement, { text: string; color: Color3 }>> = {
	up: { text: "▲", color: COLORS.success },
	down: { text: "▼", color: COLORS.danger },
	same: { text: "–", color: COLORS.muted },
	new: { text: "new", color: COLORS.accent },
};

function row(entry: LeaderboardRow, order: number) {
	const movement = MOVEMENT[entry.movement];
	return (
		<frame
			Size={new UDim2(1, 0, 0, ROW_HEIGHT)}
			BackgroundColor3={entry.you ? COLORS.surfaceRaised : COLORS.surface}
			LayoutOrder={order}
		>
			<uicorner CornerRadius={CORNER} />
			<Label
				Key="Rank"
				text={`#${entry.rank}`}
				bold={true}
				size={new UDim2(0, 64, 1, 0)}
				position={new UDim2(0, GAP, 0, 0)}
			/>
			<Label
				Key="Movement"
				text={movement.text}
				role="small"
				color={movement.color}
				align={Enum.TextXAlignment.Center}
				size={new UDim2(0, 44, 1, 0)}
				position={new UDim2(0, 64 + GAP, 0, 0)}
			/>
			<Label
				Key="Name"
				text={entry.you ? `${entry.name} (you)` : entry.name}
				bold={entry.you}
				size={new UDim2(1, -(64 + 44 + 120 + 3 * GAP), 1, 0)}
				position={new UDim2(0, 64 + 44 + 2 * GAP, 0, 0)}
			/>
			<Label
				Key="Score"
				text={tostring(entry.score)}
				align={Enum.TextXAlignment.Right}
				size={new UDim2(0, 120, 1, 0)}
				position={new UDim2(1, -(120 + GAP), 0, 0)}
			/>
		</frame>
	);
}

/** Leaderboards by scope and period: the top, the student's own rank and the ranks around it, with movement. */
export const LeaderboardsScreen = hooked("LeaderboardsScreen", () => {
	const { actions } = useClient();
	const catalog = getPublicCatalog();
	const scopes = boardsByScope(catalog);
	const [scope, setScope] = useState(scopes[0]?.scope ?? "class");
	const group = scopes.find((candidate) => candidate.scope === scope) ?? scopes[0];
	const [boardId, setBoardId] = useState(group?.boards[0]?.id ?? "");
	const board = group?.boards.find((candidate) => candidate.id === boardId) ?? group?.boards[0];
	const page = useAtom((store) => (board !== undefined ? store.leaderboards().get(board.id) : undefined));
	const problem = useAtom((store) => (board !== undefined ? store.replies().get(`board:${board.id}`) : undefined));
	useEffect(() => {
		if (board !== undefined) actions.loadLeaderboard(board.id);
	}, [board?.id]);
	if (group === undefined || board === undefined) {
		return (
			<ScreenPanel title="Leaderboards">
				<Label text="No leaderboard is running." color={COLORS.muted} />
			</ScreenPanel>
		);
	}
	const rows = new Map<string, Roact.Element>();
	page?.top.forEach((entry) => rows.set(`Top_${entry.rank}`, row(entry, entry.rank)));
	const youInTop = page?.top.some((entry) => entry.you) ?? false;
	if (page !== undefined && !youInTop && page.nearby.size() > 0) {
		rows.set("Gap", <Label text="…" align={Enum.TextXAlignment.Center} layoutOrder={5000} />);
		page.nearby.forEach((entry) => rows.set(`Near_${entry.rank}`, row(entry, 5000 + entry.rank)));
	}
	let status: string;
	if (problem !== undefined && problem !== "") status = `ⓘ ${problem}`;
	else if (page === undefined) status = "Loading…";
	else if (page.you === undefined) status = `${board.name}: you are not on this board yet`;
	else if (!page.you.exact) status = `${board.name}: you are below rank ${page.you.rank - 1}`;
	else status = `${board.name}: you are #${page.you.rank} with ${page.you.score}`;
	return (
		<ScreenPanel title="Leaderboards">
			<TabBar
				Key="Scopes"
				tabs={scopes.map((candidate) => ({ id: candidate.scope, label: candidate.label }))}
				selected={group.scope}
				onSelect={(id) => {
					setScope(id as typeof scope);
					setBoardId(scopes.find((candidate) => candidate.scope === id)?.boards[0]?.id ?? "");
				}}
			/>
			<TabBar
				Key="Periods"
				tabs={group.boards.map((candidate) => ({
					id: candidate.id,
					label: periodTabLabel(candidate, group.boards),
				}))}
				selected={board.id}
				onSelect={setBoardId}
				position={new UDim2(0, 0, 0, TOUCH_TARGET + GAP)}
			/>
			<Label
				Key="Status"
				text={status}
				color={problem !== undefined && problem !== "" ? COLORS.danger : COLORS.muted}
				position={new UDim2(0, 0, 0, 2 * (TOUCH_TARGET + GAP))}
			/>
			<frame
				Key="Rows"
				Size={new UDim2(1, 0, 1, -(2 * (TOUCH_TARGET + GAP) + 32))}
				Position={new UDim2(0, 0, 0, 2 * (TOUCH_TARGET + GAP) + 32)}
				BackgroundTransparency={1}
			>
				<ScrollList>{rows}</ScrollList>
			</frame>
		</ScreenPanel>
	);
});
