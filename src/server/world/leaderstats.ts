import { Players } from "@rbxts/services";
import { PlayerProfile } from "shared/domain";

/**
 * Roblox's player list shows the values in a Folder named "leaderstats" under each Player: here
 * the student's Level and XP (their total XP), set when the profile loads and after every event.
 */
export class Leaderstats {
	public show(player: Player, profile: PlayerProfile) {
		let folder = player.FindFirstChild("leaderstats");
		if (folder === undefined) {
			folder = new Instance("Folder");
			folder.Name = "leaderstats";
			folder.Parent = player;
		}
		this.value(folder, "Level").Value = profile.experience.level;
		this.value(folder, "XP").Value = profile.experience.total_xp;
	}

	public showUser(userId: number, profile: PlayerProfile | undefined) {
		const player = Players.GetPlayerByUserId(userId);
		if (player !== undefined && profile !== undefined) this.show(player, profile);
	}

	private value(folder: Instance, name: string): IntValue {
		const existing = folder.FindFirstChild(name);
		if (existing !== undefined && existing.IsA("IntValue")) return existing;
		const value = new Instance("IntValue");
		value.Name = name;
		value.Parent = folder;
		return value;
	}
}
