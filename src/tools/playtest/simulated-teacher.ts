import type * as ConfigModule from "server/classroom/classroom-config";
import { ConsoleView } from "shared/classroom/classroom-protocol";
import { LeaderboardReply } from "shared/leaderboard-protocol";
import { TEACHER_USER_ID } from "./class-roster";
import { LiveAnswerBook } from "./live-answer-book";
import { questionSetOfDay } from "./teacher-question-sets";
import { StudentClient } from "./student-client";
import { WeekLog } from "./week-log";

type Reply = { ok: boolean; reason?: string };

/** The class quest the teacher starts each day, in turn: quests students do not take by themselves. */
const CLASS_QUESTS = ["weekly_subject_tour", "daily_helping_hand"];

/**
 * The simulated teacher: runs the class from the console through the Teacher remotes, as a
 * teacher would from the menu. Day 1 they create the class in the hub (its code goes on the
 * board); each day they paste a question set (day 1's first paste has a mistake, fixed after the
 * console names the line), start a class quest, run a live quiz of the set, award XP to a student
 * who helped, and end the quest before the bell.
 */
export class SimulatedTeacher {
	public client: StudentClient | undefined;
	public code: string | undefined;
	public readonly name = "Ms Rivera";

	public constructor(
		private readonly world: EmulatedWorld,
		private readonly say: (line: string) => void,
		private readonly log: WeekLog,
		private readonly answers: LiveAnswerBook,
	) {}

	/** Puts the teacher on the hub's allow-list, as the place's publisher does in classroom-config. */
	public static allowOn(hub: EmulatedServer) {
		const config = hub.requireModule<typeof ConfigModule>("ServerScriptService/TS/classroom/classroom-config");
		if (!config.CLASSROOM_CONFIG.teacherUserIds.includes(TEACHER_USER_ID))
			config.CLASSROOM_CONFIG.teacherUserIds.push(TEACHER_USER_ID);
	}

	/** Joins the hub and goes to the class: creates it on day 1, types its code after that. */
	public openClass(hub: EmulatedServer): EmulatedServer {
		const client = hub.addPlayer({
			userId: TEACHER_USER_ID,
			name: "msrivera",
			displayName: this.name,
			runScripts: false,
		});
		const onHub = new StudentClient(
			hub,
			client,
			() => undefined,
			() => undefined,
		);
		for (let i = 0; i < 60 && hub.getPlayer(TEACHER_USER_ID)?.GetAttribute("ClassQuestRole") !== "teacher"; i++)
			task.wait(0.5);
		if (this.code === undefined) {
			const reply = onHub
				.anyRemote("Teacher", "CreateClass")
				.CallServerAsync({ name: "Year 7 Science, Period 3" })
				.expect() as Reply & { join_code?: string };
			if (!reply.ok) error(`the teacher could not create the class: ${reply.reason}`);
			this.code = reply.join_code;
			this.say(`${this.name} creates "Year 7 Science, Period 3": the join code is ${this.code}`);
		} else {
			const reply = onHub.anyRemote("Class", "JoinClass").CallServerAsync(this.code).expect() as Reply;
			if (!reply.ok) error(`the teacher could not open the class: ${reply.reason}`);
		}
		for (let i = 0; i < 60 && this.world.serverOf(TEACHER_USER_ID) === hub; i++) task.wait(0.5);
		const landed = this.world.waitForArrival(TEACHER_USER_ID, 60);
		const server = this.world.serverOf(TEACHER_USER_ID);
		if (landed === undefined || server === undefined) error("the teacher did not arrive in class");
		this.client = new StudentClient(
			server,
			landed,
			() => undefined,
			() => undefined,
		);
		for (let i = 0; i < 60 && !this.console(); i++) task.wait(1);
		return server;
	}

	/** The class period: set, quest, live quiz, award, end. Returns when the bell rings (`endAt`). */
	public teach(day: number, endAt: number, students: () => number[]) {
		const set = questionSetOfDay(day);
		this.answers.learn(set.rows);
		let setId: string | undefined;
		if (set.mistake !== undefined) {
			const preview = this.call<{ ok: boolean; errors?: { line: number; message: string }[] }>(
				"PreviewQuestions",
				{ text: set.mistake },
			);
			// each message already names its line, as the console shows it
			const named = (preview.errors ?? []).map((problem) => problem.message).join("; ");
			this.say(`${this.name} pastes "${set.title}"; the console refuses it: ${named}`);
		}
		const saved = this.call<{ ok: boolean; set_id?: string; reason?: string }>("SaveQuestionSet", {
			title: set.title,
			text: set.text,
			subject: set.subject,
		});
		if (saved.ok) setId = saved.set_id;
		else this.say(`${this.name} could not save "${set.title}": ${saved.reason}`);
		this.act("Announce", { text: set.announcement });

		task.wait(120);
		const questId = CLASS_QUESTS[(day - 1) % CLASS_QUESTS.size()];
		if (this.act("StartClassQuest", { quest_id: questId, minutes: 30 }))
			this.say(`${this.name} starts the class quest "${questId}" for 30 minutes`);

		task.wait(math.max(0, endAt - os.time() - 22 * 60));
		if (setId !== undefined) this.runQuiz(day, setId, set.title, students);

		task.wait(math.max(0, endAt - os.time() - 6 * 60));
		this.awardHelper(day, students());
		task.wait(math.max(0, endAt - os.time() - 60));
		this.act("EndClassQuest", {});
		this.act("Announce", { text: "Great work today. See you tomorrow!" });
	}

	/** Leaves the game. */
	public leave() {
		const client = this.client;
		this.client = undefined;
		client?.server.removePlayer(TEACHER_USER_ID);
	}

	/** A board's top as the teacher's menu shows it: display names, highest first. */
	public boardTop(boardId: string): string[] | undefined {
		const reply = this.client?.student().Get("GetLeaderboard").CallServerAsync({ board_id: boardId }).expect() as
			LeaderboardReply | undefined;
		if (reply === undefined || !reply.ok) return undefined;
		return reply.page.top.map((row) => row.name);
	}

	private runQuiz(day: number, setId: string, title: string, students: () => number[]) {
		if (!this.act("StartQuiz", { set_id: setId, scoring: "accuracy", seconds_per_question: 40 })) return;
		this.say(`${this.name} runs a live quiz of "${title}" for ${students().size()} students`);
		let quizId: string | undefined;
		let questions = 0;
		for (let guard = 0; guard < 30; guard++) {
			const quiz = this.console()?.quiz;
			if (quiz === undefined || quiz.phase === "ended") break;
			quizId = quiz.quiz_id;
			questions = quiz.count;
			// wait until everyone online answered, or the question's time is up (the server reveals it)
			for (let i = 0; i < 50; i++) {
				const now = this.console()?.quiz;
				if (now === undefined || now.phase !== "question" || now.answered >= now.online) break;
				task.wait(1);
			}
			if (this.console()?.quiz?.phase === "question") this.act("RevealAnswer", {});
			task.wait(6);
			if (!this.act("NextQuestion", {})) break;
		}
		const ended = this.console()?.quiz;
		if (ended !== undefined && ended.phase !== "ended") this.act("EndQuiz", {});
		if (quizId !== undefined) {
			const tally = this.answers.tallyOf(quizId);
			this.log.quizzes.push({ day, title, questions, answers: tally.answers, correct: tally.correct });
			this.say(`the live quiz ends: ${tally.correct} of ${tally.answers} answers right`);
		}
	}

	/** A student who helped a classmate today gets 50 XP, with the reason in the class log. */
	private awardHelper(day: number, online: number[]) {
		if (online.size() === 0) return;
		const userId = online[(day * 7) % online.size()];
		const row = this.console()?.roster.find((entry) => entry.user_id === userId);
		if (this.act("Award", { user_id: userId, xp: 50, coins: 10, reason: "helped a classmate with the quiz" }))
			this.say(`${this.name} awards ${row?.display_name ?? userId} 50 XP and 10 coins for helping a classmate`);
	}

	private console(): ConsoleView | undefined {
		const reply = this.call<{ ok: boolean; view?: ConsoleView }>("GetConsole");
		return reply.ok ? reply.view : undefined;
	}

	private act(remote: string, fields: unknown): boolean {
		const reply = this.call<Reply>(remote, fields);
		if (!reply.ok) this.log.refused(this.name, remote, reply.reason ?? "refused");
		return reply.ok;
	}

	private call<R>(remote: string, fields?: unknown): R {
		const client = this.client;
		if (client === undefined) return { ok: false, reason: "the teacher is not in class" } as R;
		return client.anyRemote("Teacher", remote).CallServerAsync(fields).expect() as R;
	}
}
