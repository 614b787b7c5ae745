import { PlayerProfileStore } from "./persistence/player-profile-store";
import { PlayerSessions } from "./players/player-sessions";
import { serveProfileSnapshots } from "./profile/profile-remotes";

/** The composition root: builds every server service with its dependencies and starts them once. */
export function startServer() {
	const sessions = new PlayerSessions(new PlayerProfileStore());
	serveProfileSnapshots(sessions);
	sessions.start();
	return { sessions };
}
