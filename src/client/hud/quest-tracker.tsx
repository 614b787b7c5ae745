import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { getPublicCatalog } from "shared/catalog";
import { StudentView } from "shared/view/student-view";
import { useAtom } from "client/state/store-context";
import { Label } from "client/ui/label";
import { ProgressBar } from "client/ui/progress-bar";
import { COLORS, CORNER, GAP } from "client/ui/theme";
import { nextObjective, timeLeft } from "client/screens/quests/quest-text";

const SIZE = new UDim2(0.26, 0, 0, 0);
const POSITION = new UDim2(1, -12, 0, 56);
const LIMITS = { min: new Vector2(240, 0), max: new Vector2(340, math.huge) };
/** The quests the HUD tracks at most; the quest log shows them all. */
const SHOWN = 2;

/** The active quests' objectives and time left, top right under the currencies. */
export const QuestTracker = hooked("QuestTracker", () => {
	const quests = useAtom((store) => store.view()?.quests);
	// only a student with a quest running has a timer to tick: the rows read the clock
	if (quests === undefined || next(quests)[0] === undefined) return undefined;
	return <QuestRows quests={quests} />;
});

const QuestRows = hooked("QuestRows", (props: { quests: StudentView["quests"] }) => {
	const quests = props.quests;
	const now = useAtom((store) => store.clock());
	const catalog = getPublicCatalog();
	const rows = new Map<string, Roact.Element>();
	let shown = 0;
	for (const [questId, state] of pairs(quests)) {
		const quest = catalog.quests.get(questId);
		if (quest === undefined || shown >= SHOWN) continue;
		shown += 1;
		const index = nextObjective(quest.objectives, state.objectives);
		const objective = quest.objectives[index];
		const required = objective?.progress_tracking.required ?? 1;
		const current = objective !== undefined ? (state.objectives[index] ?? 0) : required;
		rows.set(
			`Quest_${questId}`,
			<frame
				Size={new UDim2(1, 0, 0, 0)}
				AutomaticSize={Enum.AutomaticSize.Y}
				BackgroundTransparency={1}
				LayoutOrder={shown}
			>
				<uilistlayout SortOrder={Enum.SortOrder.LayoutOrder} Padding={new UDim(0, 2)} />
				<Label Key="Name" text={`⚑ ${quest.name}`} bold={true} size={new UDim2(1, 0, 0, 22)} layoutOrder={1} />
				<Label
					Key="Objective"
					text={`${objective?.description ?? "Done: collect your reward"}  ${current}/${required}`}
					role="small"
					color={COLORS.muted}
					autoHeight={true}
					layoutOrder={2}
				/>
				<ProgressBar
					Key="Progress"
					fraction={current / required}
					color={COLORS.accent}
					size={new UDim2(1, 0, 0, 8)}
					layoutOrder={3}
				/>
				<Label
					Key="Timer"
					text={timeLeft(state.expires_at, now)}
					role="small"
					color={COLORS.muted}
					align={Enum.TextXAlignment.Right}
					autoHeight={true}
					layoutOrder={4}
				/>
			</frame>,
		);
	}
	if (shown === 0) return undefined;
	return (
		<frame
			Size={SIZE}
			Position={POSITION}
			AnchorPoint={new Vector2(1, 0)}
			AutomaticSize={Enum.AutomaticSize.Y}
			BackgroundColor3={COLORS.panel}
		>
			<uicorner CornerRadius={CORNER} />
			<uisizeconstraint MinSize={LIMITS.min} MaxSize={LIMITS.max} />
			<uipadding
				PaddingLeft={new UDim(0, GAP)}
				PaddingRight={new UDim(0, GAP)}
				PaddingTop={new UDim(0, 4)}
				PaddingBottom={new UDim(0, 4)}
			/>
			<uilistlayout SortOrder={Enum.SortOrder.LayoutOrder} Padding={new UDim(0, 4)} />
			{rows}
		</frame>
	);
});
