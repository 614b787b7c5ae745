import { ActivityStart, AnswerReply } from "shared/activity-protocol";
import { Narration } from "./narration";
import { Catalog } from "shared/catalog/types";
import { ClassBroadcast } from "shared/classroom/classroom-protocol";
import { Content, QuestionView, SUBJECT_IDS, SubjectId } from "shared/content";
import { Effect } from "shared/domain";
import { questionOf, rightAnswer, wrongAnswer } from "./answer-key";
import { RosterEntry } from "./class-roster";
import { describeEffect } from "./describe-effects";
import { forgedCalls } from "./forged-calls";
import { LiveAnswerBook } from "./live-answer-book";
import { stationPartOf } from "./stations";
import { StudentClient } from "./student-client";
import { WeekLog } from "./week-log";

/** What an engaged student saves up for, in order; a consumable is used at once. */
const WISH_LIST = ["snack_pack", "emote_high_five", "avatar_owl", "snack_pack", "title_bookworm", "frame_gold"];
const CONSUMABLES = new Set(["snack_pack", "double_xp_potion"]);
/** A gift an engaged student buys a classmate once a day when they can afford it. */
const GIFT = "double_xp_potion";

type Reply = { ok: boolean; reason?: string };

/**
 * One simulated student: joins through the hub with the class's code, walks to the stations,
 * presses their prompts and answers the server's questions (right as often as their habit says),
 * answers the teacher's live quiz, takes quests, shops and gives gifts, all through their client's
 * remotes; a cheat also fires forged payloads. What their screen is told goes to the week's log,
 * and the moments a student notices are said aloud.
 */
export class SimulatedStudent {
	public client: StudentClient | undefined;
	public readonly name: string;
	public readonly userId: number;
	private wishes = 0;
	private forged = 0;
	private giftDay = -1;
	/** "day#quest_id" of each quest taken, so that a daily quest is taken once a day. */
	private readonly taken = new Set<string>();
	private readonly answeredLive = new Set<string>();

	public constructor(
		public readonly entry: RosterEntry,
		private readonly world: EmulatedWorld,
		private readonly catalog: Catalog,
		private readonly content: Content,
		private readonly rng: Random,
		private readonly lines: Narration,
		private readonly log: WeekLog,
		private readonly answers: LiveAnswerBook,
	) {
		this.name = entry.name;
		this.userId = entry.userId;
	}

	/** Joins a server directly (the public hub) and waits until the screen shows their profile. */
	public arrive(server: EmulatedServer): boolean {
		const client = server.addPlayer({
			userId: this.userId,
			name: this.name.lower().gsub(" ", "")[0],
			displayName: this.name,
			runScripts: false,
		});
		return this.bind(server, client);
	}

	/** In the hub: types the class's code, and lands on the class's server. */
	public joinClass(code: string): boolean {
		const hub = this.client;
		if (hub === undefined) return false;
		const reply = hub.anyRemote("Class", "JoinClass").CallServerAsync(code).expect() as Reply;
		if (!reply.ok) {
			this.refused("JoinClass", reply.reason);
			return false;
		}
		for (let i = 0; i < 60 && this.world.serverOf(this.userId) === hub.server; i++) task.wait(0.5);
		const landed = this.world.waitForArrival(this.userId, 60);
		const server = this.world.serverOf(this.userId);
		if (landed === undefined || server === undefined || server === hub.server) {
			this.lines.headline(`${this.name} typed the code but did not arrive in class`);
			return false;
		}
		return this.bind(server, landed);
	}

	/** Leaves the game (closes Roblox): their profile is saved and released by the server. */
	public leave() {
		const client = this.client;
		this.client = undefined;
		client?.server.removePlayer(this.userId);
	}

	/** Plays until `endAt` (virtual Unix time) on the server they are on. */
	public play(endAt: number, day: number) {
		while (os.time() < endAt && this.client !== undefined) {
			if (this.waitingForTeacher()) {
				task.wait(5);
				continue;
			}
			if (this.entry.habit.engaged) this.takeQuests(day);
			const subject = SUBJECT_IDS[this.rng.NextInteger(0, SUBJECT_IDS.size() - 1)];
			this.learnAt(subject, this.rng.NextNumber() < 0.25 ? "lesson" : "quiz", endAt);
			if (this.entry.habit.engaged) {
				this.shop();
				this.giveGift(day);
			}
			if (this.entry.habit.forges) this.forge();
			task.wait(this.rng.NextNumber(this.entry.habit.pause[0], this.entry.habit.pause[1]));
		}
		// a struggling student gives up the perfect-quiz quest they could not finish today
		if (this.entry.habit.name === "struggling" && this.client?.view()?.quests["daily_perfect_quiz"] !== undefined)
			this.act("AbandonQuest", { quest_id: "daily_perfect_quiz" });
	}

	/** Whether the class is listening to the teacher now: a live quiz running, or the room frozen. */
	private waitingForTeacher(): boolean {
		const view = this.client?.lastClass;
		if (view === undefined) return false;
		return view.frozen || (view.quiz !== undefined && view.quiz.phase !== "ended");
	}

	private bind(server: EmulatedServer, client: EmulatedClient): boolean {
		this.client = new StudentClient(
			server,
			client,
			(effects) => this.heard(effects),
			(view) => this.onClass(view),
		);
		for (let i = 0; i < 120 && this.client.view() === undefined; i++) task.wait(0.5);
		if (this.client.view() === undefined) {
			this.lines.headline(`${this.name}'s profile did not load on ${server.jobId}`);
			return false;
		}
		this.sample();
		return true;
	}

	/** The student's XP and level as their screen shows them, into the week's log. */
	public sample() {
		const view = this.client?.view();
		if (view !== undefined) this.log.sample(this.userId, view.total_xp, view.level);
	}

	private heard(effects: readonly Effect[]) {
		this.log.effects(this.userId, effects);
		for (const effect of effects) {
			const text = describeEffect(effect, this.catalog);
			if (text !== undefined) this.lines.detail(`${this.name} ${text}`);
		}
		if (effects.some((effect) => effect.kind === "level_up" || effect.kind === "xp_gained")) this.sample();
	}

	/** A live quiz question opens: think, then answer it (right as often as the habit says). */
	private onClass(view: ClassBroadcast) {
		const quiz = view.quiz;
		if (quiz === undefined || quiz.phase !== "question" || quiz.question === undefined) return;
		if (quiz.your_answer !== undefined) return;
		const key = `${quiz.quiz_id}#${quiz.number}`;
		if (this.answeredLive.has(key)) return;
		this.answeredLive.add(key);
		const question = quiz.question;
		task.spawn(() => {
			task.wait(this.rng.NextNumber(this.entry.habit.think[0], this.entry.habit.think[1]));
			const correct = this.answers.answerOf(question.prompt);
			const choices = question.choices ?? [];
			const right = correct !== undefined && this.rng.NextNumber() < this.entry.habit.knows;
			const answer = right ? correct : (choices.find((choice) => choice !== correct) ?? "");
			const client = this.client;
			if (client === undefined) return;
			const reply = client
				.anyRemote("Class", "AnswerLiveQuiz")
				.CallServerAsync({ quiz_id: quiz.quiz_id, number: quiz.number, answer })
				.expect() as Reply;
			if (reply.ok) this.answers.counted(quiz.quiz_id, right);
			else this.refused("AnswerLiveQuiz", reply.reason);
		});
	}

	/** The quests this student takes, once a day each, as soon as the quest board offers them. */
	private takeQuests(day: number) {
		const view = this.client?.view();
		if (view === undefined) return;
		const wanted = ["daily_three_activities"];
		if (this.entry.habit.name === "diligent" || this.entry.habit.name === "struggling")
			wanted.push("daily_perfect_quiz");
		if (this.entry.habit.name === "diligent") wanted.push("weekly_fifteen_activities");
		for (const questId of wanted) {
			const key = `${day}#${questId}`;
			if (this.taken.has(key) || view.quests[questId] !== undefined) continue;
			const offered = view.quest_board[questId];
			if (offered === undefined || offered.locked_reason !== undefined) continue;
			this.taken.add(key);
			this.act("AssignQuest", { quest_id: questId });
		}
	}

	private learnAt(subject: SubjectId, mode: "quiz" | "lesson", endAt: number) {
		const client = this.client!;
		const station = stationPartOf(client.server, subject);
		client.client.moveTo(station.CFrame.Position.add(new Vector3(0, 0, 4)));
		task.wait(3);
		let start: ActivityStart | undefined;
		if (mode === "quiz") {
			// pressing the station's prompt: the server starts the quiz and sends the first question
			const prompt = station.FindFirstChildWhichIsA("ProximityPrompt", true)!;
			const before = client.started.size();
			client.client.triggerPrompt(prompt);
			for (let i = 0; i < 10 && client.started.size() === before; i++) task.wait(0.5);
			start = client.started[before];
		} else {
			const reply = client.student().Get("StartActivity").CallServerAsync({ subject, mode }).expect();
			if (reply.ok) start = reply.start;
			else this.refused("StartActivity", reply.reason);
		}
		if (start === undefined) return;
		if (start.pages !== undefined) task.wait(math.min(start.pages.size() * 40, math.max(0, endAt - os.time())));
		this.answerAll(client, start);
	}

	private answerAll(client: StudentClient, start: ActivityStart) {
		const answer = client.student().Get("AnswerQuestion");
		let view: QuestionView | undefined = start.question;
		while (view !== undefined) {
			task.wait(this.rng.NextNumber(this.entry.habit.think[0], this.entry.habit.think[1]));
			if (this.client !== client) return;
			const question = questionOf(this.content, start.set_id, view);
			const right = this.rng.NextNumber() < this.entry.habit.knows;
			const reply: AnswerReply = answer
				.CallServerAsync({
					question: view.id,
					answer: right ? rightAnswer(question, view) : wrongAnswer(question, view),
				})
				.expect();
			if (!reply.ok) {
				this.refused("AnswerQuestion", reply.reason);
				return;
			}
			if (reply.not_recorded !== undefined) this.refused("AnswerQuestion", reply.not_recorded);
			view = reply.next?.question;
		}
	}

	/** Buys the next thing on the wish list once the screen shows enough coins; uses a consumable at once. */
	private shop() {
		const view = this.client?.view();
		if (view === undefined) return;
		const rewardId = WISH_LIST[this.wishes % WISH_LIST.size()];
		const price = this.catalog.rewards.get(rewardId)?.acquisition.price?.coins ?? math.huge;
		if (view.currency.coins < price) return;
		if (this.act("Purchase", { reward_id: rewardId })) {
			this.wishes += 1;
			if (CONSUMABLES.has(rewardId)) this.act("UseItem", { item_id: rewardId });
		}
	}

	/** Once a day, with coins to spare, a potion for a classmate on the same server. */
	private giveGift(day: number) {
		const client = this.client;
		const view = client?.view();
		if (client === undefined || view === undefined || this.giftDay === day) return;
		const price = this.catalog.rewards.get(GIFT)?.acquisition.price?.coins ?? math.huge;
		if (view.currency.coins < price + 100) return;
		const classmates = client.server.game
			.GetService("Players")
			.GetPlayers()
			.filter((player) => player.UserId !== this.userId && player.UserId < 9000);
		if (classmates.size() === 0) return;
		const to = classmates[this.rng.NextInteger(0, classmates.size() - 1)];
		this.giftDay = day;
		if (!this.act("Purchase", { reward_id: GIFT })) return;
		if (this.act("Gift", { to_user_id: tostring(to.UserId), item_id: GIFT }))
			this.lines.detail(`${this.name} gave ${to.DisplayName} a ${this.catalog.rewards.get(GIFT)?.name ?? GIFT}`);
	}

	/** The cheat's next forged call: each is refused by the server, and the reason is logged. */
	private forge() {
		const client = this.client;
		if (client === undefined) return;
		const calls = forgedCalls(this.userId);
		const call = calls[this.forged % calls.size()];
		this.forged += 1;
		const [ok, reply] = pcall(() =>
			client.anyRemote(call.namespace, call.remote).CallServerAsync(call.payload).expect(),
		);
		const answer = (ok ? reply : { ok: false, reason: tostring(reply) }) as Reply;
		if (answer.ok) {
			this.lines.headline(`${this.name}'s forged ${call.remote} (${call.what}) was ACCEPTED`);
			this.log.refused(this.name, `${call.remote}: ${call.what}`, "accepted (a hole)");
		} else this.log.refused(this.name, `${call.remote}: ${call.what}`, answer.reason ?? "refused");
	}

	/** A Student action; a refusal is logged with its reason. */
	private act(remote: string, fields: unknown): boolean {
		const client = this.client;
		if (client === undefined) return false;
		const reply = client.anyRemote("Student", remote).CallServerAsync(fields).expect() as Reply;
		if (!reply.ok) this.refused(remote, reply.reason);
		return reply.ok;
	}

	private refused(action: string, reason: string | undefined) {
		this.log.refused(this.name, action, reason ?? "refused");
	}
}
