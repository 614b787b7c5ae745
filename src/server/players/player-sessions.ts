import { HttpService, LocalizationService, Players } from "@rbxts/services";
import { PlayerProfileStore, ProfileSession } from "server/persistence/player-profile-store";
import { PlayerProfile } from "shared/domain";

export const LOAD_FAILED_MESSAGE =
	"We couldn't load your progress just now, so nothing was changed. Please rejoin in a minute.";
/** A profile that could not be saved for minutes: the student leaves, and the profile is released (saved once it can be). */
export const SAVE_FAILED_MESSAGE =
	"We couldn't save your progress for a few minutes, so we stopped here to keep it safe. Please rejoin in a minute.";
export const SESSION_TAKEN_MESSAGE = "Your progress was opened on another server. Please rejoin.";

/** Called once a student's profile is loaded and held here; `joinedAt` is when they arrived. */
export type LoadedHook = (player: Player, session: ProfileSession, joinedAt: number) => void;
/** Called while a leaving student's profile is still held, before it is released. May yield. */
export type BeforeReleaseHook = (player: Player, session: ProfileSession) => void;
/** Called when a student leaves before their profile loaded (nothing of theirs is held). */
export type LeftWhileLoadingHook = (userId: number) => void;
/** Called once a student has left this server, whatever state their profile was in. */
export type LeftHook = (player: Player) => void;

/**
 * The one owner of every student's lifecycle on this server, and the only listener of
 * `PlayerRemoving`: load on join (migrated and repaired), a friendly kick when it cannot load,
 * release if they left while it loaded. Services register hooks, run in the order registered:
 * `onLoaded` once the profile is held; `beforeRelease` when the student leaves, while the profile
 * is still loaded (a leaderboard flush reads it), then the profile is released.
 */
export class PlayerSessions {
	/** Held profiles by user id: found by id too while leave hooks run (the Player may be gone by then). */
	private readonly held = new Map<number, { readonly player: Player; readonly session: ProfileSession }>();
	/** The held students in the order they loaded (a map's order is not stable in Luau). */
	private readonly order = new Array<Player>();
	private readonly loading = new Set<number>();
	/** Students whose last visit's profile is being released now. */
	private readonly releasing = new Set<number>();
	private readonly loadedHooks = new Array<LoadedHook>();
	private readonly releaseHooks = new Array<BeforeReleaseHook>();
	private readonly leftWhileLoadingHooks = new Array<LeftWhileLoadingHook>();
	private readonly leftHooks = new Array<LeftHook>();

	/**
	 * The class-scope leaderboard group a loaded profile is put in: on a classroom server its
	 * class's board (the classroom sets it once its record is loaded), elsewhere the private
	 * server's id ("" in the public hub: no class board).
	 */
	public classGroup: () => string = () => game.PrivateServerId;

	public constructor(private readonly store: PlayerProfileStore) {}

	public start() {
		Players.PlayerAdded.Connect((player) => this.onJoin(player));
		Players.PlayerRemoving.Connect((player) => this.onLeave(player));
		for (const player of Players.GetPlayers()) task.spawn(() => this.onJoin(player));
	}

	/** The loaded profile of a student on this server, if any. */
	public profileOf(player: Player): PlayerProfile | undefined {
		return this.sessionOf(player)?.data();
	}

	/** The held session of a student on this server (undefined once released or taken over). */
	public sessionOf(player: Player): ProfileSession | undefined {
		const entry = this.held.get(player.UserId);
		return entry !== undefined && entry.player === player ? active(entry.session) : undefined;
	}

	/** The held session of a student by user id, also while their leave hooks run. */
	public sessionOfUser(userId: number): ProfileSession | undefined {
		return active(this.held.get(userId)?.session);
	}

	/** The students whose profiles are held here, in the order they loaded. */
	public players(): Player[] {
		return this.order.filter((player) => this.sessionOf(player) !== undefined);
	}

	/** Whether the student is on this server with a profile still loading. */
	public isLoading(userId: number): boolean {
		return this.loading.has(userId);
	}

	public onLoaded(hook: LoadedHook) {
		this.loadedHooks.push(hook);
	}

	public beforeRelease(hook: BeforeReleaseHook) {
		this.releaseHooks.push(hook);
	}

	public onLeftWhileLoading(hook: LeftWhileLoadingHook) {
		this.leftWhileLoadingHooks.push(hook);
	}

	/** After a student left (per-visit state such as rate limits and an open activity is dropped). */
	public onLeft(hook: LeftHook) {
		this.leftHooks.push(hook);
	}

	private onJoin(player: Player) {
		const userId = player.UserId;
		const joinedAt = os.time();
		this.loading.add(userId);
		// a student who rejoins this server while their last visit is still being released waits for
		// it: ProfileService refuses a second load of a profile this server still holds
		while (this.releasing.has(userId) && player.Parent === Players) task.wait(0.5);
		const [loaded, outcome] = pcall(() => this.store.loadSession(userId));
		const left = player.Parent !== Players;
		if (!loaded || !outcome.ok) {
			this.loading.delete(userId);
			warn(`profile of ${userId} not loaded: ${loaded ? (outcome as { reason: string }).reason : outcome}`);
			if (!left) player.Kick(LOAD_FAILED_MESSAGE);
			// what waited for the profile goes to the student's next visit instead
			for (const hook of this.leftWhileLoadingHooks) hook(userId);
			return;
		}
		const session = outcome.session;
		if (outcome.repairs.size() > 0) warn(`profile of ${userId} repaired: ${outcome.repairs.join("; ")}`);
		stampIdentity(session.data(), player, this.classGroup(), joinedAt);
		this.loading.delete(userId);
		if (player.Parent !== Players) {
			// they left while the profile was loading (the country look-up yields too): hold no lock
			session.release();
			for (const hook of this.leftWhileLoadingHooks) hook(userId);
			return;
		}
		session.onReleased(() => {
			// still registered means we did not release it ourselves: another server took it over
			if (this.held.get(userId)?.session !== session) return;
			this.forget(player);
			if (player.Parent === Players) player.Kick(SESSION_TAKEN_MESSAGE);
		});
		session.onSaveFailing(() => {
			warn(`profile of ${userId} could not be saved for minutes: releasing it`);
			// leaving runs the usual release, which ProfileService retries until the save lands
			if (player.Parent === Players) player.Kick(SAVE_FAILED_MESSAGE);
		});
		this.held.set(userId, { player, session });
		this.order.push(player);
		for (const hook of this.loadedHooks) {
			const [ok, err] = pcall(() => hook(player, session, joinedAt));
			if (!ok) warn(`after loading the profile of ${userId}: ${err}`);
		}
	}

	private onLeave(player: Player) {
		this.release(player);
		for (const hook of this.leftHooks) {
			const [ok, err] = pcall(() => hook(player));
			if (!ok) warn(`after ${player.UserId} left: ${err}`);
		}
	}

	private release(player: Player) {
		const userId = player.UserId;
		const session = this.held.get(userId)?.session;
		if (session === undefined) {
			if (this.loading.has(userId)) {
				// from now on, events for them are delivered, not queued for a load that will be released
				this.loading.delete(userId);
				for (const hook of this.leftWhileLoadingHooks) hook(userId);
			}
			return;
		}
		this.releasing.add(userId);
		if (session.isActive()) {
			for (const hook of this.releaseHooks) {
				// one failing hook must not keep the profile locked or stop the others
				const [ok, err] = pcall(() => hook(player, session));
				if (!ok) warn(`before releasing the profile of ${userId}: ${err}`);
			}
		}
		this.forget(player);
		session.release();
		this.releasing.delete(userId);
	}

	private forget(player: Player) {
		if (this.held.get(player.UserId)?.player === player) this.held.delete(player.UserId);
		const index = this.order.indexOf(player);
		if (index >= 0) this.order.remove(index);
	}
}

function active(session: ProfileSession | undefined): ProfileSession | undefined {
	return session !== undefined && session.isActive() ? session : undefined;
}

/** Gives a new profile its identity, and keeps the names current (a student can rename). */
function stampIdentity(profile: PlayerProfile, player: Player, classGroup: string, now: number) {
	if (profile.id === "") {
		profile.id = HttpService.GenerateGUID(false);
		profile.created_at = now;
	}
	profile.user_id = tostring(player.UserId);
	profile.profile.username = player.Name;
	profile.profile.display_name = player.DisplayName;
	// a classroom is a private server: its class boards are that class's
	profile.classroom.class_id = classGroup;
	const [found, country] = pcall(() => LocalizationService.GetCountryRegionForPlayerAsync(player));
	if (found) profile.classroom.country = country;
}
