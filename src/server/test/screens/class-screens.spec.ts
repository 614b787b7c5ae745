import type { ImportReply } from "shared/classroom/classroom-protocol";
import {
	sampleClassBroadcast,
	sampleConsole,
	sampleHub,
	sampleReport,
	sampleStudentQuiz,
	sampleTeacherBroadcast,
	sampleTeacherQuiz,
} from "tools/previews/sample-classroom";
import { Workspace } from "@rbxts/services";
import { FakeClassServer } from "../helpers/fake-class-server";
import { findButton, findText } from "../helpers/gui";
import { waitUntil, withWorld } from "../helpers/world";
import { clickTab, clickText, guiOf, openScreen } from "./screen-helpers";

const MAYA = 7101;
const RIVERA = 7201;

/** The first TextBox under `root` whose placeholder starts with `placeholder`. */
function boxWith(root: Instance, placeholder: string): TextBox {
	for (const object of root.GetDescendants()) {
		if (object.IsA("TextBox") && object.PlaceholderText.sub(1, placeholder.size()) === placeholder) return object;
	}
	error(`no text box "${placeholder}…"`);
}

/** Whether some text on screen contains `part`. */
function shows(root: Instance, part: string): boolean {
	for (const object of root.GetDescendants()) {
		if (
			(object.IsA("TextLabel") || object.IsA("TextButton") || object.IsA("TextBox")) &&
			object.Text.find(part, 1, true)[0] !== undefined
		)
			return true;
	}
	return false;
}

function fieldsOf(request: { fields: unknown } | undefined): Record<string, unknown> {
	if (request === undefined) error("no such request was made");
	return request.fields as Record<string, unknown>;
}

/**
 * The fake server's reading of pasted questions: a line needs a question, its answer and a wrong
 * answer (comma-separated); the real reading is shared/classroom's, specified on its own.
 */
function readPaste(fields: unknown): ImportReply {
	const text = (fields as { text: string }).text;
	const questions = new Array<{ line: number; prompt: string; correct_answer: string; wrong_answers: string[] }>();
	const errors = new Array<{ line: number; message: string }>();
	text.split("\n").forEach((line, index) => {
		const parts = line.split(",").map((part) => part.gsub("^%s+", "")[0]);
		if (parts.size() >= 3)
			questions.push({
				line: index + 1,
				prompt: parts[0],
				correct_answer: parts[1],
				wrong_answers: parts.filter((_, i) => i >= 2),
			});
		else errors.push({ line: index + 1, message: `expected at least 3 fields, found ${parts.size()}` });
	});
	return errors.size() > 0
		? { ok: false, reason: `${errors.size()} lines could not be read`, errors }
		: { ok: true, questions, set_id: "own-1" };
}

export = () => {
	describe("the hub's join screen", () => {
		it("sends the typed code with Join and shows the server's refusal", () =>
			withWorld((world) => {
				const fake = new FakeClassServer(world);
				fake.setClass(MAYA, sampleHub("student"));
				const client = fake.join(MAYA, "Maya");
				const screen = openScreen(client, "classroom");
				expect(waitUntil(() => findText(screen, "Join your class") !== undefined, 10)).to.equal(true);
				// a student is not offered to create a class: that is the server's role "teacher"
				expect(findButton(screen, "Create")).to.equal(undefined);

				fake.answer("JoinClass", {
					ok: false,
					reason: "That code has expired: ask your teacher for the new one.",
				});
				client.typeInto(boxWith(screen, "Join code"), "kx7 4pm");
				clickText(client, screen, "Join");
				expect(waitUntil(() => fake.requestsOf("JoinClass").size() === 1, 5)).to.equal(true);
				// sent as typed: the server forgives case and spaces, and decides
				expect(fake.requestsOf("JoinClass")[0].fields).to.equal("kx7 4pm");
				expect(
					waitUntil(
						() =>
							findText(screen, "ⓘ That code has expired: ask your teacher for the new one.") !==
							undefined,
						5,
					),
				).to.equal(true);

				fake.answer("JoinClass", { ok: true });
				client.typeInto(boxWith(screen, "Join code"), "", { pressEnter: true });
				expect(waitUntil(() => fake.requestsOf("JoinClass").size() === 2, 5)).to.equal(true);
				expect(waitUntil(() => shows(screen, "Code accepted"), 5)).to.equal(true);
			}));

		it("lets a teacher create a class by name and shows the code the server returns", () =>
			withWorld((world) => {
				const fake = new FakeClassServer(world);
				fake.setClass(RIVERA, sampleHub("teacher"));
				fake.answer("CreateClass", { ok: true, join_code: "KX7-4PM" });
				const client = fake.join(RIVERA, "Ms Rivera");
				const screen = openScreen(client, "classroom");
				expect(waitUntil(() => findText(screen, "Create a class") !== undefined, 10)).to.equal(true);
				client.typeInto(boxWith(screen, "Class name"), "Ms Rivera's 5th grade");
				clickText(client, screen, "Create");
				expect(waitUntil(() => findText(screen, "KX7-4PM") !== undefined, 5)).to.equal(true);
				expect(fieldsOf(fake.requestsOf("CreateClass")[0]).name).to.equal("Ms Rivera's 5th grade");
			}));
	});

	describe("on a class server", () => {
		it("sends the Class tab's room controls and the typed announcement, and keeps a draft across tabs", () =>
			withWorld((world) => {
				const fake = new FakeClassServer(world);
				fake.setClass(RIVERA, sampleTeacherBroadcast(os.time()));
				fake.setConsole({ ...sampleConsole(os.time()), locked: false, class_quest: undefined });
				fake.answer("NewJoinCode", { ok: true, join_code: "M4T-9QC" });
				const client = fake.join(RIVERA, "Ms Rivera");
				const screen = openScreen(client, "classroom");
				expect(waitUntil(() => findButton(screen, "Lock") !== undefined, 10)).to.equal(true);
				clickText(client, screen, "Lock");
				clickText(client, screen, "Freeze");
				clickText(client, screen, "Bring everyone");
				clickText(client, screen, "New code");
				expect(waitUntil(() => fake.requestsOf("NewJoinCode").size() === 1, 5)).to.equal(true);
				expect(fieldsOf(fake.requestsOf("SetLocked")[0]).locked).to.equal(true);
				expect(fieldsOf(fake.requestsOf("SetFrozen")[0]).frozen).to.equal(true);
				expect(fake.requestsOf("BringEveryone").size()).to.equal(1);

				client.typeInto(boxWith(screen, "A message"), "Quiz in 5 minutes");
				clickTab(client, screen, "Roster");
				clickTab(client, screen, "Class");
				expect(boxWith(screen, "A message").Text).to.equal("Quiz in 5 minutes");
				client.typeInto(boxWith(screen, "A message"), "!");
				clickText(client, screen, "Send");
				expect(waitUntil(() => fake.requestsOf("Announce").size() === 1, 5)).to.equal(true);
				expect(fieldsOf(fake.requestsOf("Announce")[0]).text).to.equal("Quiz in 5 minutes!");

				clickText(client, screen, "Busy Week");
				client.typeInto(boxWith(screen, "Minutes"), "45");
				fake.answer("StartClassQuest", { ok: false, reason: "a class quest is already running" });
				clickText(client, screen, "Start quest");
				expect(waitUntil(() => fake.requestsOf("StartClassQuest").size() === 1, 5)).to.equal(true);
				const quest = fieldsOf(fake.requestsOf("StartClassQuest")[0]);
				expect(quest.quest_id).to.equal("weekly_fifteen_activities");
				expect(quest.minutes).to.equal(45);
				expect(
					waitUntil(() => findText(screen, "ⓘ a class quest is already running") !== undefined, 5),
				).to.equal(true);
				clickText(client, screen, "Archive and reset");
				expect(waitUntil(() => fake.requestsOf("ResetBoard").size() === 1, 5)).to.equal(true);
				expect(fieldsOf(fake.requestsOf("ResetBoard")[0]).archive).to.equal(true);
			}));

		it("reads the report when its tab opens, with the CSV in boxes that can be selected but not edited", () =>
			withWorld((world) => {
				const fake = new FakeClassServer(world);
				fake.setClass(RIVERA, sampleTeacherBroadcast(os.time()));
				fake.setConsole(sampleConsole(os.time()));
				const report = sampleReport();
				fake.answer("GetReport", { ok: true, report });
				const client = fake.join(RIVERA, "Ms Rivera");
				const screen = openScreen(client, "classroom");
				expect(waitUntil(() => findButton(screen, "Report") !== undefined, 10)).to.equal(true);
				clickTab(client, screen, "Report");
				expect(waitUntil(() => shows(screen, "Maya  ·  Level 9  ·  1480 XP"), 5)).to.equal(true);
				expect(fake.requestsOf("GetReport").size()).to.equal(1);
				expect(shows(screen, "Fractions check Q2: 60% right (6 of 10)")).to.equal(true);
				const csv = screen.FindFirstChild("StudentsCsv", true) as TextBox;
				expect(csv.Text).to.equal(report.students_csv);
				expect(csv.TextEditable).to.equal(false);
				// a TextBox, not a label: the teacher can click into it and select the text to copy
				expect(csv.ClassName).to.equal("TextBox");
				expect(csv.ClearTextOnFocus).to.equal(false);
				clickText(client, screen, "Refresh the report");
				expect(waitUntil(() => fake.requestsOf("GetReport").size() === 2, 5)).to.equal(true);
			}));

		it("asks again, politely, while the server is still loading the class, then shows the banner", () =>
			withWorld((world) => {
				const fake = new FakeClassServer(world);
				let asked = 0;
				fake.answer("GetClass", () => {
					asked += 1;
					return asked < 3
						? { ok: false, reason: "still loading" }
						: { ok: true, view: sampleClassBroadcast(os.time()) };
				});
				const client = fake.join(MAYA, "Maya");
				const banner = () => guiOf(client).FindFirstChild("ClassBanner");
				expect(waitUntil(() => banner() !== undefined, 30)).to.equal(true);
				expect(asked).to.equal(3);
				expect(shows(banner()!, "Ms Rivera's 5th grade")).to.equal(true);
				expect(shows(banner()!, "Movement paused by your teacher")).to.equal(true);
				expect(shows(banner()!, "Spotlight: Priya")).to.equal(true);
				expect(shows(banner()!, "Class quest: Busy Week")).to.equal(true);
				// told, it stops asking
				Emulation.advance(120);
				expect(asked).to.equal(3);
			}));

		it("sends the clicked choice's text to AnswerLiveQuiz and marks the answer the server took", () =>
			withWorld((world) => {
				const fake = new FakeClassServer(world);
				const quiz = sampleStudentQuiz();
				fake.setClass(MAYA, sampleClassBroadcast(os.time(), quiz));
				const client = fake.join(MAYA, "Maya");
				const panel = () => guiOf(client).FindFirstChild("LiveQuiz");
				expect(
					waitUntil(() => panel() !== undefined && findButton(panel()!, "1/2") !== undefined, 30),
				).to.equal(true);
				expect(shows(panel()!, "Which fraction is equal to 2/4?")).to.equal(true);
				expect(shows(panel()!, "No time limit")).to.equal(true);
				clickText(client, panel()!, "1/2");
				expect(waitUntil(() => fake.requestsOf("AnswerLiveQuiz").size() === 1, 5)).to.equal(true);
				const sent = fieldsOf(fake.requestsOf("AnswerLiveQuiz")[0]);
				expect(sent.answer).to.equal("1/2");
				expect(sent.quiz_id).to.equal(quiz.quiz_id);
				expect(sent.number).to.equal(3);

				fake.pushClass(MAYA, sampleClassBroadcast(os.time(), { ...quiz, your_answer: "1/2" }));
				expect(waitUntil(() => findButton(panel()!, "▸ 1/2 (your answer)") !== undefined, 5)).to.equal(true);
				fake.pushClass(
					MAYA,
					sampleClassBroadcast(os.time(), {
						...quiz,
						phase: "revealed",
						your_answer: "1/2",
						correct_answer: "1/2",
					}),
				);
				expect(waitUntil(() => findButton(panel()!, "✔ 1/2 (your answer)") !== undefined, 5)).to.equal(true);
				fake.pushClass(
					MAYA,
					sampleClassBroadcast(os.time(), {
						...quiz,
						phase: "ended",
						question: undefined,
						result: { correct: 4, questions: 5, xp: 120, coins: 12 },
					}),
				);
				expect(waitUntil(() => shows(panel()!, "You got 4 of 5 right"), 5)).to.equal(true);
				expect(shows(panel()!, "+120 XP")).to.equal(true);
			}));

		it("gives the teacher the console, whose award form sends Award with the typed amount and reason", () =>
			withWorld((world) => {
				const fake = new FakeClassServer(world);
				fake.setClass(RIVERA, sampleTeacherBroadcast(os.time()));
				fake.setConsole(sampleConsole(os.time()));
				const client = fake.join(RIVERA, "Ms Rivera");
				expect(waitUntil(() => fake.requestsOf("GetConsole").size() > 0, 30)).to.equal(true);
				const screen = openScreen(client, "classroom");
				expect(waitUntil(() => findText(screen, "Join code: KX7-4PM") !== undefined, 10)).to.equal(true);
				clickTab(client, screen, "Roster");
				const row = screen.FindFirstChild("Student_1005", true);
				expect(row).never.to.equal(undefined);
				expect(shows(row!, "Priya")).to.equal(true);
				expect(shows(row!, "940 XP this week")).to.equal(true);
				clickText(client, row!, "Manage");
				const form = screen.FindFirstChild("Form_1005", true)!;
				client.typeInto(boxWith(form, "Amount"), "50");
				clickText(client, form, "Coins");
				client.typeInto(boxWith(form, "Why"), "Explained equivalent fractions to her table");
				fake.answer("Award", { ok: false, reason: "a reason is required" });
				clickText(client, form, "Award");
				expect(waitUntil(() => fake.requestsOf("Award").size() === 1, 5)).to.equal(true);
				const sent = fieldsOf(fake.requestsOf("Award")[0]);
				expect(sent.user_id).to.equal(1005);
				expect(sent.coins).to.equal(50);
				expect(sent.xp).to.equal(undefined);
				expect(sent.reason).to.equal("Explained equivalent fractions to her table");
				// the refusal is shown at the form, in the server's words
				expect(waitUntil(() => shows(form, "ⓘ a reason is required"), 5)).to.equal(true);
			}));

		it("lets the teacher paste questions, preview them, see each bad line, fix it and save", () =>
			withWorld((world) => {
				const fake = new FakeClassServer(world);
				fake.setClass(RIVERA, sampleTeacherBroadcast(os.time()));
				fake.setConsole(sampleConsole(os.time()));
				fake.answer("PreviewQuestions", readPaste);
				fake.answer("SaveQuestionSet", readPaste);
				const client = fake.join(RIVERA, "Ms Rivera");
				const screen = openScreen(client, "classroom");
				expect(waitUntil(() => findButton(screen, "Questions") !== undefined, 10)).to.equal(true);
				clickTab(client, screen, "Questions");
				client.typeInto(boxWith(screen, "Title"), "Fractions check");
				const paste = "What is 1/2 + 1/4?, 3/4, 2/6, 1/8\nWhich is bigger?, 2/3\nWhat is 3/4 of 12?, 9";
				client.typeInto(boxWith(screen, "What is"), paste);
				clickText(client, screen, "Preview");
				// both bad lines, by number, and not the good one
				expect(waitUntil(() => findText(screen, "Line 3") !== undefined, 5)).to.equal(true);
				expect(findText(screen, "Line 2")).never.to.equal(undefined);
				expect(findText(screen, "Line 1")).to.equal(undefined);
				expect(shows(screen, "ⓘ 2 lines could not be read")).to.equal(true);
				expect(fieldsOf(fake.requestsOf("PreviewQuestions")[0]).text).to.equal(paste);
				expect(shows(screen, "expected at least 3 fields, found 2")).to.equal(true);

				// what was pasted is kept while the teacher looks at another tab
				clickTab(client, screen, "Log");
				clickTab(client, screen, "Questions");
				expect(boxWith(screen, "What is").Text).to.equal(paste);
				// fixed in the spreadsheet and pasted over it: the emulation has no text selection, so the
				// spec empties the box as selecting all and deleting would, and the teacher pastes again
				const fixed = "What is 1/2 + 1/4?, 3/4, 2/6, 1/8\nWhich is bigger?, 2/3, 3/5\nWhat is 3/4 of 12?, 9, 8";
				boxWith(screen, "What is").Text = "";
				Emulation.advance(0.1);
				client.typeInto(boxWith(screen, "What is"), fixed);
				clickText(client, screen, "Preview");
				expect(waitUntil(() => shows(screen, "Read 3 questions"), 5)).to.equal(true);
				expect(shows(screen, "Line 3: What is 3/4 of 12?")).to.equal(true);
				clickText(client, screen, "Save");
				expect(waitUntil(() => fake.requestsOf("SaveQuestionSet").size() === 1, 5)).to.equal(true);
				const saved = fieldsOf(fake.requestsOf("SaveQuestionSet")[0]);
				expect(saved.title).to.equal("Fractions check");
				expect(saved.text).to.equal(fixed);
				expect(waitUntil(() => shows(screen, "Saved: 3 questions"), 5)).to.equal(true);
			}));

		it("runs the live quiz from the console: start with the chosen set, scoring and timing, then its controls", () =>
			withWorld((world) => {
				const fake = new FakeClassServer(world);
				const now = os.time();
				fake.setClass(RIVERA, sampleTeacherBroadcast(now));
				fake.setConsole({ ...sampleConsole(now), quiz: undefined });
				const client = fake.join(RIVERA, "Ms Rivera");
				const screen = openScreen(client, "classroom");
				expect(waitUntil(() => findButton(screen, "Quiz") !== undefined, 10)).to.equal(true);
				clickTab(client, screen, "Quiz");
				clickText(client, screen, "Fractions check", true);
				clickText(client, screen, "Speed bonus");
				clickText(client, screen, "Timed");
				client.typeInto(boxWith(screen, "Seconds"), "45");
				clickText(client, screen, "Start the quiz");
				expect(waitUntil(() => fake.requestsOf("StartQuiz").size() === 1, 5)).to.equal(true);
				const start = fieldsOf(fake.requestsOf("StartQuiz")[0]);
				expect(start.set_id).to.equal("own-fractions");
				expect(start.scoring).to.equal("speed");
				expect(start.seconds_per_question).to.equal(45);

				fake.pushConsole(RIVERA, sampleConsole(now, sampleTeacherQuiz(Workspace.GetServerTimeNow() + 30)));
				expect(waitUntil(() => shows(screen, "Answered 7 of 10 online"), 5)).to.equal(true);
				expect(shows(screen, "Q2: 60% right (6 of 10 answered)")).to.equal(true);
				for (const [button, remote] of [
					["Pause", "PauseQuiz"],
					["Skip", "SkipQuestion"],
					["Reveal", "RevealAnswer"],
					["Next", "NextQuestion"],
					["End", "EndQuiz"],
				]) {
					clickText(client, screen, button);
					expect(`${remote}: ${waitUntil(() => fake.requestsOf(remote).size() === 1, 5)}`).to.equal(
						`${remote}: true`,
					);
				}
			}));
	});
};
