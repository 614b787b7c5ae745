import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom } from "client/state/store-context";
import { Label } from "client/ui/label";
import { COLORS, CORNER, GAP } from "client/ui/theme";
import { timeLeft } from "./class-text";

/** Between the XP bar (top left) and the currencies (top right), as wide as fits between them. */
const BANNER_SIZE = new UDim2(0.34, 0, 0, 0);
const BANNER_POSITION = new UDim2(0.5, 0, 0, 8);
const BANNER_MAX = new Vector2(560, math.huge);

/**
 * The class's banner on a class server: the class's name and teacher, the teacher's announcement,
 * "Movement paused by your teacher" while frozen, the spotlight and the class quest with its
 * deadline. It shows what the server said, nothing more.
 */
export const ClassBanner = hooked("ClassBanner", () => {
	const view = useAtom((store) => store.classView());
	const now = useAtom((store) => store.clock());
	if (view === undefined || view.place !== "class") return undefined;
	const lines = new Map<string, Roact.Element>();
	const add = (key: string, element: Roact.Element) => lines.set(key, element);
	add(
		"ClassName",
		<Label
			text={`⌂ ${view.name ?? "Your class"}${view.teacher_name !== undefined ? `  ·  ${view.teacher_name}` : ""}`}
			bold={true}
			autoHeight={true}
			size={new UDim2(1, 0, 0, 0)}
			layoutOrder={1}
		/>,
	);
	if (view.announcement !== undefined)
		add(
			"Announcement",
			<Label
				text={`✉ ${view.announcement.text}`}
				role="small"
				autoHeight={true}
				size={new UDim2(1, 0, 0, 0)}
				layoutOrder={2}
			/>,
		);
	if (view.frozen)
		add(
			"Frozen",
			<Label
				text="❄ Movement paused by your teacher"
				role="small"
				bold={true}
				color={COLORS.gems}
				autoHeight={true}
				size={new UDim2(1, 0, 0, 0)}
				layoutOrder={3}
			/>,
		);
	if (view.spotlight !== undefined)
		add(
			"Spotlight",
			<Label
				text={`★ Spotlight: ${view.spotlight.display_name}`}
				role="small"
				color={COLORS.coins}
				autoHeight={true}
				size={new UDim2(1, 0, 0, 0)}
				layoutOrder={4}
			/>,
		);
	if (view.class_quest !== undefined)
		add(
			"ClassQuest",
			<Label
				text={`⚑ Class quest: ${view.class_quest.title} (${timeLeft(view.class_quest.deadline, now)})`}
				role="small"
				autoHeight={true}
				size={new UDim2(1, 0, 0, 0)}
				layoutOrder={5}
			/>,
		);
	if (view.notice !== undefined)
		add(
			"Notice",
			<Label
				text={`ⓘ ${view.notice}`}
				role="small"
				color={COLORS.danger}
				autoHeight={true}
				size={new UDim2(1, 0, 0, 0)}
				layoutOrder={6}
			/>,
		);
	return (
		<frame
			Size={BANNER_SIZE}
			Position={BANNER_POSITION}
			AnchorPoint={new Vector2(0.5, 0)}
			AutomaticSize={Enum.AutomaticSize.Y}
			BackgroundColor3={COLORS.panel}
			BackgroundTransparency={0.1}
		>
			<uicorner CornerRadius={CORNER} />
			<uistroke Color={view.frozen ? COLORS.gems : COLORS.stroke} Thickness={view.frozen ? 2 : 1} />
			<uisizeconstraint MaxSize={BANNER_MAX} />
			<uipadding
				PaddingLeft={new UDim(0, GAP)}
				PaddingRight={new UDim(0, GAP)}
				PaddingTop={new UDim(0, 4)}
				PaddingBottom={new UDim(0, 6)}
			/>
			<uilistlayout Padding={new UDim(0, 2)} SortOrder={Enum.SortOrder.LayoutOrder} />
			{lines}
		</frame>
	);
});
