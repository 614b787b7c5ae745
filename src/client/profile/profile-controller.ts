import { ProfileSnapshot } from "shared/domain";
import { Remotes } from "shared/remotes";

/** Holds the latest snapshot of the student's own profile, as the server last sent it. */
export class ProfileController {
	private snapshot: ProfileSnapshot | undefined;
	private readonly listeners = new Array<(snapshot: ProfileSnapshot) => void>();

	public start() {
		Remotes.Client.Get("ProfileChanged").Connect((snapshot) => this.update(snapshot));
		Remotes.Client.Get("GetProfileSnapshot")
			.CallServerAsync()
			.then((snapshot) => {
				if (snapshot !== undefined && this.snapshot === undefined) this.update(snapshot);
			})
			.catch((err) => warn(`could not fetch the profile: ${err}`));
	}

	public current() {
		return this.snapshot;
	}

	public onChanged(listener: (snapshot: ProfileSnapshot) => void) {
		this.listeners.push(listener);
	}

	private update(snapshot: ProfileSnapshot) {
		this.snapshot = snapshot;
		for (const listener of this.listeners) listener(snapshot);
	}
}
