import { HttpService } from "@rbxts/services";
import { getServerCatalog } from "server/catalog/server-catalog";
import { AchievementDefinition } from "shared/catalog/types";
import { Effect } from "shared/domain";
import { PatchMessage, ViewMessage } from "shared/remotes";
import { StudentView } from "shared/view/student-view";
import { applyPatch } from "shared/view/view-patch";
import { ask, remotesOf } from "../helpers/remotes";
import { isLoaded, servicesOf } from "../helpers/server";
import { waitUntil, withWorld } from "../helpers/world";

const ANA = 5301;

/** The text of a secret achievement that only its earner's client may ever hold. */
interface SecretText {
	readonly id: string;
	readonly texts: readonly string[];
}

function secretTexts(): SecretText[] {
	const secrets = new Array<SecretText>();
	for (const [id, achievement] of getServerCatalog().achievements) {
		if (!achievement.metadata.secret) continue;
		secrets.push({ id, texts: textsOf(achievement) });
	}
	return secrets;
}

function textsOf(achievement: AchievementDefinition): string[] {
	const display = achievement.display;
	return [achievement.name, display.title, display.description, display.flavor_text].filter((text) => text !== "");
}

/** Every string a client can read in its DataModel: names, script sources, values, texts and attributes. */
function clientStrings(client: EmulatedClient): { where: string; text: string }[] {
	const found = new Array<{ where: string; text: string }>();
	const add = (instance: Instance, text: unknown) => {
		if (typeIs(text, "string") && text !== "") found.push({ where: instance.GetFullName(), text });
	};
	for (const instance of client.game.GetDescendants()) {
		add(instance, instance.Name);
		if (instance.IsA("LuaSourceContainer")) add(instance, (instance as unknown as { Source: string }).Source);
		if (instance.IsA("StringValue")) add(instance, instance.Value);
		if (instance.IsA("TextLabel") || instance.IsA("TextButton") || instance.IsA("TextBox"))
			add(instance, instance.Text);
		for (const [, value] of pairs(instance.GetAttributes())) add(instance, value);
	}
	return found;
}

function contains(haystack: string, needle: string): boolean {
	return haystack.find(needle, 1, true)[0] !== undefined;
}

/** What the client was sent: every whole view and every patch, as it received them. */
function listen(client: EmulatedClient) {
	const notifications = remotesOf(client).GetNamespace("Notifications");
	const views = new Array<ViewMessage>();
	const patches = new Array<PatchMessage>();
	notifications.Get("ViewReset").Connect((message) => views.push(message));
	notifications.Get("ViewPatched").Connect((message) => patches.push(message));
	return { views, patches };
}

/** The whole view as the client asks for it (GetView), and the messages it was sent, as JSON. */
function sentToClient(client: EmulatedClient, sent: ReturnType<typeof listen>): string[] {
	const reply = remotesOf(client).GetNamespace("Student").Get("GetView").CallServerAsync().expect();
	const texts = [HttpService.JSONEncode(reply)];
	for (const message of sent.views) texts.push(HttpService.JSONEncode(message));
	for (const message of sent.patches) texts.push(HttpService.JSONEncode(message));
	return texts;
}

/** The secret texts found in what the client holds or was sent, as "id: text at where". */
function leaks(client: EmulatedClient, sent: ReturnType<typeof listen>, secrets: readonly SecretText[]): string[] {
	const strings = clientStrings(client);
	const messages = sentToClient(client, sent);
	const found = new Array<string>();
	for (const secret of secrets) {
		for (const text of secret.texts) {
			for (const entry of strings)
				if (contains(entry.text, text)) found.push(`${secret.id}: "${text}" in ${entry.where}`);
			messages.forEach((message, index) => {
				if (contains(message, text)) found.push(`${secret.id}: "${text}" in message ${index}`);
			});
		}
	}
	return found;
}

// helpers outside the spec function raise instead of calling expect (TestEZ gives expect to the spec function only)
function joinListening(server: EmulatedServer, userId: number) {
	const client = server.addPlayer({ userId, name: `student${userId}` });
	const sent = listen(client);
	if (!waitUntil(() => isLoaded(server, userId), 120)) error(`the profile of ${userId} did not load`);
	if (!waitUntil(() => sent.views.size() > 0, 10)) error("the client was sent no whole view");
	return { client, sent };
}

export = () => {
	describe("secret achievements and the client", () => {
		it("the server's catalog has secret achievements, each with text to look for", () => {
			const secrets = secretTexts();
			expect(secrets.size() >= 3).to.equal(true);
			for (const secret of secrets) expect(secret.texts.size() >= 2).to.equal(true);
		});

		it("no client holds a secret achievement's text: not in its DataModel, nor in any view or patch it is sent", () =>
			withWorld((world) => {
				const server = world.startServer();
				const { client, sent } = joinListening(server, ANA);
				// something to patch: coins from a teacher, a purchase and a quest through the remotes
				servicesOf(server).pipeline.submit(ANA, { kind: "grant", coins: 500, reason: "setup" });
				expect(ask(client, "Purchase", { reward_id: "snack_pack" }).ok).to.equal(true);
				ask(client, "AssignQuest", { quest_id: "daily_learner" });
				expect(waitUntil(() => sent.patches.size() >= 2, 10)).to.equal(true);
				Emulation.advance(2);
				// the scan sees what it should: the replicated catalog's modules and their public text
				const strings = clientStrings(client);
				expect(strings.some((entry) => contains(entry.text, "Complete your very first lesson."))).to.equal(
					true,
				);
				expect(
					strings.some((entry) => entry.where.find("ReplicatedStorage.TS.catalog", 1, true)[0] !== undefined),
				).to.equal(true);
				const found = leaks(client, sent, secretTexts());
				expect(found.join("\n")).to.equal("");
				expect((sent.views[0].view as StudentView).hidden_achievements >= 3).to.equal(true);
			}));

		it("a student who earns one (Midas Touch, a Golden Pencil bought in the shop) is sent its text then, in their view", () =>
			withWorld((world) => {
				const server = world.startServer();
				const { client, sent } = joinListening(server, ANA);
				const midas = getServerCatalog().achievements.get("midas_touch")!;
				expect(midas.metadata.secret).to.equal(true);
				servicesOf(server).pipeline.submit(ANA, { kind: "grant", coins: 1000, reason: "setup" });
				expect(waitUntil(() => sent.patches.size() >= 1, 10)).to.equal(true);
				const before = sent.patches.size();
				const bought = ask(client, "Purchase", { reward_id: "golden_pencil" });
				expect(bought.ok ? "done" : bought.reason).to.equal("done");
				const earnedIn = (message: PatchMessage) =>
					message.effects.find(
						(effect) => effect.kind === "achievement_earned" && effect.achievement_id === "midas_touch",
					);
				expect(waitUntil(() => sent.patches.some((message) => earnedIn(message) !== undefined), 10)).to.equal(
					true,
				);
				// the patch that tells of it carries its text in the view, so the client can show it at once
				const message = sent.patches.find((patch) => earnedIn(patch) !== undefined)!;
				expect(sent.patches.indexOf(message) >= before).to.equal(true);
				const paths = message.ops.map((op) => op.p.join("."));
				expect(paths.includes("revealed_achievements.midas_touch")).to.equal(true);
				// the effect itself names only the id and numbers the client can show
				const effect = earnedIn(message) as Effect & { kind: "achievement_earned" };
				for (const [key] of pairs(effect)) {
					expect(
						["kind", "achievement_id", "tier", "points", "rarity", "first_time", "time_to_earn"].includes(
							key as string,
						),
					).to.equal(true);
				}
				// the client's view, the first whole one with every patch applied in order
				let view = sent.views[0].view as StudentView;
				for (const patch of sent.patches) view = applyPatch(view, patch.ops);
				const revealed = view.revealed_achievements.midas_touch;
				expect(revealed.name).to.equal("Midas Touch");
				expect(revealed.title).to.equal(midas.display.title);
				expect(revealed.description).to.equal(midas.display.description);
				expect(revealed.rarity).to.equal("legendary");
				expect(revealed.points).to.equal(midas.metadata.points);
				expect(revealed.category).to.equal(midas.display.category);
				expect(revealed.icon).to.equal(midas.display.icon.unlocked);
				expect(view.achievements.midas_touch.earned).to.equal(true);
				// the whole view the client asks for says the same
				const reply = remotesOf(client).GetNamespace("Student").Get("GetView").CallServerAsync().expect();
				if (!reply.ok) error(reply.reason);
				expect(HttpService.JSONEncode(reply.message.view.revealed_achievements)).to.equal(
					HttpService.JSONEncode(view.revealed_achievements),
				);
				expect(reply.message.view.hidden_achievements).to.equal(view.hidden_achievements);
				// the other secret ones are still nowhere on the client
				const others = secretTexts().filter((secret) => secret.id !== "midas_touch");
				expect(leaks(client, sent, others).join("\n")).to.equal("");
			}));
	});
};
