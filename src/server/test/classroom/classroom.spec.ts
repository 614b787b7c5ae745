import type * as ConfigModule from "server/classroom/classroom-config";
import { CLASS_STORES } from "server/classroom/class-store";
import { withWorld, waitUntil } from "../helpers/world";
import {
	arrive,
	classOf,
	classRemote,
	createClass,
	joinByCode,
	startHub,
	teacher,
	TEACHER,
	watchClass,
} from "./class-helpers";

const STUDENTS = [9101, 9102, 9103];

/** The role the server gave a player (the server's own Player: the attribute is the server's word). */
function roleOn(server: EmulatedServer, userId: number): unknown {
	return server.getPlayer(userId)?.GetAttribute("ClassQuestRole");
}

export = () => {
	describe("a teacher creates a class and students join it by code", () => {
		it("three students who type the code land on the teacher's reserved server, on its roster", () =>
			withWorld((world) => {
				const hub = startHub(world);
				const created = createClass(world, hub, "Period 3 Science");
				expect(created.code.match("^%w%w%w%-%w%w%w$")[0] !== undefined).to.equal(true);
				for (const userId of STUDENTS) {
					const joined = joinByCode(world, hub, userId, created.code.lower().gsub("-", " ")[0]);
					expect(joined.reply.ok).to.equal(true);
					expect(joined.server).to.equal(created.server);
				}
				const record = classOf(created.server)!;
				expect(record.name).to.equal("Period 3 Science");
				expect(record.teacher_user_id).to.equal(TEACHER);
				expect(record.roster.map((row) => row.user_id).join(",")).to.equal(STUDENTS.join(","));
				// the class scope: every student's class boards are this class's
				const stored = world.dataStores.peek(CLASS_STORES.records, record.class_id) as
					{ roster: unknown[] } | undefined;
				expect(
					waitUntil(
						() =>
							(
								world.dataStores.peek(CLASS_STORES.records, record.class_id) as { roster: unknown[] }
							).roster.size() === 3,
						30,
					),
				).to.equal(true);
				expect(stored !== undefined).to.equal(true);
			}));

		it("refuses a wrong code and an expired one with a message, and nobody moves", () =>
			withWorld((world) => {
				const hub = startHub(world);
				const created = createClass(world, hub);
				const student = arrive(world, hub, 9104);
				const wrong = classRemote(student, "JoinClass", "ACD-EFG");
				expect(wrong.ok).to.equal(false);
				if (!wrong.ok)
					expect(wrong.reason.find("no class has the code ACD-EFG", 1, true)[0] !== undefined).to.equal(true);
				const typo = classRemote(student, "JoinClass", "AB0-123");
				expect(typo.ok).to.equal(false);
				expect(world.serverOf(9104)).to.equal(hub);
				// the code was issued for 7 days; a week of idle servers costs minutes of real time, so the
				// stored entry is set to what a week's passing makes of it (expiry now past)
				const key = created.code.gsub("-", "")[0];
				const entry = world.dataStores.peek(CLASS_STORES.codes, key) as {
					class_id: string;
					expires_at: number;
				};
				expect(math.abs(entry.expires_at - (os.time() + 7 * 24 * 3600)) < 120).to.equal(true);
				world.dataStores.poke(CLASS_STORES.codes, key, { class_id: entry.class_id, expires_at: os.time() - 1 });
				// past the DataStore's 4 s read cache
				Emulation.advance(5);
				const late = classRemote(student, "JoinClass", created.code);
				expect(late.ok).to.equal(false);
				if (!late.ok) expect(late.reason.find("expired", 1, true)[0] !== undefined).to.equal(true);
				expect(world.serverOf(9104)).to.equal(hub);
			}));

		it("a locked class takes no new student, but one on its roster comes back", () =>
			withWorld((world) => {
				const hub = startHub(world);
				const created = createClass(world, hub);
				const first = joinByCode(world, hub, 9105, created.code);
				expect(first.server).to.equal(created.server);
				expect(teacher(created.teacher, "SetLocked", { locked: true }).ok).to.equal(true);
				// the class record reaches the DataStore at its next write
				Emulation.advance(20);
				const refused = joinByCode(world, hub, 9106, created.code);
				expect(refused.reply.ok).to.equal(false);
				if (!refused.reply.ok)
					expect(refused.reply.reason.find("locked", 1, true)[0] !== undefined).to.equal(true);
				created.server.removePlayer(9105);
				Emulation.advance(10);
				const back = joinByCode(world, hub, 9105, created.code);
				expect(back.reply.ok).to.equal(true);
				expect(back.server).to.equal(created.server);
			}));

		it("a student can never create a class, whatever they send", () =>
			withWorld((world) => {
				const hub = startHub(world);
				const student = arrive(world, hub, 9107);
				const seen = watchClass(student);
				for (const payload of [{ name: "Hack" }, "x", undefined, { name: "A", role: "teacher" }]) {
					const reply = teacher(student, "CreateClass", payload);
					expect(reply.ok).to.equal(false);
				}
				expect(world.teleports.log.size()).to.equal(0);
				waitUntil(() => seen.size() > 0, 5);
				expect(seen[seen.size() - 1]?.role ?? "student").to.equal("student");
				expect(roleOn(hub, 9107)).to.equal("student");
			}));

		it("a teacher is the private server's owner, a group rank, or in Studio the first player", () =>
			withWorld((world) => {
				const owned = world.startServer({ privateServerId: "ps-1", privateServerOwnerId: 9201 });
				arrive(world, owned, 9202);
				arrive(world, owned, 9201);
				expect(waitUntil(() => roleOn(owned, 9201) === "teacher", 10)).to.equal(true);
				expect(roleOn(owned, 9202)).to.equal("student");
				expect(waitUntil(() => classOf(owned)?.teacher_user_id === 9201, 10)).to.equal(true);

				const studio = world.startServer({ studio: true });
				arrive(world, studio, 9203);
				arrive(world, studio, 9204);
				expect(roleOn(studio, 9203)).to.equal("teacher");
				expect(roleOn(studio, 9204)).to.equal("student");

				const hub = startHub(world, []);
				hub.requireModule<typeof ConfigModule>(
					"ServerScriptService/TS/classroom/classroom-config",
				).CLASSROOM_CONFIG.teacherGroup = {
					groupId: 77,
					minRank: 100,
				};
				world.setGroupRank(9205, 77, 200);
				world.setGroupRank(9206, 77, 50);
				arrive(world, hub, 9205);
				arrive(world, hub, 9206);
				expect(waitUntil(() => roleOn(hub, 9205) === "teacher", 10)).to.equal(true);
				expect(roleOn(hub, 9206)).to.equal("student");
				// the group service failing makes a student, never a teacher
				world.setGroupRank(9207, 77, 255);
				world.failGroupCalls(1);
				arrive(world, hub, 9207);
				expect(roleOn(hub, 9207)).to.equal("student");
			}));
	});
};
