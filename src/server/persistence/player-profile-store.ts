import ProfileService from "@rbxts/profileservice";
import { GlobalUpdateData, Profile } from "@rbxts/profileservice/globals";
import { checkForSave, createDefaultProfile, loadProfile, PlayerProfile } from "shared/domain";
import { SaveWatch } from "./save-watch";

/** The DataStore holding every student's profile. */
export const PLAYER_PROFILE_STORE = "PlayerProfiles";

/** The DataStore key of a student's profile. */
export function profileKey(userId: number): string {
	return `player_${userId}`;
}

/** Something sent to a player who may be offline or on another server (a teacher's grant, a gift, a prize). */
export interface Delivery extends GlobalUpdateData {
	readonly Type: "event";
	/** A game event (shared/domain/events.ts), applied once when it reaches the player's profile. */
	readonly event: unknown;
}

/** A loaded, session-locked profile: this server alone may write it until it is released. */
export interface ProfileSession {
	/** The profile as last saved or changed on this server. */
	data(): PlayerProfile;
	/** Replaces the profile (the rules return a new one for every event); saved at the next auto-save. */
	setData(profile: PlayerProfile): void;
	isActive(): boolean;
	release(): void;
	/** Called once when the session ends: released here, or taken over by another server. */
	onReleased(listener: () => void): void;
	/**
	 * Calls `apply` once for every delivery waiting for the player and every one arriving while the
	 * session lasts. `apply` says whether the delivery reached the profile; only then is it cleared,
	 * in the same save as the change it made, so it is applied exactly once, whatever crashes in between.
	 */
	receiveDeliveries(apply: (delivery: Delivery) => boolean): void;
	/**
	 * Called once when the profile could not be saved for SAVE_GIVE_UP_AFTER seconds (failed saves
	 * are retried with backoff meanwhile): the owner tells the student and releases the profile.
	 */
	onSaveFailing(listener: () => void): void;
}

export type LoadOutcome =
	| { readonly ok: true; readonly session: ProfileSession; readonly repairs: string[] }
	| { readonly ok: false; readonly reason: string };

/**
 * The only module that knows about ProfileService (its author now points to ProfileStore; a move
 * stays local to this file).
 */
export class PlayerProfileStore {
	private readonly store = ProfileService.GetProfileStore<PlayerProfile>(
		PLAYER_PROFILE_STORE,
		createDefaultProfile(),
	);
	/** The save watch of every profile held here, by DataStore key. */
	private readonly watches = new Map<string, SaveWatch>();

	public constructor() {
		reportIssuesTo(this.watches);
	}

	/**
	 * Loads and session-locks a student's profile, taking it over from another server under
	 * ProfileService's ForceLoad rules, then migrates and repairs it. Yields. A profile that cannot
	 * be used (a newer schema) is released untouched.
	 */
	public loadSession(userId: number): LoadOutcome {
		const profile = this.store.LoadProfileAsync(profileKey(userId), "ForceLoad");
		if (profile === undefined) return { ok: false, reason: "the profile could not be loaded" };
		const loaded = loadProfile(profile.Data);
		if (!loaded.ok) {
			profile.Release();
			return { ok: false, reason: loaded.reason };
		}
		profile.Data = loaded.profile;
		profile.AddUserId(userId);
		const onSaveFailing = watchSaves(profile, profileKey(userId), this.watches);
		return { ok: true, session: wrap(profile, onSaveFailing), repairs: loaded.repairs };
	}

	/** Queues `delivery` on the player's profile, wherever they are (or are not). Yields. */
	public deliver(userId: number, delivery: Delivery) {
		this.store.GlobalUpdateProfileAsync(profileKey(userId), (updates) => updates.AddActiveUpdate(delivery));
	}

	/** Erases the player's profile (right to erasure). Yields. */
	public erase(userId: number): boolean {
		return this.store.WipeProfileAsync(profileKey(userId));
	}
}

/** Hands every DataStore error ProfileService reports on a held profile's key to its watch. */
function reportIssuesTo(watches: Map<string, SaveWatch>) {
	ProfileService.IssueSignal.Connect((_message, storeName, key) => {
		if (storeName === PLAYER_PROFILE_STORE) watches.get(key)?.failed();
	});
}

/**
 * Retries the profile's failed saves sooner than the next auto-save (see SaveWatch), and tells the
 * session's listeners when saves have failed for too long. Every successful save (MetaTagsUpdated
 * fires after each) resets the watch; the watch ends with the session.
 */
function watchSaves(
	profile: Profile<PlayerProfile>,
	key: string,
	watches: Map<string, SaveWatch>,
): (this: void, listener: () => void) => void {
	const failing = new Array<() => void>();
	const target = {
		save() {
			profile.Save();
		},
		isActive() {
			return profile.IsActive();
		},
	};
	const watch = new SaveWatch(target, () => failing.forEach((listener) => listener()));
	watches.get(key)?.stop();
	watches.set(key, watch);
	profile.MetaTagsUpdated.Connect(() => watch.saved());
	profile.ListenToRelease(() => {
		watch.stop();
		if (watches.get(key) === watch) watches.delete(key);
	});
	return (listener) => failing.push(listener);
}

function wrap(
	profile: Profile<PlayerProfile>,
	listenToSaveFailing: (this: void, listener: () => void) => void,
): ProfileSession {
	return {
		onSaveFailing(listener) {
			listenToSaveFailing(listener);
		},
		data() {
			return profile.Data;
		},
		setData(data) {
			// a non-finite number or a 4 MB profile would make this and every later save fail
			const checked = checkForSave(data);
			if (checked.changes.size() > 0) warn(`profile repaired before saving: ${checked.changes.join("; ")}`);
			profile.Data = checked.profile;
		},
		isActive() {
			return profile.IsActive();
		},
		release() {
			profile.Release();
		},
		onReleased(listener) {
			profile.ListenToRelease(() => listener());
		},
		receiveDeliveries(apply) {
			const updates = profile.GlobalUpdates;
			const take = (id: number, data: GlobalUpdateData) => {
				if (!profile.IsActive()) return;
				if (apply(data as Delivery)) updates.ClearLockedUpdate(id);
			};
			for (const [id, data] of updates.GetLockedUpdates()) take(id, data);
			updates.ListenToNewLockedUpdate(take);
			for (const [id] of updates.GetActiveUpdates()) updates.LockActiveUpdate(id);
			updates.ListenToNewActiveUpdate((id) => updates.LockActiveUpdate(id));
		},
	};
}
