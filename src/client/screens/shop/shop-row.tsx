import Roact from "@rbxts/roact";
import { Card } from "client/ui/card";
import { Label } from "client/ui/label";
import { COLORS, rarityColor } from "client/ui/theme";

const ROW_HEIGHT = 92;

export interface ShopRowProps {
	readonly title: string;
	readonly description: string;
	/** Rarity, limits, quantities: the small print. */
	readonly details: string;
	readonly rarity: string;
	readonly layoutOrder: number;
	/** Buy, Use: what the student can do with it. */
	readonly side?: Roact.Element;
}

/** One thing in the shop or the inventory: its name, what it does, the small print and its button. */
export function ShopRow(props: ShopRowProps) {
	return (
		<Card height={ROW_HEIGHT} accent={rarityColor(props.rarity)} layoutOrder={props.layoutOrder} side={props.side}>
			<Label Key="Name" text={props.title} bold={true} layoutOrder={1} />
			<Label
				Key="Description"
				text={props.description}
				role="small"
				size={new UDim2(1, 0, 0, 34)}
				layoutOrder={2}
			/>
			<Label Key="Details" text={props.details} role="small" color={COLORS.muted} layoutOrder={3} />
		</Card>
	);
}
