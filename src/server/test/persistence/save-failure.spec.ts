import { SAVE_FAILED_MESSAGE } from "server/players/player-sessions";
import { SAVE_GIVE_UP_AFTER } from "server/persistence/save-watch";
import { withWorld } from "../helpers/world";
import { A_LESSON, joinAndLoad, stored, waitUntil } from "../helpers/server";
import { Ledger } from "../helpers/ledger";

export = () => {
	describe("a profile that cannot be saved", () => {
		it("is retried, then the student is told and the profile released: the lock goes once saves work", () =>
			withWorld((world) => {
				const server = world.startServer();
				const ledger = new Ledger().follow(server);
				joinAndLoad(world, server, 1501);
				Emulation.advance(40); // a first auto-save lands
				const failingFrom = os.time();
				const outage = SAVE_GIVE_UP_AFTER + 120;
				world.dataStores.failRequests({ probability: 1, seconds: outage, methods: ["UpdateAsync"] });
				ledger.submit(server, 1501, A_LESSON);
				const kickedFor = () =>
					server.kicks.find((kick) => kick.userId === 1501 && kick.message === SAVE_FAILED_MESSAGE);
				Emulation.advance(SAVE_GIVE_UP_AFTER - 60); // the last save landed at most 40 s before the outage
				expect(kickedFor()).to.equal(undefined);
				expect(waitUntil(() => kickedFor() !== undefined, 80)).to.equal(true);
				expect(kickedFor()!.at - failingFrom <= SAVE_GIVE_UP_AFTER + 30).to.equal(true);
				expect(server.getPlayer(1501)).to.equal(undefined);
				// released here, but the DataStore still refuses: the lock stays until the release save lands
				expect(stored(world, 1501)!.MetaData.ActiveSession).never.to.equal(undefined);
				Emulation.advance(failingFrom + outage - os.time());
				expect(waitUntil(() => stored(world, 1501)!.MetaData.ActiveSession === undefined, 60)).to.equal(true);
				expect(ledger.compare(world, [1501]).join("\n")).to.equal("");
			}));
	});
};
