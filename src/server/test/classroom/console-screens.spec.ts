import { findButton } from "../helpers/gui";
import { isLoaded, liveProfile } from "../helpers/server";
import { waitUntil, withWorld } from "../helpers/world";
import { clickTab, clickText, guiOf, openScreen } from "../screens/screen-helpers";
import { classOf, startHub, TEACHER } from "./class-helpers";

const NOOR = 9601;
const ALI = 9602;

/** The first TextBox under `root` whose placeholder starts with `placeholder`. */
function boxWith(root: Instance, placeholder: string): TextBox {
	for (const object of root.GetDescendants())
		if (object.IsA("TextBox") && object.PlaceholderText.sub(1, placeholder.size()) === placeholder) return object;
	error(`no text box "${placeholder}…"`);
}

/** Whether some text on screen contains `part`. */
function shows(root: Instance, part: string): boolean {
	for (const object of root.GetDescendants())
		if (
			(object.IsA("TextLabel") || object.IsA("TextButton") || object.IsA("TextBox")) &&
			object.Text.find(part, 1, true)[0] !== undefined
		)
			return true;
	return false;
}

/** A player's client on a server once it has mounted its screens. */
function mounted(client: EmulatedClient): EmulatedClient {
	if (!waitUntil(() => client.playerGui().FindFirstChild("ClassQuest") !== undefined, 30)) error("no UI mounted");
	return client;
}

/** After a teleport: the player's client on the server they landed on, with its profile held and its screens up. */
function landed(
	world: EmulatedWorld,
	from: EmulatedServer,
	userId: number,
): { server: EmulatedServer; client: EmulatedClient } {
	if (!waitUntil(() => world.serverOf(userId) !== from && world.serverOf(userId) !== undefined, 60))
		error(`${userId} never left`);
	const client = world.waitForArrival(userId, 60)!;
	const server = world.serverOf(userId)!;
	waitUntil(() => isLoaded(server, userId), 60);
	return { server, client: mounted(client) };
}

export = () => {
	it("a teacher creates a class by typing its name, a student joins by typing its code, and the teacher awards them from the roster", () =>
		withWorld((world) => {
			const hub = startHub(world);
			hub.addPlayer({ userId: TEACHER, name: "msrivera" });
			hub.addPlayer({ userId: NOOR, name: "noor" });
			hub.addPlayer({ userId: ALI, name: "ali" });
			waitUntil(() => isLoaded(hub, TEACHER) && isLoaded(hub, NOOR) && isLoaded(hub, ALI), 60);
			const rivera = mounted(hub.clientOf(TEACHER)!);
			const noor = mounted(hub.clientOf(NOOR)!);
			const ali = mounted(hub.clientOf(ALI)!);

			// the teacher, in the hub: the class screen offers to create a class
			openScreen(rivera, "classroom");
			expect(waitUntil(() => shows(guiOf(rivera), "Create a class"), 10)).to.equal(true);
			rivera.typeInto(boxWith(guiOf(rivera), "Class name"), "Period 3 Science");
			clickText(rivera, guiOf(rivera), "Create");
			// the reply (the code, shown) comes a moment before the teleport: the screens spec checks it is shown
			const teacherSide = landed(world, hub, TEACHER);
			const record = classOf(teacherSide.server)!;
			const shown = `${record.join_code!.sub(1, 3)}-${record.join_code!.sub(4)}`;

			// in the hub: Noor types a wrong code and is told so; Ali types the right one, loosely
			openScreen(noor, "classroom");
			noor.typeInto(boxWith(guiOf(noor), "Join code"), "ACD-EFG");
			clickText(noor, guiOf(noor), "Join");
			expect(waitUntil(() => shows(guiOf(noor), "no class has the code ACD-EFG"), 10)).to.equal(true);
			expect(world.serverOf(NOOR)).to.equal(hub);
			openScreen(ali, "classroom");
			ali.typeInto(boxWith(guiOf(ali), "Join code"), shown.lower().gsub("-", " ")[0]);
			clickText(ali, guiOf(ali), "Join");
			const studentSide = landed(world, hub, ALI);
			expect(studentSide.server).to.equal(teacherSide.server);

			// the teacher's console: the roster shows Noor; Manage, type 40 XP and why, Award
			const teacher = teacherSide.client;
			openScreen(teacher, "classroom");
			expect(
				waitUntil(
					() =>
						findButton(guiOf(teacher), "Roster") !== undefined ||
						findButton(guiOf(teacher), "▸ Roster") !== undefined,
					15,
				),
			).to.equal(true);
			clickTab(teacher, guiOf(teacher), "Roster");
			expect(waitUntil(() => shows(guiOf(teacher), studentSide.client.player.DisplayName), 10)).to.equal(true);
			clickText(teacher, guiOf(teacher), "Manage");
			const before = liveProfile(studentSide.server, ALI).experience.total_xp;
			teacher.typeInto(boxWith(guiOf(teacher), "Amount"), "40");
			teacher.typeInto(boxWith(guiOf(teacher), "Why"), "Explained photosynthesis to the class");
			clickText(teacher, guiOf(teacher), "Award");
			expect(
				waitUntil(() => liveProfile(studentSide.server, ALI).experience.total_xp >= before + 40, 10),
			).to.equal(true);
			const entry = classOf(teacherSide.server)!.log.find((row) => row.action === "award")!;
			expect(entry.detail).to.equal("+40 XP");
			expect(entry.reason).to.equal("Explained photosynthesis to the class");

			// the student's banner names the class
			expect(waitUntil(() => shows(guiOf(studentSide.client), "Period 3 Science"), 10)).to.equal(true);
		}));
};
