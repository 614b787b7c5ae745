import Roact from "@rbxts/roact";
import { StudentView } from "shared/view/student-view";

const PANEL_SIZE = new UDim2(0, 280, 0, 86);
const PANEL_POSITION = new UDim2(0, 16, 0, 16);
const BAR_HEIGHT = 10;
const PANEL_COLOR = Color3.fromRGB(24, 28, 40);
const BAR_COLOR = Color3.fromRGB(88, 196, 120);
const TEXT_COLOR = Color3.fromRGB(240, 240, 245);

export interface HudProps {
	readonly view?: StudentView;
}

/** The student's level, XP towards the next level and coins, top left. */
export function Hud(props: HudProps) {
	const view = props.view;
	if (view === undefined) {
		return (
			<frame Size={PANEL_SIZE} Position={PANEL_POSITION} BackgroundColor3={PANEL_COLOR}>
				<textlabel
					Key="Loading"
					Size={new UDim2(1, 0, 1, 0)}
					BackgroundTransparency={1}
					Text="Loading your progress..."
					TextColor3={TEXT_COLOR}
				/>
			</frame>
		);
	}
	const progress = view.level_progress;
	const fraction = math.clamp(progress.progress_percentage / 100, 0, 1);
	return (
		<frame Size={PANEL_SIZE} Position={PANEL_POSITION} BackgroundColor3={PANEL_COLOR}>
			<textlabel
				Key="Name"
				Size={new UDim2(1, -16, 0, 24)}
				Position={new UDim2(0, 8, 0, 6)}
				BackgroundTransparency={1}
				Text={view.display_name}
				TextColor3={TEXT_COLOR}
				TextXAlignment={Enum.TextXAlignment.Left}
			/>
			<textlabel
				Key="Level"
				Size={new UDim2(1, -16, 0, 20)}
				Position={new UDim2(0, 8, 0, 30)}
				BackgroundTransparency={1}
				Text={`Level ${view.level} · ${progress.current_level_xp}/${progress.next_level_xp} XP`}
				TextColor3={TEXT_COLOR}
				TextXAlignment={Enum.TextXAlignment.Left}
			/>
			<frame
				Key="XpBar"
				Size={new UDim2(1, -16, 0, BAR_HEIGHT)}
				Position={new UDim2(0, 8, 0, 54)}
				BackgroundColor3={TEXT_COLOR}
			>
				<frame
					Key="Fill"
					Size={new UDim2(fraction, 0, 1, 0)}
					BackgroundColor3={BAR_COLOR}
					BorderSizePixel={0}
				/>
			</frame>
			<textlabel
				Key="Coins"
				Size={new UDim2(1, -16, 0, 16)}
				Position={new UDim2(0, 8, 0, 66)}
				BackgroundTransparency={1}
				Text={`${view.currency.coins} coins`}
				TextColor3={TEXT_COLOR}
				TextXAlignment={Enum.TextXAlignment.Left}
			/>
		</frame>
	);
}
