import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useState } from "@rbxts/roact-hooked";
import { getPublicCatalog } from "shared/catalog";
import { useAtom, useClient } from "client/state/store-context";
import { Card, SideButton } from "client/ui/card";
import { Label } from "client/ui/label";
import { COLORS, rarityColor, rarityLabel } from "client/ui/theme";
import { ScreenPanel } from "client/screens/screen-panel";
import { replyState, TabbedScreen } from "client/screens/tabbed-screen";
import { badgeCollections, bonusText, setBonusProgress } from "./badge-rows";

const TABS = [
	{ id: "owned", label: "My badges" },
	{ id: "collections", label: "Collections" },
];
const ROW_HEIGHT = 96;

/** Badges owned (equip and unequip, slots, set bonuses) and the collections they belong to. */
export const BadgesScreen = hooked("BadgesScreen", () => {
	const { actions } = useClient();
	const owned = useAtom((store) => store.view()?.badges);
	const equipped = useAtom((store) => store.view()?.badges_equipped);
	const reply = useAtom((store) => store.replies().get("badges"));
	const [tab, setTab] = useState("owned");
	if (owned === undefined || equipped === undefined) return <ScreenPanel title="Badges" />;
	const catalog = getPublicCatalog();
	const slots = catalog.settings.badge_slots;
	const rows = new Map<string, Roact.Element>();
	if (tab === "owned") {
		let order = 0;
		for (const [badgeId, copies] of pairs(owned)) {
			const badge = catalog.badges.get(badgeId as string);
			if (badge === undefined) continue;
			order += 1;
			const wearing = equipped.includes(badge.id);
			const set = setBonusProgress(badge, equipped);
			const bonuses = badge.properties.bonuses.map(bonusText).join(", ");
			rows.set(
				`Badge_${badge.id}`,
				<Card
					height={ROW_HEIGHT}
					accent={rarityColor(badge.properties.rarity)}
					layoutOrder={wearing ? order : 100 + order}
					side={
						<SideButton
							text={wearing ? "Unequip" : "Equip"}
							tone={wearing ? "neutral" : "primary"}
							enabled={wearing || equipped.size() < slots}
							onClick={() =>
								actions.act(wearing ? "UnequipBadge" : "EquipBadge", { badge_id: badge.id }, "badges")
							}
						/>
					}
				>
					<Label
						Key="Name"
						text={`◆ ${badge.info.title}${copies > 1 ? ` ×${copies}` : ""}${wearing ? "  · Equipped" : ""}`}
						bold={true}
						size={new UDim2(1, 0, 0, 24)}
						layoutOrder={1}
					/>
					<Label
						Key="Rarity"
						text={`${rarityLabel(badge.properties.rarity)}${bonuses !== "" ? ` · ${bonuses}` : ""}`}
						role="small"
						color={rarityColor(badge.properties.rarity)}
						size={new UDim2(1, 0, 0, 20)}
						layoutOrder={2}
					/>
					<Label
						Key="Set"
						text={
							set.required > 0
								? `Set bonus: ${set.equipped}/${set.required} equipped`
								: badge.info.description
						}
						role="small"
						color={COLORS.muted}
						size={new UDim2(1, 0, 0, 20)}
						layoutOrder={3}
					/>
				</Card>,
			);
		}
		if (order === 0)
			rows.set(
				"Empty",
				<Label text="No badges yet: finish activities and quests to earn them." color={COLORS.muted} />,
			);
	} else {
		badgeCollections(catalog, owned).forEach((collection, index) => {
			const names = collection.badges
				.map((badge) => ((owned[badge.id] ?? 0) > 0 ? `◆ ${badge.info.title}` : "◇ ???"))
				.join("   ");
			rows.set(
				`Collection_${collection.name}`,
				<Card height={ROW_HEIGHT} layoutOrder={index}>
					<Label
						Key="Name"
						text={`${collection.name}: ${collection.owned}/${collection.badges.size()}`}
						bold={true}
						layoutOrder={1}
					/>
					<Label
						Key="Badges"
						text={names}
						role="small"
						color={COLORS.muted}
						size={new UDim2(1, 0, 0, 44)}
						layoutOrder={2}
					/>
				</Card>,
			);
		});
	}
	return (
		<TabbedScreen
			title="Badges"
			tabs={TABS}
			selected={tab}
			onSelect={setTab}
			status={`Equipped ${equipped.size()}/${slots} slots${replyState(reply) === "refused" ? ` · ${reply}` : ""}`}
			refused={replyState(reply) === "refused"}
		>
			{rows}
		</TabbedScreen>
	);
});
