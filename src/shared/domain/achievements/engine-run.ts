import { deepCopy } from "shared/util/deep-copy";
import { AchievementProgress, PlayerProfile } from "shared/domain/profile/player-profile";

/**
 * What one run of the engine over one event remembers. Progress entries are shared with the
 * profile the event started from (copying hundreds of them per event would dominate the cost).
 * Until the event is accepted, and always when the caller keeps that profile (`processEvent`), an
 * entry is copied the first time this run writes to it; once an event its caller handed over
 * (`processOwnedEvent`) is accepted, nothing can undo it, and entries are written in place.
 */
export class EngineRun {
	/** Achievements earned in this run: a stackable one is earned at most once per event. */
	public readonly awarded = new Set<string>();
	/** Quests assigned during this event: what happened before they started does not count for them. */
	public readonly newQuests = new Set<string>();
	private readonly copied = new Set<string>();
	private inPlace = false;

	/** The event was accepted and the profile it started from was handed over: write entries in place from now on. */
	public writeInPlace() {
		this.inPlace = true;
	}

	/** The entry of `achievementId`, safe to modify. */
	public writable(profile: PlayerProfile, achievementId: string): AchievementProgress | undefined {
		const state = profile.achievement_progress[achievementId];
		if (state === undefined || this.inPlace || this.copied.has(achievementId)) return state;
		const copy = deepCopy(state);
		profile.achievement_progress[achievementId] = copy;
		this.copied.add(achievementId);
		return copy;
	}

	/** Records a new entry, which belongs to this run already. */
	public create(profile: PlayerProfile, achievementId: string, state: AchievementProgress) {
		profile.achievement_progress[achievementId] = state;
		if (!this.inPlace) this.copied.add(achievementId);
	}
}
