import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom } from "client/state/store-context";
import { Label } from "client/ui/label";
import { COLORS, CORNER, GAP } from "client/ui/theme";

const BAR_SIZE = new UDim2(0.32, 0, 0, 40);
const BAR_POSITION = new UDim2(1, -12, 0, 8);
const BAR_LIMITS = { min: new Vector2(270, 40), max: new Vector2(420, 40) };

/** Coins (●), gems (♦) and tokens (▲), top right: each told apart by its shape as well as its colour. */
export const CurrencyBar = hooked("CurrencyBar", () => {
	const currency = useAtom((store) => store.view()?.currency);
	if (currency === undefined) return undefined;
	const cell = (key: string, glyph: string, amount: number, color: Color3, order: number) => (
		<Label
			Key={key}
			text={`${glyph} ${amount}`}
			bold={true}
			color={color}
			align={Enum.TextXAlignment.Center}
			size={new UDim2(1 / 3, -GAP, 1, 0)}
			layoutOrder={order}
		/>
	);
	return (
		<frame Size={BAR_SIZE} Position={BAR_POSITION} AnchorPoint={new Vector2(1, 0)} BackgroundColor3={COLORS.panel}>
			<uicorner CornerRadius={CORNER} />
			<uisizeconstraint MinSize={BAR_LIMITS.min} MaxSize={BAR_LIMITS.max} />
			<uilistlayout
				FillDirection={Enum.FillDirection.Horizontal}
				Padding={new UDim(0, GAP)}
				VerticalAlignment={Enum.VerticalAlignment.Center}
				SortOrder={Enum.SortOrder.LayoutOrder}
			/>
			{cell("Coins", "●", currency.coins, COLORS.coins, 1)}
			{cell("Gems", "♦", currency.gems, COLORS.gems, 2)}
			{cell("Tokens", "▲", currency.tokens, COLORS.tokens, 3)}
		</frame>
	);
});
