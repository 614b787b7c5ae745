import { namespaceOf, RATE_LIMITS } from "server/remotes/rate-limits";
import { holdings, remotesOf } from "../helpers/remotes";
import { joinAndLoad, liveProfile, servicesOf } from "../helpers/server";
import { waitUntil, withWorld } from "../helpers/world";

const ANA = 4301;
const BEN = 4302;
const PAYLOADS_PER_CLIENT = 5000;
/** Requests a client fires each second: under its shared limit, so nearly all reach the handlers. */
const PER_SECOND = 9;

type Remote = keyof typeof RATE_LIMITS;
const REMOTES = new Array<Remote>();
for (const [name] of pairs(RATE_LIMITS)) REMOTES.push(name);
REMOTES.sort();

/** Field names the remotes know, and some they do not, for tables that look almost right. */
const FIELD_NAMES = [
	"badge_id",
	"board_id",
	"reward_id",
	"item_id",
	"quest_id",
	"rating",
	"achievement_ids",
	"to_user_id",
	"user_id",
	"Achievements",
	"show_profile ",
	"subject",
	"mode",
	"question",
	"answer",
	"kind",
	"xp",
	"price",
	"__index",
	"",
];

/**
 * Strings near real ones but never one (a real id would make a valid request): case, spaces, a
 * NUL, a prefix; and strings of every sort.
 */
const NEAR_IDS = ["Streak_Flame", "snack_pack ", " math", "streak_flame\0", "daily_learnerx", "MATH", "q1 ", "lesson"];

/**
 * Random values of every kind (never a whole request that could be valid: no real id, no field
 * name a settings request takes, no user id), a remote can carry, and some the network never delivers on
 * Roblox (the emulation copies them as they are, which is the harsher test).
 */
class PayloadMaker {
	public constructor(
		private readonly rng: Random,
		private readonly instances: Instance[],
	) {}

	public value(depth = 0): unknown {
		const roll = this.rng.NextInteger(1, depth > 3 ? 8 : 12);
		switch (roll) {
			case 1:
				return undefined;
			case 2:
				return this.rng.NextNumber() < 0.5;
			case 3:
				return this.number();
			case 4:
				return this.number();
			case 5:
				return this.text();
			case 6:
				return NEAR_IDS[this.rng.NextInteger(0, NEAR_IDS.size() - 1)];
			case 7:
				return this.instances[this.rng.NextInteger(0, this.instances.size() - 1)];
			case 8:
				return {};
			case 9:
				return this.record(depth);
			case 10:
				return this.list(depth);
			case 11:
				return this.deep();
			default:
				return this.record(depth);
		}
	}

	private number(): number {
		const specials = [0, -0, -1, 1.5, 0 / 0, math.huge, -math.huge, 1e308, -1e308, 2 ** 53, 2 ** 63, 1e-300, 5, 6];
		if (this.rng.NextNumber() < 0.6) return specials[this.rng.NextInteger(0, specials.size() - 1)];
		return this.rng.NextNumber(-1e9, 1e9);
	}

	private text(): string {
		const roll = this.rng.NextInteger(1, 5);
		if (roll === 1) return "";
		if (roll === 2) return string.rep("x", this.rng.NextNumber() < 0.05 ? 200000 : this.rng.NextInteger(101, 5000));
		if (roll === 3) return "éè😀\xff\xfe";
		if (roll === 4) return tostring(this.rng.NextInteger(-10, 0)) + (this.rng.NextNumber() < 0.5 ? ".5" : "");
		return FIELD_NAMES[this.rng.NextInteger(0, FIELD_NAMES.size() - 1)];
	}

	private record(depth: number): Record<string, unknown> {
		const fields: Record<string, unknown> = {};
		for (let i = this.rng.NextInteger(1, 4); i > 0; i--) {
			fields[FIELD_NAMES[this.rng.NextInteger(0, FIELD_NAMES.size() - 1)]] = this.value(depth + 1);
		}
		return fields;
	}

	private list(depth: number): defined[] {
		const list = new Array<defined>();
		for (let i = this.rng.NextInteger(1, 5); i > 0; i--) list.push((this.value(depth + 1) ?? 0) as defined);
		return list;
	}

	private deep(): unknown {
		let value: unknown = { badge_id: "x" };
		for (let i = this.rng.NextInteger(50, 400); i > 0; i--) value = { answer: value };
		return value;
	}
}

/** What the fuzz needs of a client remote: to call it with anything. */
interface ClientRemote {
	CallServerAsync(value?: unknown): Promise<unknown>;
}

/**
 * Each client's remotes, held once as a script would: Net's Get waits a frame each time, which
 * would spread the payloads over frames and make the run slow for nothing.
 */
const held = new Map<EmulatedClient, Map<Remote, ClientRemote>>();

function remoteOf(client: EmulatedClient, remote: Remote): ClientRemote {
	let remotes = held.get(client);
	if (remotes === undefined) {
		remotes = new Map();
		held.set(client, remotes);
	}
	let found = remotes.get(remote);
	if (found === undefined) {
		found = remotesOf(client)
			.GetNamespace(namespaceOf(remote) as "Student")
			.Get(remote as "EquipBadge") as unknown as ClientRemote;
		remotes.set(remote, found);
	}
	return found;
}

/** Fires one random payload at a random remote, the way the Net client does (or at its raw RemoteEvent). */
function fire(client: EmulatedClient, maker: PayloadMaker, rng: Random, replies: { count: number }) {
	const remote = REMOTES[rng.NextInteger(0, REMOTES.size() - 1)];
	// one in thirty: Net warns about each malformed one, and the output should stay readable
	if (rng.NextNumber() < 1 / 30) {
		// the shapes @rbxts/net's own protocol expects, and others: (id, args table) or junk
		// Net keeps its remotes beside its own module, named with their namespace
		const folder = client.find("ReplicatedStorage/rbxts_include/node_modules/@rbxts/net/out/_NetManaged");
		// the server-to-client remotes too: a modified client can fire any RemoteEvent at the server
		const toClient = [
			"ViewReset",
			"ViewPatched",
			"ActivityStarted",
			"StationRefused",
			"ClassUpdated",
			"ConsoleUpdated",
		];
		const name =
			rng.NextNumber() < 0.2
				? `Notifications/${toClient[rng.NextInteger(0, toClient.size() - 1)]}`
				: `${namespaceOf(remote)}/${remote}`;
		const raw = folder.FindFirstChild(name) as RemoteEvent;
		const shapes: unknown[][] = [
			["not-a-guid", [maker.value()]],
			[maker.value(), maker.value()],
			["id", "args"],
			[],
			[{}],
		];
		const shape = shapes[rng.NextInteger(0, shapes.size() - 1)];
		raw.FireServer(...(shape as [unknown]));
		replies.count += 1;
		return;
	}
	remoteOf(client, remote)
		.CallServerAsync(maker.value())
		.then(() => (replies.count += 1))
		.catch(() => (replies.count += 1));
}

export = () => {
	describe("random payloads at every student remote", () => {
		it("10,000 of them from two clients raise no server error and change no profile", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, ANA);
				joinAndLoad(world, server, BEN);
				const pipeline = servicesOf(server).pipeline;
				for (const userId of [ANA, BEN]) {
					pipeline.submit(userId, { kind: "grant", coins: 300, badge_id: "streak_flame", reason: "setup" });
				}
				Emulation.advance(5);
				Emulation.takeThreadErrors();
				const before = [holdings(liveProfile(server, ANA)), holdings(liveProfile(server, BEN))];
				const clients = [server.clientOf(ANA)!, server.clientOf(BEN)!];
				const instances: Instance[] = [clients[0].player, clients[0].game.GetService("Workspace")];
				const rng = new Random(12);
				const maker = new PayloadMaker(rng, instances);
				const replies = { count: 0 };
				// a few frames a second: every payload still crosses the network and its own frames
				Emulation.setFrameRate(4);
				// hold each client's remotes before the flood: Net's Get waits a frame
				for (const client of clients)
					for (const remote of REMOTES)
						remotesOf(client)
							.GetNamespace(namespaceOf(remote) as "Student")
							.Get(remote as "EquipBadge");
				for (let sent = 0; sent < PAYLOADS_PER_CLIENT; sent += PER_SECOND) {
					for (const client of clients)
						for (let i = 0; i < PER_SECOND; i++) fire(client, maker, rng, replies);
					Emulation.advance(1);
				}
				expect(waitUntil(() => replies.count >= PAYLOADS_PER_CLIENT * 2 - 20, 120)).to.equal(true);
				Emulation.setFrameRate(60);
				const errors = Emulation.takeThreadErrors().filter(
					(text) => text.find("server", 1, true)[0] !== undefined,
				);
				expect(errors.join("\n")).to.equal("");
				held.clear();
				expect(servicesOf(server).guard.faultCount()).to.equal(0);
				expect(holdings(liveProfile(server, ANA))).to.equal(before[0]);
				expect(holdings(liveProfile(server, BEN))).to.equal(before[1]);
				// refused, and said so: most requests reached a handler and were logged
				// (the rest were Net's own protocol shapes, which Net drops before any handler)
				for (const userId of [ANA, BEN]) {
					expect(servicesOf(server).guard.refusals.total(userId) > PAYLOADS_PER_CLIENT * 0.8).to.equal(true);
				}
				// and the server still serves them
				Emulation.advance(10);
				const equip = remotesOf(clients[0]).GetNamespace("Student").Get("EquipBadge");
				expect(equip.CallServerAsync({ badge_id: "streak_flame" }).expect().ok).to.equal(true);
			}));
	});
};
