import Net from "@rbxts/net";
import { ProfileSnapshot } from "shared/domain";

/**
 * Every remote between client and server. A client-to-server remote that takes arguments
 * validates them with `t` here; the server never trusts what a client sends.
 */
export const Remotes = Net.Definitions.Create({
	/** The student's own profile, as the HUD shows it; undefined until it has loaded. */
	GetProfileSnapshot: Net.Definitions.ServerAsyncFunction<() => ProfileSnapshot | undefined>([
		Net.Middleware.RateLimit({ MaxRequestsPerMinute: 30 }),
	]),
	/** Pushed to a student whenever their profile changes. */
	ProfileChanged: Net.Definitions.ServerToClientEvent<[snapshot: ProfileSnapshot]>(),
});
