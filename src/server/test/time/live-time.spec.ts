import { ARCHIVE_STORE, PERIOD_LOCKS_STORE } from "server/leaderboards/leaderboard-service";
import { getServerCatalog } from "server/catalog/server-catalog";
import { Effect } from "shared/domain/effects";
import { periodEnd, periodKey } from "shared/domain/leaderboards/periods";
import { withWorld } from "../helpers/world";
import { A_LESSON, idleUntil, joinAndLoad, liveProfile, servicesOf, waitUntil } from "../helpers/server";

/** The next 00:00 UTC (the virtual clock goes on from spec to spec, so every time is from now). */
function nextMidnight(): number {
	return (math.floor(Emulation.now() / 86400) + 1) * 86400;
}

interface SeenEffect {
	readonly userId: string;
	readonly effect: Effect;
	readonly at: number;
}

function watchEffects(server: EmulatedServer): SeenEffect[] {
	const seen = new Array<SeenEffect>();
	servicesOf(server).pipeline.host.onEffects((userId, effects, at) => {
		for (const effect of effects) seen.push({ userId, effect, at });
	});
	return seen;
}

export = () => {
	describe("time on the live server", () => {
		it("counts a student's second login day in login_days", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, 4001, 120, undefined, false);
				expect(liveProfile(server, 4001).stats.login_days).to.equal(1);
				server.removePlayer(4001);
				idleUntil(nextMidnight() + 8 * 3600);
				joinAndLoad(world, server, 4001, 120, undefined, false);
				expect(liveProfile(server, 4001).stats.login_days).to.equal(2);
				expect(liveProfile(server, 4001).profile.status).to.equal("online");
			}));

		it("fails a daily quest at 00:00 UTC while the student stands idle on the server", () =>
			withWorld((world) => {
				// the evening before, with no server yet (days without servers cost the emulation nothing)
				const midnight = nextMidnight();
				idleUntil(midnight - 3600);
				const server = world.startServer();
				const seen = watchEffects(server);
				joinAndLoad(world, server, 4101, 120, undefined, false);
				servicesOf(server).pipeline.submit(4101, { kind: "assign_quest", quest_id: "daily_three_activities" });
				const active = () => liveProfile(server, 4101).quests.active.map((quest) => quest.quest_id);
				expect(active().includes("daily_three_activities")).to.equal(true);
				idleUntil(midnight - 5);
				expect(active().includes("daily_three_activities")).to.equal(true);
				Emulation.advance(7);
				expect(active().includes("daily_three_activities")).to.equal(false);
				const failed = seen.find((s) => s.effect.kind === "quest_failed");
				expect(failed).to.be.ok();
				expect(failed!.at).to.equal(midnight);
			}));

		it("takes an expiring item away at its time, with the student idle", () =>
			withWorld((world) => {
				const server = world.startServer();
				const seen = watchEffects(server);
				joinAndLoad(world, server, 4201, 120, undefined, false);
				const pipeline = servicesOf(server).pipeline;
				pipeline.submit(4201, { kind: "grant", coins: 300, reason: "spec: pocket money" });
				pipeline.submit(4201, { kind: "purchase", reward_id: "homework_pass" });
				const pass = liveProfile(server, 4201).inventory.items.find((item) => item.item_id === "homework_pass");
				expect(pass).to.be.ok();
				const expiresAt = pass!.expires_at;
				expect(expiresAt > Emulation.now()).to.equal(true);
				const held = () => liveProfile(server, 4201).inventory.items.some((i) => i.item_id === "homework_pass");
				// the week passes with the student away; they come back an hour before the pass runs out
				server.removePlayer(4201);
				idleUntil(expiresAt - 3600);
				joinAndLoad(world, server, 4201, 120, undefined, false);
				expect(held()).to.equal(true);
				idleUntil(expiresAt - 5);
				expect(held()).to.equal(true);
				Emulation.advance(7);
				expect(held()).to.equal(false);
				const expired = seen.find((s) => s.effect.kind === "item_expired");
				expect(expired).to.be.ok();
				expect(expired!.at).to.equal(expiresAt);
			}));

		it("closes a weekly class board at Monday 00:00 UTC with no student event, archives it and pays its prizes", () =>
			withWorld((world) => {
				// Sunday evening, with no server yet (days without servers cost the emulation nothing)
				const board = getServerCatalog().leaderboards.get("weekly_xp_class")!;
				const monday = periodEnd(board, Emulation.now());
				idleUntil(monday - 3 * 3600);
				const server = world.startServer({ jobId: "week", privateServerId: "class-w" });
				for (const userId of [4301, 4302, 4303]) joinAndLoad(world, server, userId, 120, undefined, false);
				for (let i = 0; i < 3; i++) servicesOf(server).pipeline.submit(4301, A_LESSON);
				servicesOf(server).pipeline.submit(4302, A_LESSON);
				servicesOf(server).pipeline.submit(4303, A_LESSON);
				const week = periodKey(board, Emulation.now())!;
				const lockKey = `weekly_xp_class|${week}|class-w`;
				const lock = () => world.dataStores.peek(PERIOD_LOCKS_STORE, lockKey) as { state: string } | undefined;
				idleUntil(monday - 5);
				expect(lock()).to.equal(undefined);
				const prizesBefore = liveProfile(server, 4301).prizes_received.size();
				expect(waitUntil(() => lock()?.state === "done", 60)).to.equal(true);
				expect(Emulation.now() < monday + 60).to.equal(true);
				const archive = world.dataStores.peek(ARCHIVE_STORE, "weekly_xp_class") as
					{ id: string; winner_id: string }[] | undefined;
				expect(archive).to.be.ok();
				expect(archive!.some((r) => r.id === `${week}@class-w` && r.winner_id === "4301")).to.equal(true);
				const won = liveProfile(server, 4301).prizes_received;
				expect(won.size() > prizesBefore).to.equal(true);
				expect(won.some((prize) => prize.find(`weekly_xp_class|${week}`, 1, true)[0] !== undefined)).to.equal(
					true,
				);
			}));
	});
};
