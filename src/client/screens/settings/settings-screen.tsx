import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom, useClient } from "client/state/store-context";
import { Card, SideButton } from "client/ui/card";
import { Label } from "client/ui/label";
import { ScrollList } from "client/ui/scroll-list";
import { COLORS } from "client/ui/theme";
import { ScreenPanel } from "client/screens/screen-panel";
import { replyState } from "client/screens/tabbed-screen";

const NOTIFICATION_SWITCHES = [
	["achievements", "Achievements and badges", "A card when you earn one."],
	["level_up", "Level-ups", "A banner when you reach a new level."],
	["challenges", "Quests", "Progress and completed quests."],
	["friend_activity", "Classmates", "When a classmate sends you a gift."],
] as const;
const PRIVACY_SWITCHES = [
	["show_profile", "Show my profile", "Students outside your class can see your card."],
	["show_stats", "Show my stats", "You can appear on boards beyond your class."],
	["allow_challenges", "Allow challenges", "Classmates can challenge you."],
	["allow_friend_requests", "Allow friend requests", "Others can ask to be your friend."],
] as const;
const ROW_HEIGHT = 72;

function switchCard(title: string, help: string, on: boolean, order: number, onToggle: () => void) {
	return (
		<Card
			height={ROW_HEIGHT}
			layoutOrder={order}
			side={<SideButton text={on ? "✔ On" : "✖ Off"} tone={on ? "selected" : "neutral"} onClick={onToggle} />}
		>
			<Label Key="Title" text={title} bold={true} layoutOrder={1} />
			<Label Key="Help" text={help} role="small" color={COLORS.muted} layoutOrder={2} />
		</Card>
	);
}

/** Notifications, privacy and larger text; each switch says On or Off in words. */
export const SettingsScreen = hooked("SettingsScreen", () => {
	const { actions } = useClient();
	const settings = useAtom((store) => store.view()?.settings);
	const larger = useAtom((store) => store.textScale().larger);
	const reply = useAtom((store) => store.replies().get("settings"));
	if (settings === undefined) return <ScreenPanel title="Settings" />;
	const rows = new Map<string, Roact.Element>();
	rows.set("NotificationsTitle", <Label text="Notifications" role="heading" bold={true} layoutOrder={0} />);
	NOTIFICATION_SWITCHES.forEach(([name, title, help], index) => {
		const on = settings.notifications[name];
		rows.set(
			`Notify_${name}`,
			switchCard(title, help, on, 1 + index, () => actions.act("SetNotifications", { [name]: !on }, "settings")),
		);
	});
	rows.set("PrivacyTitle", <Label text="Privacy" role="heading" bold={true} layoutOrder={10} />);
	PRIVACY_SWITCHES.forEach(([name, title, help], index) => {
		const on = settings.privacy[name];
		rows.set(
			`Privacy_${name}`,
			switchCard(title, help, on, 11 + index, () => actions.act("SetPrivacy", { [name]: !on }, "settings")),
		);
	});
	rows.set("ReadingTitle", <Label text="Reading" role="heading" bold={true} layoutOrder={20} />);
	rows.set(
		"LargerText",
		switchCard("Larger text", "Every screen's text a quarter bigger.", larger, 21, () =>
			actions.setLargerText(!larger),
		),
	);
	const failed = replyState(reply) === "refused";
	return (
		<ScreenPanel title="Settings">
			{failed && <Label Key="Problem" text={`ⓘ ${reply}`} color={COLORS.danger} />}
			<frame
				Key="List"
				Size={new UDim2(1, 0, 1, failed ? -36 : 0)}
				Position={new UDim2(0, 0, 0, failed ? 36 : 0)}
				BackgroundTransparency={1}
			>
				<ScrollList>{rows}</ScrollList>
			</frame>
		</ScreenPanel>
	);
});
