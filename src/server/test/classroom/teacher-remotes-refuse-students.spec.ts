import { HttpService } from "@rbxts/services";
import { namespaceOf, RATE_LIMITED, RATE_LIMITS } from "server/remotes/rate-limits";
import { ClassRecord } from "shared/classroom/class-record";
import { holdings } from "../helpers/remotes";
import { liveProfile, servicesOf } from "../helpers/server";
import { withWorld } from "../helpers/world";
import { classOf, classroomOf, createClass, joinByCode, startHub, teacher } from "./class-helpers";

const ANA = 9401;
const BEN = 9402;

/** What a teacher remote could change of the class, as text. */
function classState(record: ClassRecord, server: EmulatedServer): string {
	const live = classroomOf(server).classroom!.live;
	return HttpService.JSONEncode({
		settings: record.settings,
		log: record.log,
		sets: record.question_sets.size(),
		quizzes: record.quizzes.size(),
		season: record.board_season,
		code: record.join_code,
		archived: record.archived_boards.size(),
		live,
		quiz: classroomOf(server).quiz?.teacherView(0) ?? "none",
	});
}

export = () => {
	it("a student firing every teacher remote with any payload changes nothing", () =>
		withWorld((world) => {
			const hub = startHub(world);
			const made = createClass(world, hub);
			const ana = joinByCode(world, hub, ANA, made.code).client!;
			joinByCode(world, hub, BEN, made.code);
			Emulation.advance(3);
			const record = classOf(made.server)!;
			const setId = record.question_sets[0]?.id ?? "math-addition-1";
			const payloads: unknown[] = [
				undefined,
				{},
				"teacher",
				42,
				{ user_id: ANA, xp: 1000, coins: 500, reason: "I deserve it" },
				{ user_id: BEN, xp: 1000, reason: "take it all" },
				{ quest_id: "daily_grind", minutes: 60 },
				{ archive: true },
				{ user_id: ANA },
				{ frozen: true },
				{ locked: true },
				{ text: "I am the teacher now" },
				{ paused: true },
				{ title: "Mine", text: "2+2?,4,5" },
				{ set_id: setId, scoring: "speed", seconds_per_question: 10 },
				{ name: "My own class" },
				[1, 2, 3],
			];
			const teacherRemotes = new Array<string>();
			for (const [name] of pairs(RATE_LIMITS)) if (namespaceOf(name) === "Teacher") teacherRemotes.push(name);
			teacherRemotes.sort();
			expect(teacherRemotes.size()).to.equal(24);
			const before = {
				ana: holdings(liveProfile(made.server, ANA)),
				ben: holdings(liveProfile(made.server, BEN)),
				room: classState(record, made.server),
			};
			const walkSpeed = () => made.server.getPlayer(BEN)!.Character!.FindFirstChildOfClass("Humanoid")!.WalkSpeed;
			for (const remote of teacherRemotes) {
				let notTeacher = 0;
				for (const payload of payloads) {
					// spaced as a patient cheater would, so most get past the rate limits to the teacher check
					Emulation.advance(1);
					const reply = teacher<{ ok: boolean; reason?: string }>(ana, remote, payload);
					expect(reply.ok).to.equal(false);
					if (reply.reason === "only a teacher can do that") notTeacher += 1;
					else expect(reply.reason).to.equal(RATE_LIMITED);
				}
				expect(notTeacher >= 3).to.equal(true);
			}
			Emulation.advance(3);
			expect(holdings(liveProfile(made.server, ANA))).to.equal(before.ana);
			expect(holdings(liveProfile(made.server, BEN))).to.equal(before.ben);
			expect(classState(classOf(made.server)!, made.server)).to.equal(before.room);
			expect(walkSpeed()).to.equal(16);
			expect(servicesOf(made.server).guard.faultCount()).to.equal(0);
			// nobody was sent anywhere but the class's own arrivals
			expect(world.teleports.log.size()).to.equal(3);
		}));
};
