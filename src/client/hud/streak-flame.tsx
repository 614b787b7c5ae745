import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom } from "client/state/store-context";
import { Label } from "client/ui/label";
import { COLORS, CORNER } from "client/ui/theme";

const SIZE = new UDim2(0, 170, 0, 0);
const POSITION = new UDim2(0, 12, 0, 98);

/** The study streak: a flame and the days in a row, under the XP bar; grey when the streak is broken. */
export const StreakFlame = hooked("StreakFlame", () => {
	const streak = useAtom((store) => store.view()?.streak);
	if (streak === undefined) return undefined;
	const alive = streak.current > 0;
	return (
		<frame Size={SIZE} Position={POSITION} AutomaticSize={Enum.AutomaticSize.Y} BackgroundColor3={COLORS.panel}>
			<uicorner CornerRadius={CORNER} />
			<Label
				Key="Days"
				text={alive ? `♨ ${streak.current}-day streak` : "♨ no streak yet"}
				bold={alive}
				color={alive ? COLORS.streak : COLORS.muted}
				align={Enum.TextXAlignment.Center}
				autoHeight={true}
			/>
		</frame>
	);
});
