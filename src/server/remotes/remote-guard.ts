import { ActionReply } from "shared/remotes";
import { RefusalLog } from "./refusal-log";
import { ALL_REMOTES, LimitedRemote, RATE_LIMITED, RATE_LIMITS } from "./rate-limits";
import { TokenBucket } from "./token-bucket";

/** Said when a handler failed on the server: the request changed nothing. */
export const SERVER_FAULT = "something went wrong on the server, so nothing was changed; please try again";

interface PlayerBuckets {
	readonly all: TokenBucket;
	readonly byRemote: Map<string, TokenBucket>;
}

/**
 * The door of every client-to-server remote: the player's rate limits first, then the handler
 * under pcall, so no payload can raise an error out of a remote; every refusal is logged.
 */
export class RemoteGuard {
	private readonly buckets = new Map<number, PlayerBuckets>();
	private faults = 0;

	public constructor(
		public readonly refusals: RefusalLog,
		private readonly clock: () => number = () => os.clock(),
	) {}

	/**
	 * Runs `handler` for a request of `player` on `remote` and returns its reply; a request over
	 * the limits, or one whose handler raised, gets `refused(reason)` instead.
	 */
	public serve<R>(player: Player, remote: LimitedRemote, refused: (reason: string) => R, handler: () => R): R {
		if (!this.admit(player, remote)) return this.refuse(player, remote, RATE_LIMITED, refused);
		const [ok, reply] = pcall(handler);
		if (ok) return reply;
		this.faults += 1;
		warn(`${remote} from ${player.UserId} failed: ${reply}`);
		return this.refuse(player, remote, SERVER_FAULT, refused);
	}

	/** A refusal that is logged and answered. */
	public refuse<R>(player: Player, remote: string, reason: string, refused: (reason: string) => R): R {
		this.refusals.record(player.UserId, remote, reason, os.time());
		return refused(reason);
	}

	/** Handlers that raised since the server started (a bug: every remote should answer cleanly). */
	public faultCount(): number {
		return this.faults;
	}

	/** A student left: their buckets and their refusals of this visit go. */
	public forget(player: Player) {
		this.buckets.delete(player.UserId);
		this.refusals.forget(player.UserId);
	}

	private admit(player: Player, remote: LimitedRemote): boolean {
		const now = this.clock();
		let buckets = this.buckets.get(player.UserId);
		if (buckets === undefined) {
			buckets = { all: new TokenBucket(ALL_REMOTES, now), byRemote: new Map() };
			this.buckets.set(player.UserId, buckets);
		}
		let bucket = buckets.byRemote.get(remote);
		if (bucket === undefined) {
			bucket = new TokenBucket(RATE_LIMITS[remote], now);
			buckets.byRemote.set(remote, bucket);
		}
		// the remote's own bucket first: a refused request there costs nothing of the shared one
		return bucket.take(now) && buckets.all.take(now);
	}
}

/** The plain refusal most remotes answer with. */
export function refusedAction(reason: string): ActionReply {
	return { ok: false, reason };
}
