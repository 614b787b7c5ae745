import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useState } from "@rbxts/roact-hooked";
import { getPublicCatalog } from "shared/catalog";
import { useAtom, useClient } from "client/state/store-context";
import { SideButton } from "client/ui/card";
import { Label } from "client/ui/label";
import { COLORS, rarityLabel } from "client/ui/theme";
import { ScreenPanel } from "client/screens/screen-panel";
import { ShopRow } from "./shop-row";
import { replyState, TabbedScreen } from "client/screens/tabbed-screen";
import { canAfford, cooldownLeft, limitText, priceText } from "./shop-text";

const TABS = [
	{ id: "shop", label: "Shop" },
	{ id: "inventory", label: "My items" },
];

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
				<ShopRow
					title={reward.display.title}
					description={reward.display.description}
					details={[rarityLabel(reward.display.rarity), limitText(reward, view, now)]
						.filter((part) => part !== "")
						.join(" · ")}
					rarity={reward.display.rarity}
					layoutOrder={order}
					side={
						<SideButton
							text={
								affordable
									? `Buy ${priceText(reward.acquisition.price)}`
									: `Need ${priceText(reward.acquisition.price)}`
							}
							tone={affordable ? "primary" : "neutral"}
							onClick={() => actions.act("Purchase", { reward_id: reward.id }, "shop")}
						/>
					}
				/>,
			);
		}
		for (const [, badge] of catalog.badges) {
			if (badge.acquisition.method !== "purchase") continue;
			order += 1;
			const cost = badge.acquisition.requirements.cost;
			const owned = view.badges[badge.id] ?? 0;
			rows.set(
				`BadgeOffer_${badge.id}`,
				<ShopRow
					title={`◆ ${badge.info.title} (badge)`}
					description={badge.info.description}
					details={rarityLabel(badge.properties.rarity)}
					rarity={badge.properties.rarity}
					layoutOrder={order}
					side={
						<SideButton
							text={owned >= badge.acquisition.max_quantity ? "Owned" : `Buy ${priceText(cost)}`}
							enabled={owned < badge.acquisition.max_quantity}
							onClick={() => actions.act("BuyBadge", { badge_id: badge.id }, "shop")}
						/>
					}
				/>,
			);
		}
	} else {
		const owned = new Array<{ id: string; quantity: number; expires_at: number; uses?: number }>();
		for (const item of view.items)
			owned.push({ id: item.item_id, quantity: item.quantity, expires_at: item.expires_at });
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
			if (item.expires_at > 0)
				details.push(`expires in ${math.max(1, math.ceil((item.expires_at - now) / 3600))} h`);
			if (wait > 0) details.push(`ready in ${math.ceil(wait / 60)} min`);
			rows.set(
				`Item_${item.id}`,
				<ShopRow
					title={reward.display.title}
					description={reward.display.description}
					details={details.join(" · ")}
					rarity={reward.display.rarity}
					layoutOrder={order}
					side={
						usable ? (
							<SideButton
								text={wait > 0 ? "Cooling down" : "Use"}
								enabled={wait === 0}
								onClick={() => actions.act("UseItem", { item_id: item.id }, "shop")}
							/>
						) : undefined
					}
				/>,
			);
		}
		if (order === 0)
			rows.set("Empty", <Label text="Nothing here yet: the shop sells items for coins." color={COLORS.muted} />);
	}
	return (
		<TabbedScreen
			title="Shop"
			tabs={TABS}
			selected={tab}
			onSelect={setTab}
			status={
				replyState(reply) === "refused"
					? `ⓘ ${reply}`
					: replyState(reply) === "done"
						? "✔ Done"
						: `● ${view.currency.coins}  ♦ ${view.currency.gems}  ▲ ${view.currency.tokens}`
			}
			refused={replyState(reply) === "refused"}
		>
			{rows}
		</TabbedScreen>
	);
});
