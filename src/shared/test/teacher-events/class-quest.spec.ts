import { emptyStatistics, recordStatistics } from "shared/domain/achievements/achievement-statistics";
import { loadProfile } from "shared/domain/profile/profile-repair";
import { CLASS_QUEST_DEADLINE, MAX_CLASS_QUEST_SECONDS } from "shared/domain/quests/class-quests";
import { nextDueTime } from "shared/domain/timers";
import { DAY, effectsOfKind, HOUR, mentions, rejection, TERM_START, TestStudent } from "../helpers/domain";
import { memoryHost } from "../helpers/memory-host";
import { completed, failed, objective, quest, studentWithQuests } from "../helpers/quests";

const ONE_LESSON = [objective("lesson", "complete", "lessons_completed", 1)];
const TWO_LESSONS = [objective("lessons", "complete", "lessons_completed", 2)];
/** Two days after the first lesson of term: the teacher's deadline in these specs. */
const DEADLINE = TERM_START + 2 * DAY;

const QUESTS = [
	quest("homework", TWO_LESSONS),
	quest("reading_day", ONE_LESSON, { rewards: { repeatable: true } }, "daily"),
	quest("closed", ONE_LESSON, { active: false, requirements: { level: 5 } }),
	quest("later", ONE_LESSON, { requirements: { time_window: { available_from: TERM_START + 30 * DAY } } }),
	quest("once", ONE_LESSON),
	quest("own1", ONE_LESSON),
	quest("own2", ONE_LESSON),
	quest("own3", ONE_LESSON),
	quest("own4", ONE_LESSON),
	quest("own5", ONE_LESSON),
	quest("own6", ONE_LESSON),
];

function pupil(): TestStudent {
	return studentWithQuests(QUESTS, { settings: { max_active_quests: 5 } });
}

function activeEntry(student: TestStudent, questId: string) {
	return student.profile.quests.active.find((entry) => entry.quest_id === questId);
}

export = () => {
	describe("class_quest: a teacher gives the whole class a quest", () => {
		it("assigns a catalog quest at the teacher's deadline, marked as the class's", () => {
			const student = pupil();
			const effects = student.act({ kind: "class_quest", quest_id: "homework", deadline: DEADLINE });
			const assigned = effectsOfKind(effects, "quest_assigned");
			expect(assigned.size()).to.equal(1);
			expect(assigned[0].expires_at).to.equal(DEADLINE);
			expect(assigned[0].class_quest).to.equal(true);
			const entry = activeEntry(student, "homework")!;
			expect(entry.expires_at).to.equal(DEADLINE);
			expect(entry.class_quest).to.equal(true);
			expect(student.profile.quest_progress.homework.expiry_reason).to.equal(CLASS_QUEST_DEADLINE);
			expect(student.profile.quest_history.homework.attempts).to.equal(1);
			expect(nextDueTime(student.profile, student.now)).to.equal(DEADLINE);
		});

		it("replaces the quest's own deadline: a daily quest lasts until the teacher's, past 00:00 UTC", () => {
			const student = pupil();
			student.act({ kind: "class_quest", quest_id: "reading_day", deadline: DEADLINE });
			student.advance(DAY);
			expect(failed(student.act({ kind: "tick" }), "reading_day")).to.equal(undefined);
			expect(activeEntry(student, "reading_day")).never.to.equal(undefined);
		});

		it("ignores the quest's availability and requirements: inactive, level-gated, not open yet", () => {
			const student = pupil();
			expect(
				mentions(rejection(student.act({ kind: "assign_quest", quest_id: "closed" })), "not available"),
			).to.equal(true);
			expect(
				mentions(rejection(student.act({ kind: "assign_quest", quest_id: "later" })), "not open yet"),
			).to.equal(true);
			expect(rejection(student.act({ kind: "class_quest", quest_id: "closed", deadline: DEADLINE }))).to.equal(
				undefined,
			);
			expect(rejection(student.act({ kind: "class_quest", quest_id: "later", deadline: DEADLINE }))).to.equal(
				undefined,
			);
			expect(activeEntry(student, "closed")!.class_quest).to.equal(true);
			expect(completed(student.activity("lesson"), "later")).to.equal(true);
		});

		it("takes none of the student's own quest slots", () => {
			const student = pupil();
			for (const id of ["own1", "own2", "own3", "own4", "own5"]) {
				expect(rejection(student.act({ kind: "assign_quest", quest_id: id }))).to.equal(undefined);
			}
			expect(
				mentions(rejection(student.act({ kind: "assign_quest", quest_id: "own6" })), "5 active quests"),
			).to.equal(true);
			expect(rejection(student.act({ kind: "class_quest", quest_id: "homework", deadline: DEADLINE }))).to.equal(
				undefined,
			);
			student.act({ kind: "abandon_quest", quest_id: "own1" });
			// five quests of the student's own again, six active in all
			expect(rejection(student.act({ kind: "assign_quest", quest_id: "own6" }))).to.equal(undefined);
			expect(student.profile.quests.active.size()).to.equal(6);
		});

		it("moves the deadline of a quest the student is already on, keeping their progress", () => {
			const student = pupil();
			student.act({ kind: "assign_quest", quest_id: "homework" });
			student.activity("lesson");
			const effects = student.act({ kind: "class_quest", quest_id: "homework", deadline: DEADLINE });
			expect(effectsOfKind(effects, "quest_assigned").size()).to.equal(0);
			const changed = effectsOfKind(effects, "quest_deadline_changed");
			expect(changed.size()).to.equal(1);
			expect(changed[0].expires_at).to.equal(DEADLINE);
			expect(student.profile.quest_progress.homework.objectives[0].current).to.equal(1);
			expect(student.profile.quest_history.homework.attempts).to.equal(1);
			expect(activeEntry(student, "homework")!.class_quest).to.equal(true);
			// and again, later: the newest deadline holds
			student.act({ kind: "class_quest", quest_id: "homework", deadline: DEADLINE + DAY });
			expect(activeEntry(student, "homework")!.expires_at).to.equal(DEADLINE + DAY);
		});

		it("refuses an unknown quest, a deadline not ahead, one over a year away, and a quest done for good", () => {
			const student = pupil();
			expect(rejection(student.act({ kind: "class_quest", quest_id: "nope", deadline: DEADLINE }))).to.equal(
				`unknown quest "nope"`,
			);
			expect(
				mentions(
					rejection(student.act({ kind: "class_quest", quest_id: "homework", deadline: student.now })),
					"is not after now",
				),
			).to.equal(true);
			const far = student.now + MAX_CLASS_QUEST_SECONDS + 1;
			expect(
				mentions(
					rejection(student.act({ kind: "class_quest", quest_id: "homework", deadline: far })),
					"366 days",
				),
			).to.equal(true);
			expect(student.profile.quests.active.size()).to.equal(0);
			student.act({ kind: "assign_quest", quest_id: "once" });
			expect(completed(student.activity("lesson"), "once")).to.equal(true);
			expect(rejection(student.act({ kind: "class_quest", quest_id: "once", deadline: DEADLINE }))).to.equal(
				"you have already completed once",
			);
		});

		it("fails at the teacher's deadline for every student of the class, through the host's time", () => {
			const { host, profiles, clock, effects } = memoryHost(pupil().catalog, ["1", "2", "3"], TERM_START);
			for (const userId of ["1", "2", "3"]) {
				host.submit(userId, { kind: "class_quest", quest_id: "homework", deadline: DEADLINE }, TERM_START);
			}
			// the third student finishes it in time: theirs cannot fail
			host.submit("3", { kind: "activity", activity: "lesson", performance: plainLesson() }, TERM_START + HOUR);
			host.submit("3", { kind: "activity", activity: "lesson", performance: plainLesson() }, TERM_START + HOUR);
			// the deadline is what the host wakes for (the third student's streak break comes first)
			expect(nextDueTime(profiles.get("1")!, TERM_START + HOUR)).to.equal(DEADLINE);
			expect(host.nextDue()! <= DEADLINE).to.equal(true);
			clock.now = DEADLINE - 1;
			host.advanceTo(DEADLINE - 1);
			const failures = () => effects.filter((e) => e.effect.kind === "quest_failed");
			expect(failures().size()).to.equal(0);
			clock.now = DEADLINE;
			host.advanceTo(DEADLINE);
			const failedNow = failures();
			expect(failedNow.map((e) => e.userId).join(",")).to.equal("1,2");
			for (const e of failedNow) {
				expect(e.at).to.equal(DEADLINE);
				expect((e.effect as { reason: string }).reason).to.equal(CLASS_QUEST_DEADLINE);
			}
			expect(profiles.get("1")!.quests.active.size()).to.equal(0);
			expect(profiles.get("3")!.quest_history.homework.completions).to.equal(1);
		});
	});

	describe("end_class_quest: the teacher ends it early", () => {
		it("removes an active class quest, neither failed nor abandoned, its attempt kept", () => {
			const student = pupil();
			student.act({ kind: "class_quest", quest_id: "homework", deadline: DEADLINE });
			student.activity("lesson");
			const effects = student.act({ kind: "end_class_quest", quest_id: "homework" });
			expect(effectsOfKind(effects, "quest_ended").size()).to.equal(1);
			expect(effectsOfKind(effects, "quest_failed").size()).to.equal(0);
			expect(effectsOfKind(effects, "quest_abandoned").size()).to.equal(0);
			expect(activeEntry(student, "homework")).to.equal(undefined);
			expect(student.profile.quest_progress.homework).to.equal(undefined);
			expect(student.profile.quest_history.homework.attempts).to.equal(1);
			expect(nextDueTime(student.profile, student.now)).never.to.equal(DEADLINE);
			const statistics = emptyStatistics();
			for (const effect of effects) recordStatistics(statistics, effect, "1", student.now);
			const counted = statistics.quests.homework;
			expect(counted === undefined || (counted.failures === 0 && counted.abandons === 0)).to.equal(true);
			// nothing is left to fail at the deadline
			student.now = DEADLINE;
			expect(failed(student.act({ kind: "tick" }), "homework")).to.equal(undefined);
		});

		it("leaves a completed class quest completed, and a student's own quest theirs", () => {
			const student = pupil();
			student.act({ kind: "class_quest", quest_id: "reading_day", deadline: DEADLINE });
			expect(completed(student.activity("lesson"), "reading_day")).to.equal(true);
			const afterCompletion = student.act({ kind: "end_class_quest", quest_id: "reading_day" });
			expect(afterCompletion.size()).to.equal(0);
			expect(student.profile.quest_history.reading_day.completions).to.equal(1);
			student.act({ kind: "assign_quest", quest_id: "homework" });
			expect(student.act({ kind: "end_class_quest", quest_id: "homework" }).size()).to.equal(0);
			expect(activeEntry(student, "homework")).never.to.equal(undefined);
		});

		it("refuses an unknown quest", () => {
			expect(rejection(pupil().act({ kind: "end_class_quest", quest_id: "nope" }))).to.equal(
				`unknown quest "nope"`,
			);
		});
	});

	describe("the class quest marker in a saved profile", () => {
		it("is kept by a load, and a profile saved before it loads with no repair", () => {
			const student = pupil();
			student.act({ kind: "class_quest", quest_id: "homework", deadline: DEADLINE });
			student.act({ kind: "assign_quest", quest_id: "own1" });
			const loaded = loadProfile(student.profile, student.catalog);
			if (!loaded.ok) error(loaded.reason);
			expect(loaded.repairs.size()).to.equal(0);
			const [homework, own] = [loaded.profile.quests.active[0], loaded.profile.quests.active[1]];
			expect(homework.class_quest).to.equal(true);
			expect(own.class_quest).to.equal(undefined);
		});

		it("is repaired when it is not true or false", () => {
			const student = pupil();
			student.act({ kind: "class_quest", quest_id: "homework", deadline: DEADLINE });
			(student.profile.quests.active[0] as unknown as Record<string, unknown>).class_quest = "yes";
			const loaded = loadProfile(student.profile, student.catalog);
			if (!loaded.ok) error(loaded.reason);
			expect(loaded.repairs.join("; ")).to.equal(`quests.active.class_quest: not a boolean, set to false`);
			expect(loaded.profile.quests.active[0].class_quest).to.equal(false);
		});
	});
};

function plainLesson() {
	return { perfect: false, time: 900, expected_time: 900, first_try: false };
}
