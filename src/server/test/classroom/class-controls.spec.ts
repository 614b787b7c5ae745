import { collectPatches, holdings } from "../helpers/remotes";
import { liveProfile } from "../helpers/server";
import { waitUntil, withWorld } from "../helpers/world";
import { classOf, consoleOf, createClass, joinByCode, startHub, teacher, TEACHER, watchClass } from "./class-helpers";

const ANA = 9301;
const BEN = 9302;

function humanoidOf(client: EmulatedClient, server: EmulatedServer): Humanoid {
	return server.getPlayer(client.player.UserId)!.Character!.FindFirstChildOfClass("Humanoid")!;
}

export = () => {
	describe("the teacher's console runs the room", () => {
		it("an award with a reason reaches the student's profile and the log says who, what, when and why", () =>
			withWorld((world) => {
				const hub = startHub(world);
				const made = createClass(world, hub);
				joinByCode(world, hub, ANA, made.code);
				const before = liveProfile(made.server, ANA).experience.total_xp;
				const reply = teacher(made.teacher, "Award", {
					user_id: ANA,
					xp: 50,
					coins: 5,
					reason: "Helped Ben with fractions",
				});
				expect(reply.ok).to.equal(true);
				expect(waitUntil(() => liveProfile(made.server, ANA).experience.total_xp >= before + 50, 5)).to.equal(
					true,
				);
				const entry = classOf(made.server)!.log.find((row) => row.action === "award")!;
				expect(entry.by).to.equal(TEACHER);
				expect(entry.target).to.equal(ANA);
				expect(entry.detail).to.equal("+50 XP, +5 coins");
				expect(entry.reason).to.equal("Helped Ben with fractions");
				expect(math.abs(entry.at - os.time()) < 5).to.equal(true);
				expect(consoleOf(made.teacher).log[0].action).to.equal("award");

				const noReason = teacher(made.teacher, "Award", { user_id: ANA, xp: 50, reason: "  " });
				expect(noReason.ok).to.equal(false);
				const tooMuch = teacher(made.teacher, "Award", { user_id: ANA, xp: 100000, reason: "x" });
				expect(tooMuch.ok).to.equal(false);
				const stranger = teacher(made.teacher, "Award", { user_id: 1, xp: 5, reason: "x" });
				expect(stranger.ok).to.equal(false);

				const taken = liveProfile(made.server, ANA).experience.total_xp;
				expect(
					teacher(made.teacher, "Revoke", { user_id: ANA, xp: 20, reason: "Award given twice" }).ok,
				).to.equal(true);
				expect(waitUntil(() => liveProfile(made.server, ANA).experience.total_xp === taken - 20, 5)).to.equal(
					true,
				);
				expect(classOf(made.server)!.log.find((row) => row.action === "revoke")?.detail).to.equal("-20 XP");
			}));

		it("freezes and unfreezes movement, brings everyone, spotlights, and announces filtered text as a banner", () =>
			withWorld((world) => {
				const hub = startHub(world);
				const made = createClass(world, hub);
				const ana = joinByCode(world, hub, ANA, made.code).client!;
				const ben = joinByCode(world, hub, BEN, made.code).client!;
				const seen = watchClass(ana);
				expect(teacher(made.teacher, "SetFrozen", { frozen: true }).ok).to.equal(true);
				expect(humanoidOf(ana, made.server).WalkSpeed).to.equal(0);
				expect(humanoidOf(made.teacher, made.server).WalkSpeed).to.equal(16);
				expect(waitUntil(() => seen[seen.size() - 1]?.frozen === true, 5)).to.equal(true);
				expect(teacher(made.teacher, "SetFrozen", { frozen: false }).ok).to.equal(true);
				expect(humanoidOf(ana, made.server).WalkSpeed).to.equal(16);

				ana.moveTo(new Vector3(40, 3, 0));
				ben.moveTo(new Vector3(-40, 3, 0));
				made.teacher.moveTo(new Vector3(0, 3, 30));
				Emulation.advance(1);
				expect(teacher(made.teacher, "BringEveryone").ok).to.equal(true);
				Emulation.advance(1);
				for (const client of [ana, ben]) {
					const root = made.server
						.getPlayer(client.player.UserId)!
						.Character!.FindFirstChild("HumanoidRootPart") as BasePart;
					expect(root.CFrame.Position.sub(new Vector3(0, 3, 30)).Magnitude < 8).to.equal(true);
				}

				expect(teacher(made.teacher, "Spotlight", { user_id: BEN }).ok).to.equal(true);
				expect(
					made.server.getPlayer(BEN)!.Character!.FindFirstChild("ClassQuestSpotlight") !== undefined,
				).to.equal(true);
				expect(waitUntil(() => seen[seen.size() - 1]?.spotlight?.user_id === BEN, 5)).to.equal(true);

				expect(teacher(made.teacher, "Announce", { text: "Eyes up here, heck yes" }).ok).to.equal(true);
				expect(waitUntil(() => seen[seen.size() - 1]?.announcement !== undefined, 5)).to.equal(true);
				expect(seen[seen.size() - 1].announcement!.text).to.equal("Eyes up here, #### yes");
				const bad = teacher(made.teacher, "Announce", { text: 42 });
				expect(bad.ok).to.equal(false);
			}));

		it("pausing notifications sends the class's students no effects, while their views still change", () =>
			withWorld((world) => {
				const hub = startHub(world);
				const made = createClass(world, hub);
				const ana = joinByCode(world, hub, ANA, made.code).client!;
				expect(teacher(made.teacher, "SetNotificationsPaused", { paused: true }).ok).to.equal(true);
				const patches = collectPatches(ana);
				teacher(made.teacher, "Award", { user_id: ANA, xp: 30, reason: "Quiet work" });
				expect(waitUntil(() => patches.size() > 0, 5)).to.equal(true);
				for (const patch of patches) expect(patch.effects.size()).to.equal(0);
				expect(patches[0].ops.size() > 0).to.equal(true);
				teacher(made.teacher, "SetNotificationsPaused", { paused: false });
				teacher(made.teacher, "Award", { user_id: ANA, xp: 30, reason: "Loud work" });
				expect(waitUntil(() => patches[patches.size() - 1].effects.size() > 0, 5)).to.equal(true);
			}));

		it("starts a class quest with a deadline for everyone, and ends it; resets and archives the class board", () =>
			withWorld((world) => {
				const hub = startHub(world);
				const made = createClass(world, hub);
				joinByCode(world, hub, ANA, made.code);
				const quests = consoleOf(made.teacher).quests;
				expect(quests.size() > 0).to.equal(true);
				const questId = quests[0].quest_id;
				expect(teacher(made.teacher, "StartClassQuest", { quest_id: questId, minutes: 30 }).ok).to.equal(true);
				const active = () => liveProfile(made.server, ANA).quests.active.find((q) => q.quest_id === questId);
				expect(waitUntil(() => active() !== undefined, 5)).to.equal(true);
				expect(math.abs(active()!.expires_at - (os.time() + 1800)) < 5).to.equal(true);
				expect(consoleOf(made.teacher).class_quest?.quest_id).to.equal(questId);
				expect(teacher(made.teacher, "EndClassQuest").ok).to.equal(true);
				expect(waitUntil(() => active() === undefined, 5)).to.equal(true);
				expect(teacher(made.teacher, "EndClassQuest").ok).to.equal(false);

				const group = liveProfile(made.server, ANA).classroom.class_id;
				expect(group).to.equal(classOf(made.server)!.class_id);
				expect(teacher(made.teacher, "ResetBoard", { archive: true }).ok).to.equal(true);
				expect(liveProfile(made.server, ANA).classroom.class_id).to.equal(`${group}#1`);
				expect(classOf(made.server)!.archived_boards.size()).to.equal(1);
			}));

		it("nothing a student holds changes when the teacher's request is malformed", () =>
			withWorld((world) => {
				const hub = startHub(world);
				const made = createClass(world, hub);
				joinByCode(world, hub, ANA, made.code);
				Emulation.advance(2);
				const before = holdings(liveProfile(made.server, ANA));
				for (const fields of [
					{ user_id: ANA },
					{ user_id: ANA, xp: -5, reason: "x" },
					{ user_id: "9301", xp: 5, reason: "x" },
					{ user_id: ANA, badge_id: "nope", reason: "x" },
					{ user_id: ANA, xp: 5, reason: "x", extra: 1 },
				])
					expect(teacher(made.teacher, "Award", fields).ok).to.equal(false);
				Emulation.advance(2);
				expect(holdings(liveProfile(made.server, ANA))).to.equal(before);
			}));
	});
};
