import { RATE_LIMITED } from "server/remotes/rate-limits";
import { ask, collectPatches, holdings, remotesOf } from "../helpers/remotes";
import { joinAndLoad, liveProfile, servicesOf } from "../helpers/server";
import { waitUntil, withWorld } from "../helpers/world";

const ANA = 4101;
const BEN = 4102;

function refusal(reply: { ok: boolean; reason?: string }): string {
	if (reply.ok) error("expected a refusal, the request was done");
	return reply.reason!;
}

/** A student given coins and a badge by the server, so their requests have something to act on. */
function richStudent(world: EmulatedWorld, server: EmulatedServer, userId: number) {
	joinAndLoad(world, server, userId);
	servicesOf(server).pipeline.submit(userId, {
		kind: "grant",
		coins: 500,
		badge_id: "streak_flame",
		reason: "setup",
	});
	return server.clientOf(userId)!;
}

export = () => {
	describe("student actions through their remotes", () => {
		it("does what a student asks and sends the client only what changed", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = richStudent(world, server, ANA);
				const patches = collectPatches(client);
				const equipped = ask(client, "EquipBadge", { badge_id: "streak_flame" });
				expect(equipped.ok ? "done" : equipped.reason).to.equal("done");
				expect(liveProfile(server, ANA).badges.equipped.includes("streak_flame")).to.equal(true);
				expect(waitUntil(() => patches.size() > 0, 5)).to.equal(true);
				const paths = patches[0].ops.map((op) => op.p.join("."));
				expect(paths.includes("badges_equipped")).to.equal(true);
				// nothing else of the view changed, so nothing else was sent
				expect(paths.size()).to.equal(1);
				expect(patches[0].effects.some((effect) => effect.kind === "badge_equipped")).to.equal(true);
				expect(ask(client, "Purchase", { reward_id: "snack_pack" }).ok).to.equal(true);
				expect(liveProfile(server, ANA).currency.coins).to.equal(460);
			}));

		it("refuses forged and malformed requests with their reason, changing nothing", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = richStudent(world, server, ANA);
				const before = holdings(liveProfile(server, ANA));
				const cases: [string, () => string][] = [
					["unknown badge", () => refusal(ask(client, "EquipBadge", { badge_id: "no_such_badge" }))],
					["NaN reward", () => refusal(ask(client, "Purchase", { reward_id: 0 / 0 }))],
					[
						"a price of its own",
						() => refusal(ask(client, "Purchase", { reward_id: "snack_pack", price: -5 })),
					],
					["negative reward", () => refusal(ask(client, "Purchase", { reward_id: -1 }))],
					["1 MB string", () => refusal(ask(client, "EquipBadge", { badge_id: string.rep("a", 1e6) }))],
					["forged kind", () => refusal(ask(client, "EquipBadge", { kind: "grant", xp: 1e6, reason: "me" }))],
					["not a table", () => refusal(ask(client, "AssignQuest", "daily_learner"))],
					["numbered fields", () => refusal(ask(client, "SetShowcase", [1, 2, 3]))],
					["rating of 6", () => refusal(ask(client, "RateQuest", { quest_id: "daily_learner", rating: 6 }))],
					[
						"gift to self",
						() => refusal(ask(client, "Gift", { to_user_id: tostring(ANA), badge_id: "streak_flame" })),
					],
					[
						"gift to a stranger",
						() => refusal(ask(client, "Gift", { to_user_id: "999", badge_id: "streak_flame" })),
					],
				];
				for (const [name, run] of cases) {
					const reason = run();
					expect(typeIs(reason, "string") && reason.size() > 0 && reason.size() < 400).to.equal(true);
					if (name === "unknown badge") expect(reason.find("no_such_badge")[0] !== undefined).to.equal(true);
					if (name === "a price of its own") expect(reason.find("price")[0] !== undefined).to.equal(true);
					if (name === "forged kind") expect(reason.find("kind")[0] !== undefined).to.equal(true);
				}
				expect(holdings(liveProfile(server, ANA))).to.equal(before);
				const log = servicesOf(server).guard.refusals.of(ANA);
				expect(log.size()).to.equal(cases.size());
				expect(servicesOf(server).guard.faultCount()).to.equal(0);
			}));

		it("holds a flood of 1,000 requests in a second to the rate limit and keeps serving the others", () =>
			withWorld((world) => {
				const server = world.startServer();
				const flooder = richStudent(world, server, ANA);
				const other = richStudent(world, server, BEN);
				// a script holds the remote once and fires without pause (Net's Get waits a frame)
				const equip = remotesOf(flooder).GetNamespace("Student").Get("EquipBadge");
				const replies = new Array<{ ok: boolean; reason?: string }>();
				for (let i = 0; i < 1000; i++) {
					equip.CallServerAsync({ badge_id: "streak_flame" }).then((reply) => {
						replies.push(reply);
					});
				}
				// the classmate's request in the same second is served
				expect(ask(other, "EquipBadge", { badge_id: "streak_flame" }).ok).to.equal(true);
				expect(waitUntil(() => replies.size() === 1000, 30)).to.equal(true);
				const limited = replies.filter((reply) => !reply.ok && reply.reason === RATE_LIMITED).size();
				// the burst of the remote passes (equipping twice is refused by the rules), the rest is held back
				expect(limited >= 985).to.equal(true);
				expect(servicesOf(server).guard.refusals.total(ANA)).to.equal(
					replies.filter((reply) => !reply.ok).size(),
				);
				expect(liveProfile(server, ANA).badges.equipped.size()).to.equal(1);
			}));
	});
};
