import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useState } from "@rbxts/roact-hooked";
import { getPublicCatalog } from "shared/catalog";
import { useAtom, useClient } from "client/state/store-context";
import { Card, SideButton } from "client/ui/card";
import { Label } from "client/ui/label";
import { ProgressBar } from "client/ui/progress-bar";
import { COLORS } from "client/ui/theme";
import { ScreenPanel } from "client/screens/screen-panel";
import { replyState, TabbedScreen } from "client/screens/tabbed-screen";
import { rewardText, timeLeft } from "./quest-text";

const TABS = [
	{ id: "log", label: "My quests" },
	{ id: "board", label: "Quest board" },
];
const OBJECTIVE_HEIGHT = 40;

/** The quest log (active quests, their objectives and timers) and the quest board (what can be taken, or why not). */
export const QuestsScreen = hooked("QuestsScreen", () => {
	const { actions } = useClient();
	const quests = useAtom((store) => store.view()?.quests);
	const board = useAtom((store) => store.view()?.quest_board);
	const now = useAtom((store) => store.clock());
	const reply = useAtom((store) => store.replies().get("quests"));
	const [tab, setTab] = useState("log");
	if (quests === undefined || board === undefined) return <ScreenPanel title="Quests" />;
	const catalog = getPublicCatalog();
	const rows = new Map<string, Roact.Element>();
	let order = 0;
	if (tab === "log") {
		for (const [questId, state] of pairs(quests)) {
			const quest = catalog.quests.get(questId as string);
			if (quest === undefined) continue;
			order += 1;
			const objectives = new Map<string, Roact.Element>();
			quest.objectives.forEach((objective, index) => {
				const required = objective.progress_tracking.required;
				const current = math.min(state.objectives[index] ?? 0, required);
				objectives.set(
					`Objective_${objective.id}`,
					<frame
						Size={new UDim2(1, 0, 0, OBJECTIVE_HEIGHT)}
						BackgroundTransparency={1}
						LayoutOrder={10 + index}
					>
						<Label
							Key="Text"
							text={`${current >= required ? "✔" : "○"} ${objective.description}${objective.optional ? " (optional)" : ""}  ${current}/${required}`}
							role="small"
							size={new UDim2(1, 0, 0, 22)}
						/>
						<ProgressBar
							Key="Progress"
							fraction={current / required}
							color={COLORS.accent}
							size={new UDim2(1, 0, 0, 8)}
							position={new UDim2(0, 0, 0, 26)}
						/>
					</frame>,
				);
			});
			rows.set(
				`Quest_${quest.id}`,
				<Card
					height={70 + quest.objectives.size() * (OBJECTIVE_HEIGHT + 2)}
					layoutOrder={order}
					side={
						<SideButton
							text="Abandon"
							tone="danger"
							onClick={() => actions.act("AbandonQuest", { quest_id: quest.id }, "quests")}
						/>
					}
				>
					<Label Key="Name" text={`⚑ ${quest.name}`} bold={true} layoutOrder={1} />
					<Label
						Key="Timer"
						text={`${timeLeft(state.expires_at, now)} · reward: ${rewardText(quest.rewards.guaranteed)}`}
						role="small"
						color={COLORS.muted}
						layoutOrder={2}
					/>
					{objectives}
				</Card>,
			);
		}
		if (order === 0) {
			rows.set("Empty", <Label text="No quest yet: take one from the quest board." color={COLORS.muted} />);
		}
	} else {
		for (const [questId, entry] of pairs(board)) {
			const quest = catalog.quests.get(questId as string);
			if (quest === undefined) continue;
			order += 1;
			const locked = entry.locked_reason;
			rows.set(
				`Board_${quest.id}`,
				<Card
					height={122}
					dim={locked !== undefined}
					layoutOrder={locked !== undefined ? 100 + order : order}
					side={
						<SideButton
							text={locked !== undefined ? "Locked" : "Take quest"}
							enabled={locked === undefined}
							onClick={() => actions.act("AssignQuest", { quest_id: quest.id }, "quests")}
						/>
					}
				>
					<Label Key="Name" text={`⚑ ${quest.name} · ${quest.info.difficulty}`} bold={true} layoutOrder={1} />
					<Label
						Key="Description"
						text={quest.info.description}
						role="small"
						size={new UDim2(1, 0, 0, 36)}
						layoutOrder={2}
					/>
					<Label
						Key="Why"
						text={locked !== undefined ? `✖ ${locked}` : `Reward: ${rewardText(quest.rewards.guaranteed)}`}
						role="small"
						color={locked !== undefined ? COLORS.danger : COLORS.success}
						size={new UDim2(1, 0, 0, 40)}
						layoutOrder={3}
					/>
				</Card>,
			);
		}
	}
	return (
		<TabbedScreen
			title="Quests"
			tabs={TABS}
			selected={tab}
			onSelect={setTab}
			status={
				replyState(reply) === "refused" ? `ⓘ ${reply}` : `${order} ${tab === "log" ? "active" : "on the board"}`
			}
			refused={replyState(reply) === "refused"}
		>
			{rows}
		</TabbedScreen>
	);
});
