import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useState } from "@rbxts/roact-hooked";
import { getPublicCatalog } from "shared/catalog";
import { AchievementState } from "shared/view/student-view";
import { useAtom, useClient } from "client/state/store-context";
import { Card, SideButton } from "client/ui/card";
import { Label } from "client/ui/label";
import { ProgressBar } from "client/ui/progress-bar";
import { Tab } from "client/ui/tab-bar";
import { COLORS, rarityColor, rarityLabel } from "client/ui/theme";
import { ScreenPanel } from "client/screens/screen-panel";
import { replyState, TabbedScreen } from "client/screens/tabbed-screen";
import { achievementText, LOCKED_SECRET } from "./achievement-text";

const ROW_HEIGHT = 100;
const ALL = "all";

function categoryLabel(category: string): string {
	return category === "" ? "Other" : category.sub(1, 1).upper() + category.sub(2);
}

/**
 * Achievements by category, with progress bars, earned marks and the showcase toggle. A secret
 * achievement not yet earned is a "???" row: the client knows only how many there are.
 */
export const AchievementsScreen = hooked("AchievementsScreen", () => {
	const { actions } = useClient();
	const view = useAtom((store) => store.view());
	const reply = useAtom((store) => store.replies().get("achievements"));
	const [category, setCategory] = useState(ALL);
	if (view === undefined) return <ScreenPanel title="Achievements" />;
	const catalog = getPublicCatalog();
	const entries = new Array<{ id: string; state: AchievementState }>();
	for (const [id, state] of pairs(view.achievements)) entries.push({ id: id as string, state });
	const categories = new Set<string>();
	const texts = new Map<string, ReturnType<typeof achievementText>>();
	for (const entry of entries) {
		const text = achievementText(entry.id, catalog, view);
		texts.set(entry.id, text);
		categories.add(text.category);
	}
	const tabs: Tab[] = [{ id: ALL, label: "All" }];
	const sorted = [...categories].sort();
	for (const name of sorted) tabs.push({ id: name, label: categoryLabel(name) });
	entries.sort((a, b) => (a.state.earned !== b.state.earned ? a.state.earned : a.id < b.id));
	const rows = new Map<string, Roact.Element>();
	const showcase = view.showcase;
	const slots = catalog.settings.showcase_slots;
	entries.forEach((entry, index) => {
		const text = texts.get(entry.id)!;
		if (category !== ALL && text.category !== category) return;
		const featured = showcase.includes(entry.id);
		const progress = entry.state.progress;
		rows.set(
			`Achievement_${entry.id}`,
			<Card
				height={ROW_HEIGHT}
				accent={entry.state.earned ? rarityColor(text.rarity) : COLORS.locked}
				dim={!entry.state.earned}
				layoutOrder={index}
				side={
					entry.state.earned ? (
						<SideButton
							text={featured ? "Unfeature" : "Feature"}
							tone={featured ? "neutral" : "primary"}
							enabled={featured || showcase.size() < slots}
							onClick={() =>
								actions.act(
									"SetShowcase",
									{
										achievement_ids: featured
											? showcase.filter((id) => id !== entry.id)
											: [...showcase, entry.id],
									},
									"achievements",
								)
							}
						/>
					) : undefined
				}
			>
				<Label
					Key="Title"
					text={`${entry.state.earned ? "✔" : "○"} ${text.title}${entry.state.tier > 0 ? ` · tier ${entry.state.tier}` : ""}`}
					bold={true}
					color={entry.state.earned ? COLORS.text : COLORS.muted}
					size={new UDim2(1, 0, 0, 24)}
					layoutOrder={1}
				/>
				<Label
					Key="Description"
					text={text.description}
					role="small"
					color={COLORS.muted}
					size={new UDim2(1, 0, 0, 36)}
					layoutOrder={2}
				/>
				<Label
					Key="Rarity"
					text={`${rarityLabel(text.rarity)} · ${text.points} pts${entry.state.earned ? " · earned" : progress !== undefined ? ` · ${math.floor(progress)}%` : ""}`}
					role="small"
					color={rarityColor(text.rarity)}
					size={new UDim2(1, 0, 0, 18)}
					layoutOrder={3}
				/>
				{!entry.state.earned && progress !== undefined && (
					<ProgressBar
						Key="Progress"
						fraction={progress / 100}
						color={COLORS.accent}
						size={new UDim2(1, 0, 0, 8)}
						layoutOrder={4}
					/>
				)}
			</Card>,
		);
	});
	if (category === ALL) {
		for (let i = 0; i < view.hidden_achievements; i++) {
			rows.set(
				`Secret_${i + 1}`,
				<Card height={ROW_HEIGHT} accent={COLORS.locked} dim={true} layoutOrder={10000 + i}>
					<Label
						Key="Title"
						text={`◌ ${LOCKED_SECRET.title}`}
						bold={true}
						color={COLORS.muted}
						layoutOrder={1}
					/>
					<Label
						Key="Description"
						text={LOCKED_SECRET.description}
						role="small"
						color={COLORS.muted}
						layoutOrder={2}
					/>
				</Card>,
			);
		}
	}
	const earned = entries.filter((entry) => entry.state.earned).size();
	return (
		<TabbedScreen
			title="Achievements"
			tabs={tabs}
			selected={category}
			onSelect={setCategory}
			status={`${earned} earned · ${view.achievement_points} points · showcase ${showcase.size()}/${slots}${replyState(reply) === "refused" ? ` · ${reply}` : ""}`}
			refused={replyState(reply) === "refused"}
		>
			{rows}
		</TabbedScreen>
	);
});
