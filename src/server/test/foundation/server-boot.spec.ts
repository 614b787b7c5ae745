import { PLAYER_PROFILE_STORE, profileKey } from "server/persistence/player-profile-store";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { waitUntil, withWorld } from "../helpers/world";

interface StoredProfile {
	Data: PlayerProfile;
	MetaData: { ActiveSession?: [number, string] };
}

export = () => {
	describe("a server booted in the emulation", () => {
		it("loads the profiles of two students through ProfileService and the emulated DataStore", () =>
			withWorld((world) => {
				const server = world.startServer();
				server.addPlayer({ userId: 101, name: "ana", displayName: "Ana" });
				server.addPlayer({ userId: 102, name: "ben", displayName: "Ben" });
				const stored = () =>
					world.dataStores.peek(PLAYER_PROFILE_STORE, profileKey(102)) as StoredProfile | undefined;
				expect(waitUntil(() => stored()?.MetaData.ActiveSession !== undefined)).to.equal(true);
				const ana = world.dataStores.peek(PLAYER_PROFILE_STORE, profileKey(101)) as StoredProfile;
				expect(ana.MetaData.ActiveSession![1]).to.equal(server.jobId);
				expect(ana.Data.experience.level).to.equal(1);
				expect(server.requestCounts()["UpdateAsync"] >= 2).to.equal(true);
				expect(server.kicks.size()).to.equal(0);
			}));

		it("releases a student's profile lock when they leave", () =>
			withWorld((world) => {
				const server = world.startServer();
				server.addPlayer({ userId: 201, name: "cara" });
				const stored = () =>
					world.dataStores.peek(PLAYER_PROFILE_STORE, profileKey(201)) as StoredProfile | undefined;
				expect(waitUntil(() => stored()?.MetaData.ActiveSession !== undefined)).to.equal(true);
				server.removePlayer(201);
				expect(waitUntil(() => stored()!.MetaData.ActiveSession === undefined)).to.equal(true);
				expect(stored()!.Data.profile.username).to.equal("cara");
				expect(stored()!.Data.user_id).to.equal("201");
			}));

		it("saves and releases every profile when it shuts down", () =>
			withWorld((world) => {
				const server = world.startServer();
				server.addPlayer({ userId: 301, name: "dev" });
				const stored = () =>
					world.dataStores.peek(PLAYER_PROFILE_STORE, profileKey(301)) as StoredProfile | undefined;
				expect(waitUntil(() => stored()?.MetaData.ActiveSession !== undefined)).to.equal(true);
				server.shutdown();
				expect(server.alive).to.equal(false);
				expect(server.closeTimedOut).to.equal(false);
				expect(stored()!.MetaData.ActiveSession).to.equal(undefined);
			}));
	});
};
