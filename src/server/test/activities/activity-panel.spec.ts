import { ActivityStart } from "shared/activity-protocol";
import { Question } from "shared/content";
import { remotesOf } from "../helpers/remotes";
import { joinAndLoad, liveProfile } from "../helpers/server";
import { waitUntil, withWorld } from "../helpers/world";
import { stationOf } from "tools/playtest/stations";
import { serverContent, walkTo } from "./activity-helpers";

const KAI = 4601;

function panelOf(client: EmulatedClient): Frame | undefined {
	return client.playerGui().FindFirstChild("ClassQuest")?.FindFirstChild("Activity") as Frame | undefined;
}

/** A part of the panel by name, wherever the layout put it. */
function part(panel: Instance, name: string): Instance {
	const found = panel.FindFirstChild(name, true);
	if (found === undefined) error(`the activity panel has no ${name}`);
	return found;
}

function textOf(panel: Instance, name: string): string | undefined {
	return (panel.FindFirstChild(name, true) as TextLabel | undefined)?.Text;
}

/** The button showing `text` (an ordering item may show its place in front: "2. Mars"). */
function buttonShowing(panel: Instance, text: string): TextButton {
	for (const child of panel.GetDescendants()) {
		if (child.IsA("TextButton") && (child.Text === text || child.Text.match("^%d+%. (.*)$")[0] === text))
			return child;
	}
	error(`no button shows "${text}"`);
}

/** Answers the question on screen right, by clicking and typing as a student who knows it would. */
function answerOnScreen(client: EmulatedClient, panel: Frame, question: Question) {
	switch (question.type) {
		case "multiple_choice":
			client.click(buttonShowing(panel, question.answer));
			return;
		case "true_false":
			client.click(part(panel, question.answer ? "True" : "False") as TextButton);
			return;
		case "typed":
		case "numeric":
			// typed as a student types: focus, one character at a time, then Enter
			client.typeInto(part(panel, "Answer") as TextBox, tostring(question.answer), { pressEnter: true });
			Emulation.advance(0.1);
			client.click(part(panel, "Submit") as TextButton);
			return;
		case "ordering":
			for (const item of question.items) {
				client.click(buttonShowing(panel, item));
				Emulation.advance(0.1);
			}
			client.click(part(panel, "Submit") as TextButton);
	}
}

export = () => {
	describe("the activity panel", () => {
		it("a student presses a station's prompt and plays the quiz by clicking and typing in the panel", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, KAI);
				const client = server.clientOf(KAI)!;
				let start: ActivityStart | undefined;
				remotesOf(client)
					.GetNamespace("Notifications")
					.Get("ActivityStarted")
					.Connect((started) => (start = started));
				walkTo(server, client, "geography");
				const prompt = stationOf(server, "geography").FindFirstChildWhichIsA("ProximityPrompt", true)!;
				expect(client.triggerPrompt(prompt)).to.equal(true);
				expect(waitUntil(() => panelOf(client) !== undefined && start !== undefined, 10)).to.equal(true);
				const set = serverContent(server).sets.get(start!.set_id)!;
				for (let number = 1; number <= start!.question_count; number++) {
					const panel = panelOf(client)!;
					expect(
						textOf(panel, "Title")!.find(`${number}/${start!.question_count}`, 1, true)[0] !== undefined,
					).to.equal(true);
					const shown = textOf(panel, "Prompt")!;
					const question = set.questions.find(
						(candidate) =>
							shown === candidate.prompt ||
							shown.sub(1, candidate.prompt.size() + 2) === `${candidate.prompt} (`,
					)!;
					expect(question !== undefined).to.equal(true);
					Emulation.advance(6);
					answerOnScreen(client, panel, question);
					expect(waitUntil(() => textOf(panelOf(client)!, "Verdict") !== undefined, 5)).to.equal(true);
					expect(textOf(panelOf(client)!, "Verdict")).to.equal("✓ Right!");
					expect(textOf(panelOf(client)!, "Explanation")).to.equal(question.explanation);
					client.click(part(panelOf(client)!, "GoOn") as TextButton);
					Emulation.advance(0.1);
				}
				const summary = textOf(panelOf(client)!, "Summary")!;
				const xp = liveProfile(server, KAI).experience.total_xp;
				expect(xp > 0).to.equal(true);
				expect(summary.find(`+${xp} XP`, 1, true)[0] !== undefined).to.equal(true);
				client.click(part(panelOf(client)!, "Close") as TextButton);
				expect(waitUntil(() => panelOf(client) === undefined, 2)).to.equal(true);
			}));

		it("a station that cannot start says why on the student's screen", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, KAI);
				const client = server.clientOf(KAI)!;
				walkTo(server, client, "math");
				const prompt = stationOf(server, "math").FindFirstChildWhichIsA("ProximityPrompt", true)!;
				expect(client.triggerPrompt(prompt)).to.equal(true);
				expect(waitUntil(() => panelOf(client) !== undefined, 10)).to.equal(true);
				Emulation.advance(3);
				// pressed again while the quiz runs
				expect(client.triggerPrompt(prompt)).to.equal(true);
				// the refusal is a notification, in the server's words
				const notice = () =>
					client
						.playerGui()
						.FindFirstChild("ClassQuest")
						?.FindFirstChild("Notification")
						?.FindFirstChild("Body") as TextLabel | undefined;
				expect(waitUntil(() => notice()?.Text.find("finish or quit", 1, true)[0] !== undefined, 5)).to.equal(
					true,
				);
				// and it goes after a few seconds
				expect(waitUntil(() => notice() === undefined, 10)).to.equal(true);
			}));
	});
};
