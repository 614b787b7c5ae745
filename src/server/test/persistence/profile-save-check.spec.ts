import { HttpService } from "@rbxts/services";
import { PLAYER_PROFILE_STORE, profileKey } from "server/persistence/player-profile-store";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { DATASTORE_VALUE_LIMIT } from "shared/domain/profile/profile-schema";
import { nonFinitePath } from "shared/test/helpers/profiles";
import { withWorld } from "../helpers/world";
import { A_LESSON, joinAndLoad, liveProfile, servicesOf, stored, waitUntil } from "../helpers/server";

type Loose = Record<string, Record<string, unknown>>;

/** The damage issue 11 found in real saves: progress the rules crash on, numbers that overflow, a huge inventory. */
function damage(data: PlayerProfile) {
	const loose = data as unknown as Loose;
	for (const [, entry] of pairs(loose.achievement_progress)) (entry as Record<string, unknown>).conditions = [];
	for (const [, entry] of pairs(loose.quest_progress)) (entry as Record<string, unknown>).objectives = [];
	for (const [, aggregate] of pairs(loose.leaderboard_metrics)) (aggregate as Record<string, unknown>).sum = 1e308;
	loose.experience.xp_multipliers = [{ source: "hack", value: 1e300, expires_at: 0 }];
	const items = new Array<object>();
	for (let i = 0; i < 60000; i++) items.push({});
	loose.inventory.items = items;
	loose.inventory.used_slots = 60000;
}

/** What is wrong with the saved record (a non-finite number, JSON over the DataStore's limit), or "sound". */
function soundness(world: EmulatedWorld, userId: number): string {
	const saved = stored(world, userId)!;
	const bad = nonFinitePath(saved.Data);
	if (bad !== undefined) return `non-finite at ${bad}`;
	const size = HttpService.JSONEncode(saved).size();
	return size < DATASTORE_VALUE_LIMIT ? "sound" : `${size} bytes`;
}

export = () => {
	describe("a save never carries a bad value", () => {
		it("a stored profile with issue 11's damage loads, earns XP, and saves finite, small and with the XP", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, 1501);
				servicesOf(server).pipeline.submit(1501, A_LESSON);
				server.removePlayer(1501);
				expect(waitUntil(() => stored(world, 1501)!.MetaData.ActiveSession === undefined)).to.equal(true);
				const record = stored(world, 1501)!;
				const before = record.Data.experience.total_xp;
				damage(record.Data);
				world.dataStores.poke(PLAYER_PROFILE_STORE, profileKey(1501), record);
				joinAndLoad(world, server, 1501);
				for (let i = 0; i < 5; i++) servicesOf(server).pipeline.submit(1501, A_LESSON);
				const earned = liveProfile(server, 1501).experience.total_xp;
				expect(earned > before).to.equal(true);
				server.removePlayer(1501);
				expect(waitUntil(() => stored(world, 1501)!.MetaData.ActiveSession === undefined)).to.equal(true);
				expect(soundness(world, 1501)).to.equal("sound");
				const saved = stored(world, 1501)!.Data;
				expect(saved.experience.total_xp).to.equal(earned);
				expect(saved.inventory.used_slots <= saved.inventory.capacity).to.equal(true);
			}));

		it("a profile handed to the session with NaN, inf and 60,000 items is repaired before ProfileService saves it", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, 1502);
				servicesOf(server).pipeline.submit(1502, A_LESSON);
				const session = servicesOf(server).sessions.sessionOf(server.getPlayer(1502)!)!;
				const broken = liveProfile(server, 1502);
				const xp = broken.experience.total_xp;
				const loose = broken as unknown as Loose;
				loose.currency.coins = 0 / 0;
				loose.stats.total_study_time = math.huge;
				const items = new Array<object>();
				for (let i = 0; i < 60000; i++) items.push({ item_id: "snack_pack", quantity: 1 });
				loose.inventory.items = items;
				session.setData(broken);
				server.removePlayer(1502);
				expect(waitUntil(() => stored(world, 1502)!.MetaData.ActiveSession === undefined)).to.equal(true);
				expect(soundness(world, 1502)).to.equal("sound");
				const saved = stored(world, 1502)!.Data;
				expect(saved.experience.total_xp).to.equal(xp);
				expect(saved.inventory.items.size() <= saved.inventory.capacity).to.equal(true);
			}));
	});
};
