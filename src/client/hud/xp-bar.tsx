import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom } from "client/state/store-context";
import { Label } from "client/ui/label";
import { ProgressBar } from "client/ui/progress-bar";
import { COLORS, CORNER, GAP } from "client/ui/theme";

const PANEL_SIZE = new UDim2(0.3, 0, 0, 84);
const PANEL_POSITION = new UDim2(0, 12, 0, 8);
const PANEL_LIMITS = { min: new Vector2(250, 84), max: new Vector2(380, 84) };

/** Level, prestige stars, XP to the next level and the percentage, top left. */
export const XpBar = hooked("XpBar", () => {
	const name = useAtom((store) => store.view()?.display_name);
	const level = useAtom((store) => store.view()?.level);
	const prestige = useAtom((store) => store.view()?.prestige);
	const progress = useAtom((store) => store.view()?.level_progress);
	return (
		<frame Size={PANEL_SIZE} Position={PANEL_POSITION} BackgroundColor3={COLORS.panel}>
			<uicorner CornerRadius={CORNER} />
			<uisizeconstraint MinSize={PANEL_LIMITS.min} MaxSize={PANEL_LIMITS.max} />
			<uipadding PaddingLeft={new UDim(0, GAP)} PaddingRight={new UDim(0, GAP)} PaddingTop={new UDim(0, 4)} />
			{progress === undefined ? (
				<Label Key="Loading" text="Loading your progress…" color={COLORS.muted} />
			) : (
				<frame Key="Figures" Size={new UDim2(1, 0, 1, 0)} BackgroundTransparency={1}>
					<Label
						Key="Level"
						text={`Level ${level}${(prestige ?? 0) > 0 ? `  ★${prestige}` : ""}  ·  ${name}`}
						bold={true}
						size={new UDim2(1, 0, 0, 26)}
					/>
					<ProgressBar
						Key="Progress"
						fraction={progress.progress_percentage / 100}
						color={COLORS.xp}
						size={new UDim2(1, 0, 0, 12)}
						position={new UDim2(0, 0, 0, 32)}
					/>
					<Label
						Key="Numbers"
						text={`${progress.current_level_xp} / ${progress.next_level_xp} XP  (${math.floor(progress.progress_percentage)}%)`}
						role="small"
						color={COLORS.muted}
						size={new UDim2(1, 0, 0, 22)}
						position={new UDim2(0, 0, 0, 48)}
					/>
				</frame>
			)}
		</frame>
	);
});
