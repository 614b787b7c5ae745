import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useState } from "@rbxts/roact-hooked";
import { getPublicCatalog } from "shared/catalog";
import { useAtom, useClient } from "client/state/store-context";
import { Button } from "client/ui/button";
import { Card, SIDE_BUTTON } from "client/ui/card";
import { Label } from "client/ui/label";
import { ScrollList } from "client/ui/scroll-list";
import { TabBar } from "client/ui/tab-bar";
import { COLORS, GAP, TOUCH_TARGET, rarityColor, rarityLabel } from "client/ui/theme";
import { ScreenPanel } from "client/screens/screen-panel";
import { canAfford, cooldownLeft, limitText, priceText } from "./shop-text";

const TABS = [
	{ id: "shop", label: "Shop" },
	{ id: "inventory", label: "My items" },
];
const ROW_HEIGHT = 92;

/** The shop (prices, limits, Buy) and the inventory (quantities, expiry, cooldowns, Use). */
export const ShopScreen = hooked("ShopScreen", () => {
	const { actions } = useClient();
	const view = useAtom((store) => store.view());
	const now = useAtom((store) => store.clock());
	const reply = useAtom((store) => store.replies().get("shop"));
	const [tab, setTab] = useState("shop");
	if (view === undefined) return <ScreenPanel title="Shop" />;
	const catalog = getPublicCatalog();
	const rows = new Map<string, Roact.Element>();
	let order = 0;
	if (tab === "shop") {
		for (const [, reward] of catalog.rewards) {
			if (!reward.acquisition.purchasable) continue;
			order += 1;
			const affordable = canAfford(view, reward.acquisition.price);
			rows.set(
				`Reward_${reward.id}`,
				<Card
					height={ROW_HEIGHT}
					accent={rarityColor(reward.display.rarity)}
					layoutOrder={order}
					side={
						<Button
							text={affordable ? `Buy ${priceText(reward.acquisition.price)}` : `Need ${priceText(reward.acquisition.price)}`}
							size={SIDE_BUTTON.size}
							position={SIDE_BUTTON.position}
							anchor={SIDE_BUTTON.anchor}
							tone={affordable ? "primary" : "neutral"}
							onClick={() => actions.act("Purchase", { reward_id: reward.id }, "shop")}
						/>
					}
				>
					<Label Key="Name" text={reward.display.title} bold={true} layoutOrder={1} />
					<Label Key="Description" text={reward.display.description} role="small" size={new UDim2(1, 0, 0, 34)} layoutOrder={2} />
					<Label
						Key="Limits"
						text={[rarityLabel(reward.display.rarity), limitText(reward, view, now)].filter((part) => part !== "").join(" · ")}
						role="small"
						color={COLORS.muted}
						layoutOrder={3}
					/>
				</Card>,
			);
		}
		for (const [, badge] of catalog.badges) {
			if (badge.acquisition.method !== "purchase") continue;
			order += 1;
			const cost = badge.acquisition.requirements.cost;
			const owned = view.badges[badge.id] ?? 0;
			rows.set(
				`BadgeOffer_${badge.id}`,
				<Card
					height={ROW_HEIGHT}
					accent={rarityColor(badge.properties.rarity)}
					layoutOrder={order}
					side={
						<Button
							text={owned >= badge.acquisition.max_quantity ? "Owned" : `Buy ${priceText(cost)}`}
							size={SIDE_BUTTON.size}
							position={SIDE_BUTTON.position}
							anchor={SIDE_BUTTON.anchor}
							enabled={owned < badge.acquisition.max_quantity}
							onClick={() => actions.act("BuyBadge", { badge_id: badge.id }, "shop")}
						/>
					}
				>
					<Label Key="Name" text={`◆ ${badge.info.title} (badge)`} bold={true} layoutOrder={1} />
					<Label Key="Description" text={badge.info.description} role="small" size={new UDim2(1, 0, 0, 34)} layoutOrder={2} />
					<Label Key="Limits" text={rarityLabel(badge.properties.rarity)} role="small" color={COLORS.muted} layoutOrder={3} />
				</Card>,
			);
		}
	} else {
		const owned = new Array<{ id: string; quantity: number; expires_at: number; uses?: number }>();
		for (const item of view.items) owned.push({ id: item.item_id, quantity: item.quantity, expires_at: item.expires_at });
		for (const powerUp of view.power_ups) {
			owned.push({ id: powerUp.power_up_id, quantity: 1, expires_at: 0, uses: powerUp.uses_remaining });
		}
		for (const item of owned) {
			const reward = catalog.rewards.get(item.id);
			if (reward === undefined) continue;
			order += 1;
			const usable = reward.type === "item" || reward.type === "power_up";
			const wait = cooldownLeft(reward, view, now);
			const details = new Array<string>();
			details.push(item.uses !== undefined ? `${item.uses} uses left` : `×${item.quantity}`);
			if (item.expires_at > 0) details.push(`expires in ${math.max(1, math.ceil((item.expires_at - now) / 3600))} h`);
			if (wait > 0) details.push(`ready in ${math.ceil(wait / 60)} min`);
			rows.set(
				`Item_${item.id}`,
				<Card
					height={ROW_HEIGHT}
					accent={rarityColor(reward.display.rarity)}
					layoutOrder={order}
					side={
						usable ? (
							<Button
								text={wait > 0 ? "Cooling down" : "Use"}
								size={SIDE_BUTTON.size}
								position={SIDE_BUTTON.position}
								anchor={SIDE_BUTTON.anchor}
								enabled={wait === 0}
								onClick={() => actions.act("UseItem", { item_id: item.id }, "shop")}
							/>
						) : undefined
					}
				>
					<Label Key="Name" text={reward.display.title} bold={true} layoutOrder={1} />
					<Label Key="Description" text={reward.display.description} role="small" size={new UDim2(1, 0, 0, 34)} layoutOrder={2} />
					<Label Key="Details" text={details.join(" · ")} role="small" color={COLORS.muted} layoutOrder={3} />
				</Card>,
			);
		}
		if (order === 0) rows.set("Empty", <Label text="Nothing here yet: the shop sells items for coins." color={COLORS.muted} />);
	}
	const failed = reply !== undefined && reply !== "" && reply !== "…";
	return (
		<ScreenPanel title="Shop">
			<TabBar Key="Tabs" tabs={TABS} selected={tab} onSelect={setTab} />
			<Label
				Key="Status"
				text={failed ? `ⓘ ${reply}` : reply === "" ? "✔ Done" : `● ${view.currency.coins}  ♦ ${view.currency.gems}  ▲ ${view.currency.tokens}`}
				color={failed ? COLORS.danger : reply === "" ? COLORS.success : COLORS.muted}
				position={new UDim2(0, 0, 0, TOUCH_TARGET + GAP / 2)}
			/>
			<frame
				Key="List"
				Size={new UDim2(1, 0, 1, -(TOUCH_TARGET + 36))}
				Position={new UDim2(0, 0, 0, TOUCH_TARGET + 36)}
				BackgroundTransparency={1}
			>
				<ScrollList>{rows}</ScrollList>
			</frame>
		</ScreenPanel>
	);
});
