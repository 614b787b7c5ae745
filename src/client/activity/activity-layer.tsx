import Roact from "@rbxts/roact";
import { hooked } from "client/ui/hooked";
import { useAtom, useClient } from "client/state/store-context";
import { ActivityPanel } from "./activity-panel";

/** The activity panel while the student is in an activity (over any open screen). */
export const ActivityLayer = hooked("ActivityLayer", () => {
	const { activity } = useClient();
	const state = useAtom((store) => store.activity());
	if (state === undefined || activity === undefined) return undefined;
	return <ActivityPanel state={state} {...activity} />;
});
