import { HttpService, LocalizationService, Players } from "@rbxts/services";
import { PlayerProfileStore, ProfileSession } from "server/persistence/player-profile-store";
import { PlayerProfile } from "shared/domain/profile/player-profile";

export const LOAD_FAILED_MESSAGE =
	"We couldn't load your progress just now, so nothing was changed. Please rejoin in a minute.";
export const SESSION_TAKEN_MESSAGE = "Your progress was opened on another server. Please rejoin.";

/**
 * The profile lifecycle of every student on this server: load on join (migrated and repaired),
 * release if they left while it loaded, a friendly kick when it cannot load, release on leave.
 */
export class PlayerSessions {
	private readonly sessions = new Map<Player, ProfileSession>();
	private readonly loading = new Set<number>();
	private readonly loadedListeners = new Array<(player: Player, session: ProfileSession) => void>();

	public constructor(private readonly store: PlayerProfileStore) {}

	public start() {
		Players.PlayerAdded.Connect((player) => this.onJoin(player));
		Players.PlayerRemoving.Connect((player) => this.onLeave(player));
		for (const player of Players.GetPlayers()) task.spawn(() => this.onJoin(player));
	}

	/** The loaded profile of a student on this server, if any. */
	public profileOf(player: Player): PlayerProfile | undefined {
		return this.sessions.get(player)?.data();
	}

	public sessionOf(player: Player): ProfileSession | undefined {
		return this.sessions.get(player);
	}

	/** Whether the student is on this server with a profile still loading. */
	public isLoading(userId: number): boolean {
		return this.loading.has(userId);
	}

	public onProfileLoaded(listener: (player: Player, session: ProfileSession) => void) {
		this.loadedListeners.push(listener);
	}

	private onJoin(player: Player) {
		this.loading.add(player.UserId);
		const outcome = this.store.loadSession(player.UserId);
		this.loading.delete(player.UserId);
		if (!outcome.ok) {
			warn(`profile of ${player.UserId} not loaded: ${outcome.reason}`);
			if (player.Parent === Players) player.Kick(LOAD_FAILED_MESSAGE);
			return;
		}
		const session = outcome.session;
		if (outcome.repairs.size() > 0) warn(`profile of ${player.UserId} repaired: ${outcome.repairs.join("; ")}`);
		if (player.Parent !== Players) {
			// they left while the profile was loading: hold no lock for them
			session.release();
			return;
		}
		stampIdentity(session.data(), player);
		session.onReleased(() => {
			// still registered means we did not release it ourselves: another server took it over
			if (this.sessions.get(player) !== session) return;
			this.sessions.delete(player);
			if (player.Parent === Players) player.Kick(SESSION_TAKEN_MESSAGE);
		});
		this.sessions.set(player, session);
		for (const listener of this.loadedListeners) listener(player, session);
	}

	private onLeave(player: Player) {
		const session = this.sessions.get(player);
		this.sessions.delete(player);
		session?.release();
	}
}

/** Gives a new profile its identity, and keeps the names current (a student can rename). */
function stampIdentity(profile: PlayerProfile, player: Player) {
	const now = os.time();
	if (profile.id === "") {
		profile.id = HttpService.GenerateGUID(false);
		profile.created_at = now;
	}
	profile.user_id = tostring(player.UserId);
	profile.profile.username = player.Name;
	profile.profile.display_name = player.DisplayName;
	profile.last_active = now;
	// a classroom is a private server: its class boards are that server's
	profile.classroom.class_id = game.PrivateServerId;
	const [found, country] = pcall(() => LocalizationService.GetCountryRegionForPlayerAsync(player));
	if (found) profile.classroom.country = country;
}
