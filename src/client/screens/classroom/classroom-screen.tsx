import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom } from "client/state/store-context";
import { Label } from "client/ui/label";
import { COLORS } from "client/ui/theme";
import { ScreenPanel } from "client/screens/screen-panel";
import { ConsoleScreen } from "client/screens/console/console-screen";
import { ClassPage } from "./class-page";
import { JoinScreen } from "./join-screen";

/**
 * The menu's Class screen: in the hub, the join screen (and Create a class for a teacher); on a
 * class server, the teacher's console or a student's class page. Which one is decided by the
 * place and role the server sent, never by the client.
 */
export const ClassroomScreen = hooked("ClassroomScreen", () => {
	const place = useAtom((store) => store.classView()?.place);
	const role = useAtom((store) => store.classView()?.role);
	if (place === undefined)
		return (
			<ScreenPanel title="Class">
				<Label Key="Waiting" text="Asking the server about your class…" color={COLORS.muted} />
			</ScreenPanel>
		);
	if (place === "hub") return <JoinScreen />;
	return role === "teacher" ? <ConsoleScreen /> : <ClassPage />;
});
