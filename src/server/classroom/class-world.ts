import { Players } from "@rbxts/services";

/** Roblox's defaults, restored when the class is unfrozen. */
const WALK_SPEED = 16;
const JUMP_HEIGHT = 7.2;
const HIGHLIGHT_NAME = "ClassQuestSpotlight";

/**
 * What a teacher does to the room: freeze movement (WalkSpeed and JumpHeight 0, set again on every
 * respawn), bring everyone to stand around the teacher, and spotlight one student (a Highlight on
 * their character, which every client renders). The server sets these: they replicate to clients.
 */
export class ClassWorld {
	private frozen = false;
	private spotlit?: number;
	private readonly exempt: (player: Player) => boolean;

	/** `exempt`: who is never frozen or moved (the teacher). */
	public constructor(exempt: (player: Player) => boolean) {
		this.exempt = exempt;
	}

	public start() {
		const watch = (player: Player) =>
			player.CharacterAdded.Connect((character) => {
				// the Humanoid may come a moment after the model
				task.defer(() => {
					this.applyFreeze(player, character);
					if (this.spotlit === player.UserId) this.highlight(character);
				});
			});
		Players.PlayerAdded.Connect(watch);
		for (const player of Players.GetPlayers()) watch(player);
	}

	public setFrozen(frozen: boolean) {
		this.frozen = frozen;
		for (const player of Players.GetPlayers()) {
			const character = player.Character;
			if (character !== undefined) this.applyFreeze(player, character);
		}
	}

	/** Stands every student in a ring 6 studs around the teacher, facing them; returns how many moved. */
	public bringTo(teacher: Player): number {
		const center = rootOf(teacher.Character);
		if (center === undefined) return 0;
		const students = Players.GetPlayers().filter(
			(player) => !this.exempt(player) && rootOf(player.Character) !== undefined,
		);
		const origin = center.CFrame.Position;
		students.forEach((player, index) => {
			const angle = (2 * math.pi * index) / math.max(students.size(), 1);
			const spot = origin.add(new Vector3(math.cos(angle) * 6, 0, math.sin(angle) * 6));
			const root = rootOf(player.Character)!;
			root.CFrame = CFrame.lookAt(spot, new Vector3(origin.X, spot.Y, origin.Z));
		});
		return students.size();
	}

	/** Highlights one student's character; undefined clears it. */
	public spotlight(userId: number | undefined) {
		this.spotlit = userId;
		for (const player of Players.GetPlayers()) {
			const character = player.Character;
			if (character === undefined) continue;
			character.FindFirstChild(HIGHLIGHT_NAME)?.Destroy();
			if (player.UserId === userId) this.highlight(character);
		}
	}

	private highlight(character: Model) {
		if (character.FindFirstChild(HIGHLIGHT_NAME) !== undefined) return;
		const highlight = new Instance("Highlight");
		highlight.Name = HIGHLIGHT_NAME;
		highlight.FillColor = Color3.fromRGB(255, 214, 90);
		highlight.Parent = character;
	}

	private applyFreeze(player: Player, character: Model) {
		const humanoid = character.FindFirstChildOfClass("Humanoid");
		if (humanoid === undefined) return;
		const frozen = this.frozen && !this.exempt(player);
		humanoid.WalkSpeed = frozen ? 0 : WALK_SPEED;
		humanoid.UseJumpPower = false;
		humanoid.JumpHeight = frozen ? 0 : JUMP_HEIGHT;
	}
}

function rootOf(character: Model | undefined): BasePart | undefined {
	const root = character?.FindFirstChild("HumanoidRootPart");
	return root !== undefined && root.IsA("BasePart") ? root : undefined;
}
