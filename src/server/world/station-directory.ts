import { CollectionService } from "@rbxts/services";

export const STATION_TAG = "LearningStation";
/** Studs beyond a prompt's reach still accepted: the client's position reaches the server a little late. */
export const STATION_TOLERANCE = 2;

type StationTriggered = (player: Player, subject: string) => void;

interface Station {
	readonly part: BasePart;
	readonly prompt: ProximityPrompt;
}

/** Positions come from CFrame: the headless emulation keeps no Position apart from it. */
function positionOf(part: BasePart): Vector3 {
	return part.CFrame.Position;
}

/**
 * The learning stations of the world, found by their CollectionService tag (never by path), by
 * subject: a tagged Part (or Model with a PrimaryPart) with attribute "Subject" and a
 * ProximityPrompt. The server decides whether a student is at a station from their character's
 * position itself; a client's word is never taken.
 */
export class StationDirectory {
	private readonly stations = new Map<string, Station>();
	private readonly listeners = new Array<StationTriggered>();

	public start() {
		for (const instance of CollectionService.GetTagged(STATION_TAG)) this.add(instance);
		CollectionService.GetInstanceAddedSignal(STATION_TAG).Connect((instance) => this.add(instance));
	}

	/** The subjects that have a station, sorted. */
	public subjects(): string[] {
		const list = new Array<string>();
		this.stations.forEach((_, subject) => list.push(subject));
		list.sort();
		return list;
	}

	public stationOf(subject: string): { part: BasePart; prompt: ProximityPrompt } | undefined {
		return this.stations.get(subject);
	}

	/** Whether the player's character stands within the station's prompt reach (plus a small tolerance). */
	public stationNear(player: Player, subject: string): boolean {
		const station = this.stations.get(subject);
		const root = player.Character?.FindFirstChild("HumanoidRootPart");
		if (station === undefined || root === undefined || !root.IsA("BasePart")) return false;
		const distance = positionOf(root).sub(positionOf(station.part)).Magnitude;
		return distance <= station.prompt.MaxActivationDistance + STATION_TOLERANCE;
	}

	/** Called with the player and the station's subject whenever a station's prompt is triggered. */
	public onStationTriggered(listener: StationTriggered) {
		this.listeners.push(listener);
	}

	private add(instance: Instance) {
		const subject = instance.GetAttribute("Subject");
		const part = instance.IsA("Model") ? instance.PrimaryPart : instance.IsA("BasePart") ? instance : undefined;
		const prompt = instance.FindFirstChildWhichIsA("ProximityPrompt", true);
		if (!typeIs(subject, "string") || part === undefined || prompt === undefined) {
			warn(`StationDirectory: ${instance.GetFullName()} needs a string Subject attribute, a part and a prompt`);
			return;
		}
		if (this.stations.has(subject)) {
			warn(`StationDirectory: a second station for "${subject}" (${instance.GetFullName()}) is ignored`);
			return;
		}
		this.stations.set(subject, { part, prompt });
		prompt.Triggered.Connect((player) => {
			// a prompt fires only in reach on Roblox, but a modified client can fire any: check again
			if (!this.stationNear(player, subject)) return;
			for (const listener of this.listeners) listener(player, subject);
		});
	}
}
