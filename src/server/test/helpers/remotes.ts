import type * as RemotesModule from "shared/remotes";
import { ActionReply, PatchMessage } from "shared/remotes";
import { PlayerProfile } from "shared/domain/profile/player-profile";
import { ACTION_KINDS } from "server/remotes/student-actions";

type StudentRemotes = ReturnType<(typeof RemotesModule)["Remotes"]["Client"]["GetNamespace"]>;

/** The remotes as a student's client sees them (the client's own copy of shared/remotes). */
export function remotesOf(client: EmulatedClient) {
	return client.requireModule<typeof RemotesModule>("ReplicatedStorage/TS/remotes").Remotes.Client;
}

/** Every remote that answers with done or a reason. */
export type ActionRemote = keyof typeof ACTION_KINDS | "Gift" | "QuitActivity";

/** A student action through its remote, as the client's UI would send it; yields for the answer. */
export function ask(client: EmulatedClient, remote: ActionRemote, fields?: unknown): ActionReply {
	// every action remote has the same signature; one of them names the type
	const remoteOf = remotesOf(client)
		.GetNamespace("Student")
		.Get(remote as "EquipBadge");
	return remoteOf.CallServerAsync(fields).expect();
}

/** The patches the client receives from now on, in order. */
export function collectPatches(client: EmulatedClient): PatchMessage[] {
	const patches = new Array<PatchMessage>();
	remotesOf(client)
		.GetNamespace("Notifications")
		.Get("ViewPatched")
		.Connect((message) => patches.push(message));
	return patches;
}

/** What a student owns and has earned: what no refused request may change. */
export function holdings(profile: PlayerProfile): string {
	return game.GetService("HttpService").JSONEncode({
		experience: profile.experience,
		currency: profile.currency,
		badges_owned: profile.badges_owned,
		equipped: profile.badges.equipped,
		inventory: profile.inventory,
		quests: profile.quests,
		quest_progress: profile.quest_progress,
		showcase: profile.achievements.showcase,
		settings: profile.settings,
		blocked: profile.social.blocked,
		purchase_counts: profile.purchase_counts,
	});
}

export type { StudentRemotes };
