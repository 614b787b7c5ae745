import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom } from "client/state/store-context";
import { Toast } from "client/ui/toast";
import { Label } from "client/ui/label";
import { COLORS, CORNER } from "client/ui/theme";

const BANNER_SIZE = new UDim2(0.7, 0, 0, 110);
const BANNER_POSITION = new UDim2(0.5, 0, 0.45, 0);
const TOAST_PHONE = new UDim2(0.5, 0, 1, -64);

/** The notification on screen: a level-up as a banner across the middle, the rest as a toast at the top. */
export const NotificationView = hooked("NotificationView", () => {
	const current = useAtom((store) => store.notifications()[0]);
	// a phone's HUD fills its top corners: the toast goes above the menu bar there
	const compact = useAtom((store) => store.textScale().compact);
	if (current === undefined) return undefined;
	if (current.kind === "level_up") {
		return (
			<frame
				Size={BANNER_SIZE}
				Position={BANNER_POSITION}
				AnchorPoint={new Vector2(0.5, 0.5)}
				BackgroundColor3={COLORS.panel}
				ZIndex={10}
			>
				<uicorner CornerRadius={CORNER} />
				<uistroke Color={current.color} Thickness={3} />
				<Label
					Key="Title"
					text={`${current.icon} ${current.title}`}
					role="banner"
					bold={true}
					color={current.color}
					align={Enum.TextXAlignment.Center}
					size={new UDim2(1, 0, 0.6, 0)}
				/>
				<Label
					Key="Body"
					text={current.body}
					align={Enum.TextXAlignment.Center}
					size={new UDim2(1, 0, 0.4, 0)}
					position={new UDim2(0, 0, 0.6, 0)}
				/>
			</frame>
		);
	}
	return (
		<Toast
			icon={current.icon}
			title={current.title}
			body={current.body}
			color={current.color}
			tag={current.tag}
			position={compact ? TOAST_PHONE : undefined}
			anchor={compact ? new Vector2(0.5, 1) : undefined}
		/>
	);
});
