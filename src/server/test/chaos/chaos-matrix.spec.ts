import { PLAYER_PROFILE_STORE, profileKey } from "server/persistence/player-profile-store";
import { stored } from "../helpers/server";
import { withWorld } from "../helpers/world";
import { CHAOS_CASES, isClean, runChaos } from "./chaos-cases";
import { ChaosClass } from "./chaos-class";
import { ChaosLedger } from "./chaos-ledger";
import { chaosTable } from "./chaos-table";

export = () => {
	describe("the chaos matrix (npm run chaos), its fast cases", () => {
		it("loses and duplicates no XP, coins or items under any fault (beyond a crash's auto-save window)", () => {
			const rows = runChaos(CHAOS_CASES.filter((chaos) => chaos.fast));
			const dirty = rows.filter((row) => !isClean(row));
			expect(dirty.size() === 0 ? "" : chaosTable(dirty).join("\n")).to.equal("");
			expect(rows.size() >= 8).to.equal(true);
		});
	});

	describe("the chaos ledger", () => {
		it("finds XP and an item missing from a saved profile, and a copy too many", () =>
			withWorld((world) => {
				const server = world.startServer();
				const group = new ChaosClass(
					world,
					new ChaosLedger().follow(server),
					[12001, 12002, 12003, 12004, 12005],
				);
				group.join(server);
				group.play(60);
				group.leave();
				expect(group.ledger.compare(world, group.students).xpLost).to.equal(0);
				const robbed = stored(world, 12001)!;
				robbed.Data.experience.total_xp -= 10;
				robbed.Data.inventory.items[0].quantity -= 1;
				world.dataStores.poke(PLAYER_PROFILE_STORE, profileKey(12001), robbed);
				const doubled = stored(world, 12002)!;
				doubled.Data.currency.coins += 7;
				world.dataStores.poke(PLAYER_PROFILE_STORE, profileKey(12002), doubled);
				const tally = group.ledger.compare(world, group.students);
				expect(tally.xpLost).to.equal(10);
				expect(tally.itemsLost).to.equal(1);
				expect(tally.coinsDup).to.equal(7);
				expect(tally.xpDup + tally.coinsLost + tally.itemsDup).to.equal(0);
			}));
	});
};
