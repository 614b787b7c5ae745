import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { getPublicCatalog } from "shared/catalog";
import { STUDENT_STATS } from "shared/view/student-view";
import { useAtom } from "client/state/store-context";
import { Card } from "client/ui/card";
import { Label } from "client/ui/label";
import { ScrollList } from "client/ui/scroll-list";
import { COLORS, CORNER, GAP, rarityColor, rarityLabel } from "client/ui/theme";
import { achievementText } from "client/screens/achievements/achievement-text";
import { ScreenPanel } from "client/screens/screen-panel";
import { STAT_LABELS } from "./stat-names";

const CARD_WIDTH = 0.38;
const AVATAR_SIZE = 96;

/** The student's card: name, title, avatar frame, level, showcase and statistics. */
export const ProfileScreen = hooked("ProfileScreen", () => {
	const view = useAtom((store) => store.view());
	if (view === undefined) return <ScreenPanel title="Profile" />;
	const catalog = getPublicCatalog();
	const frame = catalog.rewards.get(view.avatar_frame);
	const showcase = new Map<string, Roact.Element>();
	view.showcase.forEach((achievementId, index) => {
		const text = achievementText(achievementId, catalog, view);
		showcase.set(
			`Showcase_${achievementId}`,
			<Card height={56} accent={rarityColor(text.rarity)} layoutOrder={index}>
				<Label Key="Title" text={`★ ${text.title}`} bold={true} size={new UDim2(1, 0, 0, 24)} layoutOrder={1} />
				<Label
					Key="Rarity"
					text={`${rarityLabel(text.rarity)} · ${text.points} pts`}
					role="small"
					color={COLORS.muted}
					size={new UDim2(1, 0, 0, 20)}
					layoutOrder={2}
				/>
			</Card>,
		);
	});
	const stats = new Map<string, Roact.Element>();
	STUDENT_STATS.forEach((name, index) => {
		const stat = STAT_LABELS[name];
		stats.set(
			`Stat_${name}`,
			<Card height={60} layoutOrder={index}>
				<Label Key="Value" text={stat.format(view.stats[name])} role="heading" bold={true} layoutOrder={1} />
				<Label Key="Name" text={stat.label} role="small" color={COLORS.muted} layoutOrder={2} />
			</Card>,
		);
	});
	return (
		<ScreenPanel title="Profile">
			<frame Key="Card" Size={new UDim2(CARD_WIDTH, -GAP, 1, 0)} BackgroundColor3={COLORS.surface}>
				<uicorner CornerRadius={CORNER} />
				<frame
					Key="Avatar"
					Size={new UDim2(0, AVATAR_SIZE, 0, AVATAR_SIZE)}
					Position={new UDim2(0.5, 0, 0, GAP)}
					AnchorPoint={new Vector2(0.5, 0)}
					BackgroundColor3={COLORS.surfaceRaised}
				>
					<uicorner CornerRadius={new UDim(1, 0)} />
					<uistroke
						Color={frame !== undefined ? rarityColor(frame.display.rarity) : COLORS.stroke}
						Thickness={4}
					/>
					<Label
						Key="Initial"
						text={view.display_name.sub(1, 1).upper()}
						role="banner"
						bold={true}
						align={Enum.TextXAlignment.Center}
						size={new UDim2(1, 0, 1, 0)}
					/>
				</frame>
				<Label
					Key="Name"
					text={view.display_name}
					role="heading"
					bold={true}
					align={Enum.TextXAlignment.Center}
					size={new UDim2(1, 0, 0, 28)}
					position={new UDim2(0, 0, 0, AVATAR_SIZE + 2 * GAP)}
				/>
				<Label
					Key="Title"
					text={view.title !== "" ? `“${view.title}”` : "No title yet"}
					color={COLORS.muted}
					align={Enum.TextXAlignment.Center}
					size={new UDim2(1, 0, 0, 24)}
					position={new UDim2(0, 0, 0, AVATAR_SIZE + 2 * GAP + 28)}
				/>
				<Label
					Key="Level"
					text={`Level ${view.level}${view.prestige > 0 ? ` ★${view.prestige}` : ""} · ${view.total_xp} XP`}
					align={Enum.TextXAlignment.Center}
					size={new UDim2(1, 0, 0, 24)}
					position={new UDim2(0, 0, 0, AVATAR_SIZE + 2 * GAP + 54)}
				/>
				<Label
					Key="Frame"
					text={frame !== undefined ? `Frame: ${frame.display.title}` : "Frame: none"}
					role="small"
					color={COLORS.muted}
					align={Enum.TextXAlignment.Center}
					size={new UDim2(1, 0, 0, 20)}
					position={new UDim2(0, 0, 0, AVATAR_SIZE + 2 * GAP + 80)}
				/>
				<Label
					Key="Points"
					text={`${view.achievement_points} achievement points · best streak ${view.streak.best} days`}
					role="small"
					color={COLORS.muted}
					align={Enum.TextXAlignment.Center}
					size={new UDim2(1, -2 * GAP, 0, 40)}
					position={new UDim2(0, GAP, 0, AVATAR_SIZE + 2 * GAP + 102)}
				/>
			</frame>
			<frame
				Key="Details"
				Size={new UDim2(1 - CARD_WIDTH, -GAP, 1, 0)}
				Position={new UDim2(CARD_WIDTH, GAP, 0, 0)}
				BackgroundTransparency={1}
			>
				<Label Key="ShowcaseTitle" text="Showcase" role="heading" bold={true} />
				<frame
					Key="Showcase"
					Size={new UDim2(1, 0, 0.4, -36)}
					Position={new UDim2(0, 0, 0, 32)}
					BackgroundTransparency={1}
				>
					{view.showcase.size() > 0 ? (
						<ScrollList>{showcase}</ScrollList>
					) : (
						<Label
							Key="Empty"
							text={`Feature up to ${catalog.settings.showcase_slots} achievements from the Awards screen.`}
							color={COLORS.muted}
							autoHeight={true}
						/>
					)}
				</frame>
				<Label
					Key="StatsTitle"
					text="Statistics"
					role="heading"
					bold={true}
					position={new UDim2(0, 0, 0.4, 0)}
				/>
				<frame
					Key="Stats"
					Size={new UDim2(1, 0, 0.6, -36)}
					Position={new UDim2(0, 0, 0.4, 32)}
					BackgroundTransparency={1}
				>
					<ScrollList cellSize={new UDim2(0.5, -GAP, 0, 60)}>{stats}</ScrollList>
				</frame>
			</frame>
		</ScreenPanel>
	);
});
