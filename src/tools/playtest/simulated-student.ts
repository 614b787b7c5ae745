import type * as RemotesModule from "shared/remotes";
import { Catalog } from "shared/catalog/types";
import { Content, QuestionView, SUBJECT_IDS, SubjectId } from "shared/content";
import { ActivityStart, AnswerReply } from "shared/activity-protocol";
import { describeEffect } from "./describe-effects";
import { Habit } from "./habits";
import { questionOf, rightAnswer, wrongAnswer } from "./answer-key";
import { stationPartOf } from "./stations";

/**
 * One simulated student playing through their client: walks to stations, presses their prompt,
 * answers the questions the server sends (right as often as their habit says), takes the daily
 * quest and spends coins, and says aloud what their screen would tell them.
 */
export class SimulatedStudent {
	private readonly remotes;
	private readonly started = new Array<ActivityStart>();
	private triedForging = false;

	public constructor(
		private readonly server: EmulatedServer,
		public readonly client: EmulatedClient,
		public readonly name: string,
		private readonly habit: Habit,
		private readonly catalog: Catalog,
		private readonly content: Content,
		private readonly rng: Random,
		private readonly say: (line: string) => void,
		/** Sends one forged answer once, to show what the server says to a cheat. */
		private readonly forges = false,
	) {
		this.remotes = client.requireModule<typeof RemotesModule>("ReplicatedStorage/TS/remotes").Remotes.Client;
		const notifications = this.remotes.GetNamespace("Notifications");
		notifications.Get("ActivityStarted").Connect((start) => this.started.push(start));
		notifications.Get("ViewPatched").Connect((message) => {
			for (const effect of message.effects) {
				const text = describeEffect(effect, catalog);
				if (text !== undefined) this.say(`${this.name} ${text}`);
			}
		});
	}

	/** Plays until `endAt` (virtual Unix time). */
	public play(endAt: number) {
		const student = this.remotes.GetNamespace("Student");
		if (this.habit.engaged) {
			const reply = student.Get("AssignQuest").CallServerAsync({ quest_id: "daily_three_activities" }).expect();
			if (!reply.ok) this.say(`${this.name} could not take the daily quest: ${reply.reason}`);
		}
		while (os.time() < endAt) {
			const subject = SUBJECT_IDS[this.rng.NextInteger(0, SUBJECT_IDS.size() - 1)];
			this.learnAt(subject, this.rng.NextNumber() < 0.25 ? "lesson" : "quiz");
			if (this.habit.engaged) this.shop();
			task.wait(this.rng.NextNumber(this.habit.pause[0], this.habit.pause[1]));
		}
	}

	private learnAt(subject: SubjectId, mode: "quiz" | "lesson") {
		const station = stationPartOf(this.server, subject);
		this.client.moveTo(station.CFrame.Position.add(new Vector3(0, 0, 4)));
		task.wait(3);
		let start: ActivityStart | undefined;
		if (mode === "quiz") {
			// pressing the station's prompt: the server starts the quiz and sends the first question
			const prompt = station.FindFirstChildWhichIsA("ProximityPrompt", true)!;
			const before = this.started.size();
			this.client.triggerPrompt(prompt);
			for (let i = 0; i < 10 && this.started.size() === before; i++) task.wait(0.5);
			start = this.started[before];
		} else {
			const reply = this.remotes
				.GetNamespace("Student")
				.Get("StartActivity")
				.CallServerAsync({ subject, mode })
				.expect();
			if (reply.ok) start = reply.start;
			else this.say(`${this.name} could not start a ${subject} lesson: ${reply.reason}`);
		}
		if (start === undefined) return;
		const kind = start.pages !== undefined ? `lesson (${start.pages.size()} pages)` : start.activity;
		this.say(
			`${this.name} starts "${start.title}" at the ${subject} station: ${kind}, ${start.question_count} questions`,
		);
		if (start.pages !== undefined) task.wait(start.pages.size() * 40);
		this.answerAll(start);
	}

	private answerAll(start: ActivityStart) {
		const answer = this.remotes.GetNamespace("Student").Get("AnswerQuestion");
		let view: QuestionView | undefined = start.question;
		while (view !== undefined) {
			task.wait(this.rng.NextNumber(this.habit.think[0], this.habit.think[1]));
			const question = questionOf(this.content, start.set_id, view);
			if (this.forges && !this.triedForging) {
				this.triedForging = true;
				const forged = answer.CallServerAsync({ question: view.id, answer: 0, correct: true }).expect();
				if (!forged.ok) this.say(`${this.name} sends a forged "correct: true": refused (${forged.reason})`);
			}
			const right = this.rng.NextNumber() < this.habit.knows;
			const reply: AnswerReply = answer
				.CallServerAsync({
					question: view.id,
					answer: right ? rightAnswer(question, view) : wrongAnswer(question, view),
				})
				.expect();
			if (!reply.ok) {
				this.say(`${this.name}'s answer was refused: ${reply.reason}`);
				return;
			}
			view = reply.next?.question;
			const summary = reply.summary;
			if (summary !== undefined) {
				this.say(
					`${this.name} finished "${start.title}": ${summary.correct}/${summary.questions} right in ` +
						`${math.floor(summary.time)} s (server-measured), +${summary.xp} XP, +${summary.coins} coins`,
				);
			}
		}
	}

	private shop() {
		const student = this.remotes.GetNamespace("Student");
		const bought = student.Get("Purchase").CallServerAsync({ reward_id: "snack_pack" }).expect();
		if (bought.ok) student.Get("UseItem").CallServerAsync({ item_id: "snack_pack" }).expect();
	}
}
