import { getServerCatalog } from "server/catalog/server-catalog";
import { AnswerReply, ActivityStart } from "shared/activity-protocol";
import { Effect } from "shared/domain";
import { ask, collectPatches, holdings } from "../helpers/remotes";
import { joinAndLoad, liveProfile, servicesOf } from "../helpers/server";
import { waitUntil, withWorld } from "../helpers/world";
import { stationOf } from "tools/playtest/stations";
import { answerQuestion, answerShown, startActivity, walkTo, playThrough } from "./activity-helpers";

const ANA = 4501;
const BEN = 4502;

function started(reply: ReturnType<typeof startActivity>): ActivityStart {
	if (!reply.ok) error(`the activity did not start: ${reply.reason}`);
	return reply.start;
}

function answered(reply: AnswerReply) {
	if (!reply.ok) error(`the answer was refused: ${reply.reason}`);
	return reply;
}

function refusalOf(reply: { ok: boolean; reason?: string }): string {
	if (reply.ok) error("expected a refusal");
	return reply.reason!;
}

/** The seed's XPCalculator, written out again from gamification-models.md. */
function seedXp(base: number, perfect: boolean, time: number, expected: number, firstTry: boolean, streak: number) {
	const multipliers = new Array<number>();
	if (perfect) multipliers.push(1.5);
	if (time < expected * 0.5) multipliers.push(1.2);
	if (firstTry) multipliers.push(1.1);
	multipliers.push(math.min(1 + streak * 0.05, 2));
	let sum = 0;
	for (const m of multipliers) sum += m;
	return math.floor(base * (sum / multipliers.size()));
}

export = () => {
	describe("activity sessions graded on the server", () => {
		it("a student walks to a station, answers a quiz right and earns exactly the seed's XP for what the server measured", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, ANA);
				const client = server.clientOf(ANA)!;
				const patches = collectPatches(client);
				walkTo(server, client, "math");
				const start = started(startActivity(client, "math"));
				expect(start.subject).to.equal("math");
				// never the answer: only what the screen shows
				const view = start.question as unknown as Record<string, unknown>;
				expect(view.answer).to.equal(undefined);
				expect(view.accept).to.equal(undefined);
				expect(view.explanation).to.equal(undefined);
				const last = playThrough(server, client, start, () => true, 8);
				expect(last.ok && last.feedback.correct).to.equal(true);
				const summary = last.ok ? last.summary! : error("no summary");
				expect(summary.perfect).to.equal(true);
				expect(summary.accuracy).to.equal(1);
				expect(summary.rushed_answers).to.equal(0);
				// the server measured each answer itself: about 8 s each, plus the network's frames
				expect(math.abs(summary.time - 8 * summary.questions) < summary.questions * 0.5).to.equal(true);
				const base = getServerCatalog().activities.get(start.activity)!.base_xp;
				const expected = seedXp(base, true, summary.time, summary.expected_time, summary.first_try, 1);
				expect(summary.xp).to.equal(expected);
				expect(liveProfile(server, ANA).experience.total_xp).to.equal(expected);
				// the client was told: an xp_gained in a patch of its view
				expect(
					waitUntil(
						() =>
							patches.some((patch) =>
								patch.effects.some((effect: Effect) => effect.kind === "xp_gained"),
							),
						5,
					),
				).to.equal(true);
			}));

		it("refuses forged results, times, unasked and second answers, changing nothing", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, ANA);
				const client = server.clientOf(ANA)!;
				expect(
					refusalOf(startActivity(client, "math")).find("walk to the math station")[0] !== undefined,
				).to.equal(true);
				walkTo(server, client, "math");
				const start = started(startActivity(client, "math"));
				const before = holdings(liveProfile(server, ANA));
				const id = start.question.id;
				const forged: [unknown, string][] = [
					[{ question: id, answer: 0, correct: true }, "correct"],
					[{ question: id, answer: 0, time: 1 }, "time"],
					[{ question: id, answer: 0, score: 100 }, "score"],
					[{ question: "never-asked", answer: 0 }, "not asked"],
					[{ question: id }, ""],
					["all right", "expected"],
				];
				for (const [payload, mentions] of forged) {
					// a second apart: a burst of answers is a script, and the rate limit would answer first
					Emulation.advance(1);
					const reason = refusalOf(answerQuestion(client, payload));
					if (mentions !== "") expect(reason.find(mentions, 1, true)[0] !== undefined).to.equal(true);
				}
				expect(refusalOf(ask(client, "QuitActivity", { result: "perfect" })).size() > 0).to.equal(true);
				// a second start while one runs is refused too
				expect(refusalOf(startActivity(client, "math")).find("first")[0] !== undefined).to.equal(true);
				answered(answerShown(server, client, start, start.question, true, 5));
				const again = refusalOf(answerShown(server, client, start, start.question, true, 1));
				expect(again).to.equal("that question was already answered");
				expect(holdings(liveProfile(server, ANA))).to.equal(before);
				expect(servicesOf(server).guard.faultCount()).to.equal(0);
			}));

		it("answers faster than anyone can read earn no speed bonus, and are counted", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, ANA);
				const client = server.clientOf(ANA)!;
				walkTo(server, client, "science");
				const start = started(startActivity(client, "science"));
				const last = playThrough(server, client, start, () => true, 0);
				const summary = last.ok ? last.summary! : error("no summary");
				expect(summary.rushed_answers).to.equal(summary.questions);
				const base = getServerCatalog().activities.get(start.activity)!.base_xp;
				// fast enough for the 1.2, but rushed: the seed's formula without it
				expect(summary.time < summary.expected_time * 0.5).to.equal(true);
				expect(summary.xp).to.equal(
					seedXp(base, true, summary.expected_time, summary.expected_time, summary.first_try, 1),
				);
				expect(liveProfile(server, ANA).fair_play.rushed_answers).to.equal(summary.questions);
			}));

		it("wrong answers get the right answer and its explanation, and a lower accuracy", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, ANA);
				const client = server.clientOf(ANA)!;
				walkTo(server, client, "history");
				const start = started(startActivity(client, "history"));
				const first = answered(answerShown(server, client, start, start.question, false, 6));
				expect(first.ok && !first.feedback.correct).to.equal(true);
				expect(first.ok && first.feedback.explanation.size() > 0).to.equal(true);
				expect(first.ok && first.feedback.correct_answer.size() > 0).to.equal(true);
				let view = first.ok ? first.next?.question : undefined;
				let last = first;
				while (view !== undefined) {
					last = answered(answerShown(server, client, start, view, true, 6));
					view = last.ok ? last.next?.question : undefined;
				}
				const summary = last.ok ? last.summary! : error("no summary");
				expect(summary.perfect).to.equal(false);
				expect(summary.correct).to.equal(summary.questions - 1);
				expect(liveProfile(server, ANA).subject_accuracy.history).to.equal(summary.accuracy);
			}));

		it("serves harder sets as a student's accuracy in the subject rises", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, ANA);
				const client = server.clientOf(ANA)!;
				walkTo(server, client, "geography");
				const easy = started(startActivity(client, "geography"));
				ask(client, "QuitActivity");
				liveProfile(server, ANA).subject_accuracy.geography = 0.95;
				const hard = started(startActivity(client, "geography"));
				const sets = server
					.requireModule<typeof import("server/content/default-content")>(
						"ServerScriptService/TS/content/default-content",
					)
					.getDefaultContent().sets;
				expect(sets.get(easy.set_id)!.difficulty).to.equal(1);
				expect(sets.get(hard.set_id)!.difficulty).to.equal(3);
			}));

		it("a lesson shows its pages, then its check questions", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, ANA);
				const client = server.clientOf(ANA)!;
				walkTo(server, client, "reading");
				const start = started(startActivity(client, { subject: "reading", mode: "lesson" }));
				expect(start.activity).to.equal("lesson");
				expect(start.pages!.size() >= 1).to.equal(true);
				const last = playThrough(server, client, start, () => true, 20);
				expect(last.ok && last.summary!.xp > 0).to.equal(true);
				expect(liveProfile(server, ANA).stats.lessons_completed).to.equal(1);
			}));

		it("leaving mid-activity abandons it: nothing is earned, and the next visit starts afresh", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, ANA);
				let client = server.clientOf(ANA)!;
				walkTo(server, client, "computing");
				const start = started(startActivity(client, "computing"));
				answered(answerShown(server, client, start, start.question, true, 5));
				server.removePlayer(ANA);
				Emulation.advance(10);
				joinAndLoad(world, server, ANA);
				client = server.clientOf(ANA)!;
				expect(liveProfile(server, ANA).stats.activities_completed).to.equal(0);
				// the answers given were shown their feedback: the set's run today is spent
				expect(liveProfile(server, ANA).fair_play.set_runs[start.set_id]).to.equal(1);
				expect(refusalOf(answerQuestion(client, { question: start.question.id, answer: 0 }))).to.equal(
					"you are not doing an activity: start one at a station",
				);
			}));

		it("quitting after seeing answers spends the set's first try: playing it again is a repeat", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, ANA);
				const client = server.clientOf(ANA)!;
				walkTo(server, client, "math");
				const first = started(startActivity(client, "math"));
				answered(answerShown(server, client, first, first.question, false, 5));
				expect(ask(client, "QuitActivity").ok).to.equal(true);
				expect(liveProfile(server, ANA).experience.total_xp).to.equal(0);
				expect(liveProfile(server, ANA).fair_play.set_runs[first.set_id]).to.equal(1);
				// quitting before any answer costs nothing
				Emulation.advance(3);
				const second = started(startActivity(client, "math"));
				expect(ask(client, "QuitActivity").ok).to.equal(true);
				expect(liveProfile(server, ANA).fair_play.set_runs[second.set_id] ?? 0).to.equal(
					second.set_id === first.set_id ? 1 : 0,
				);
				Emulation.advance(3);
				let again = started(startActivity(client, "math"));
				while (again.set_id !== first.set_id) {
					ask(client, "QuitActivity");
					Emulation.advance(3);
					again = started(startActivity(client, "math"));
				}
				const last = playThrough(server, client, again, () => true, 8);
				expect(last.ok && last.summary!.first_try).to.equal(false);
				const patches = liveProfile(server, ANA).fair_play.set_runs[first.set_id];
				expect(patches).to.equal(2);
			}));

		it("a station's prompt starts the activity and the client is sent its first question", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, BEN);
				const client = server.clientOf(BEN)!;
				const startedBy = new Array<ActivityStart>();
				client
					.requireModule<typeof import("shared/remotes")>("ReplicatedStorage/TS/remotes")
					.Remotes.Client.GetNamespace("Notifications")
					.Get("ActivityStarted")
					.Connect((start) => startedBy.push(start));
				walkTo(server, client, "science");
				const prompt = stationOf(server, "science").FindFirstChildWhichIsA("ProximityPrompt", true)!;
				expect(client.triggerPrompt(prompt)).to.equal(true);
				expect(waitUntil(() => startedBy.size() === 1, 5)).to.equal(true);
				expect(startedBy[0].subject).to.equal("science");
				const last = playThrough(server, client, startedBy[0], () => true, 7);
				expect(last.ok && last.summary!.xp > 0).to.equal(true);
			}));

		it("a place's own server-side content records results through the same rules", () =>
			withWorld((world) => {
				const server = world.startServer();
				joinAndLoad(world, server, ANA);
				const activities = servicesOf(server).activities;
				const player = server.getPlayer(ANA)!;
				const outcome = activities.record(player, {
					activity: "practice",
					subject: "math",
					correct: 8,
					questions: 10,
					seconds: 200,
				});
				expect(outcome.ok).to.equal(true);
				const base = getServerCatalog().activities.get("practice")!;
				expect(outcome.ok && outcome.summary.xp).to.equal(
					seedXp(base.base_xp, false, 200, base.expected_time, false, 1),
				);
				const bad = activities.record(player, { activity: "practice", correct: 11, questions: 10, seconds: 5 });
				expect(bad.ok).to.equal(false);
				const unknown = activities.record(player, { activity: "nap", correct: 1, questions: 1, seconds: 5 });
				expect(!unknown.ok && unknown.reason.find("nap")[0] !== undefined).to.equal(true);
			}));
	});
};
