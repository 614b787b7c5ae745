import { TeleportService } from "@rbxts/services";

/** Failures Roblox documents as passing (the teleport system busy): tried again after a pause. */
const RETRIED: readonly Enum.TeleportResult[] = [Enum.TeleportResult.Flooded, Enum.TeleportResult.Failure];
const MAX_ATTEMPTS = 3;

interface Pending {
	readonly accessCode: string;
	readonly data: object;
	attempts: number;
}

/**
 * Moves players to a class's reserved server with `TeleportAsync` and its access code. A
 * teleport that fails as Flooded or Failure is tried again after 2 s, then 4 s (Roblox's guide to
 * teleports recommends retrying these); any other failure, or the third, is told to the player.
 */
export class Teleports {
	private readonly pending = new Map<Player, Pending>();

	public constructor(private readonly gaveUp: (player: Player, message: string) => void) {}

	public start() {
		TeleportService.TeleportInitFailed.Connect((player, result, message) => this.failed(player, result, message));
	}

	/** Starts the teleport; returns why it could not start, or undefined. Yields. */
	public send(player: Player, accessCode: string, data: object): string | undefined {
		const pending: Pending = { accessCode, data, attempts: 1 };
		this.pending.set(player, pending);
		return this.attempt(player, pending);
	}

	private attempt(player: Player, pending: Pending): string | undefined {
		const options = new Instance("TeleportOptions");
		options.ReservedServerAccessCode = pending.accessCode;
		options.SetTeleportData(pending.data);
		const [ok, err] = pcall(() => TeleportService.TeleportAsync(game.PlaceId, [player], options));
		if (ok) return undefined;
		this.pending.delete(player);
		warn(`teleport of ${player.UserId} did not start: ${err}`);
		return "the teleport could not start just now: please try again in a moment";
	}

	private failed(player: Player, result: Enum.TeleportResult, message: string) {
		const pending = this.pending.get(player);
		if (pending === undefined) return;
		if (RETRIED.includes(result) && pending.attempts < MAX_ATTEMPTS) {
			pending.attempts += 1;
			task.delay(2 ** (pending.attempts - 1), () => {
				if (player.Parent !== undefined && this.pending.get(player) === pending) this.attempt(player, pending);
			});
			return;
		}
		this.pending.delete(player);
		warn(`teleport of ${player.UserId} failed (${result.Name}): ${message}`);
		this.gaveUp(player, teleportMessage(result));
	}
}

function teleportMessage(result: Enum.TeleportResult): string {
	if (result === Enum.TeleportResult.GameFull) return "the class is full: ask your teacher";
	if (result === Enum.TeleportResult.GameEnded)
		return "the class's server has closed: ask your teacher for a new code";
	return "the teleport to your class did not work: please try again";
}
