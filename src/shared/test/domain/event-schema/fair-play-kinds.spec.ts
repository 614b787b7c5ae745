import { getPublicCatalog } from "shared/catalog";
import { MAX_RUSHED_ANSWERS, readGameEvent, readStudentAction, refusalText } from "shared/domain/event-schema";

const LONG_SET = string.rep("s", 101);
const lesson = (changes: Record<string, unknown>) => ({ kind: "activity", activity: "lesson", ...changes });
const rushed = (value: unknown) => lesson({ performance: { rushed_answers: value } });
const RUSHED = `performance.rushed_answers: expected a whole number of answers from 0 to ${MAX_RUSHED_ANSWERS}`;
const NOTIFY_FIELDS = "kind, achievements, level_up, friend_activity, challenges";

/** Payloads wrong in one field, each refused with this text (by readGameEvent, and by readStudentAction for client kinds). */
const REFUSALS: [Record<string, unknown>, string][] = [
	[lesson({ set_id: 5 }), "set_id: expected a non-empty string, got 5"],
	[lesson({ set_id: "" }), `set_id: expected a non-empty string, got ""`],
	[lesson({ set_id: LONG_SET }), "set_id: expected at most 100 characters, got a string of 101 characters"],
	[rushed(-1), `${RUSHED}, got -1`],
	[rushed(0 / 0), `${RUSHED}, got NaN`],
	[rushed(1.5), `${RUSHED}, got 1.5`],
	[rushed(MAX_RUSHED_ANSWERS + 1), `${RUSHED}, got ${MAX_RUSHED_ANSWERS + 1}`],
	[rushed(math.huge), `${RUSHED}, got inf`],
	[rushed("3"), `${RUSHED}, got "3"`],
	[
		{ kind: "set_notifications" },
		"set_notifications needs at least one of achievements, level_up, friend_activity, challenges",
	],
	[{ kind: "set_notifications", level_up: "no" }, `level_up: expected true or false, got "no"`],
	[{ kind: "set_notifications", level_up: 0 }, "level_up: expected true or false, got 0"],
	[{ kind: "set_notifications", level_up: true, sound: true }, `sound: unknown field (allowed: ${NOTIFY_FIELDS})`],
	[
		{ kind: "set_privacy" },
		"set_privacy needs at least one of show_profile, show_stats, allow_challenges, allow_friend_requests",
	],
	[{ kind: "set_privacy", show_stats: 1 }, "show_stats: expected true or false, got 1"],
	[
		{ kind: "set_privacy", show_profile: true, visibility: "public" },
		"visibility: unknown field (allowed: kind, show_profile, show_stats, allow_challenges, allow_friend_requests)",
	],
	[{ kind: "block_user" }, "user_id: expected a non-empty string, got nothing"],
	[{ kind: "block_user", user_id: 2 }, "user_id: expected a non-empty string, got 2"],
	[{ kind: "block_user", user_id: "0" }, `user_id: expected a user id (a positive whole number), got "0"`],
	[{ kind: "block_user", user_id: "-3" }, `user_id: expected a user id (a positive whole number), got "-3"`],
	[{ kind: "block_user", user_id: "1.5" }, `user_id: expected a user id (a positive whole number), got "1.5"`],
	[{ kind: "block_user", user_id: "ana" }, `user_id: expected a user id (a positive whole number), got "ana"`],
	[
		{ kind: "block_user", user_id: "12345678901234567" },
		`user_id: expected a user id (a positive whole number), got "12345678901234567"`,
	],
	[{ kind: "unblock_user", user_id: "007" }, `user_id: expected a user id (a positive whole number), got "007"`],
	[{ kind: "block_user", user_id: "2", reason: "mean" }, "reason: unknown field (allowed: kind, user_id)"],
];

export = () => {
	const catalog = getPublicCatalog();

	describe("the fair-play fields of an activity", () => {
		it("reads set_id and performance.rushed_answers", () => {
			const read = readGameEvent(lesson({ set_id: "fractions-1", performance: { rushed_answers: 4 } }), catalog);
			if (!read.ok) error(refusalText(read));
			const event = read.event as { set_id?: string; performance: { rushed_answers?: number } };
			expect(event.set_id).to.equal("fractions-1");
			expect(event.performance.rushed_answers).to.equal(4);
		});

		it("leaves them out when absent", () => {
			const read = readGameEvent(lesson({}), catalog);
			if (!read.ok) error(refusalText(read));
			const event = read.event as { set_id?: string; performance: { rushed_answers?: number } };
			expect(event.set_id).to.equal(undefined);
			expect(event.performance.rushed_answers).to.equal(undefined);
		});

		it("takes 0 and the most rushed answers", () => {
			expect(readGameEvent(rushed(0), catalog).ok).to.equal(true);
			expect(readGameEvent(rushed(MAX_RUSHED_ANSWERS), catalog).ok).to.equal(true);
		});

		it("is still never an event a client may send", () => {
			const read = readStudentAction(lesson({ set_id: "x", performance: { rushed_answers: 0 } }), catalog);
			expect(read.ok).to.equal(false);
		});
	});

	describe("the student settings and blocking events", () => {
		for (const [payload, text] of REFUSALS) {
			it(`refuses ${text}`, () => {
				const read = readGameEvent(payload, catalog);
				if (read.ok) error("accepted");
				expect(refusalText(read)).to.equal(text);
				if (payload.kind !== "activity") {
					const asked = readStudentAction(payload, catalog);
					if (asked.ok) error("a client could send it");
					expect(refusalText(asked)).to.equal(text);
				}
			});
		}

		it("are read as a client's own actions, with only the switches given", () => {
			const read = readStudentAction({ kind: "set_privacy", show_profile: true }, catalog);
			if (!read.ok) error(refusalText(read));
			expect(read.event.kind).to.equal("set_privacy");
			const event = read.event as unknown as Record<string, unknown>;
			expect(event.show_profile).to.equal(true);
			expect(event.show_stats).to.equal(undefined);
		});

		it("refuses a student blocking themselves when the reader knows who asks", () => {
			const read = readStudentAction({ kind: "block_user", user_id: "42" }, catalog, { sender: "42" });
			if (read.ok) error("accepted");
			expect(refusalText(read)).to.equal("user_id: you cannot block yourself");
			expect(readStudentAction({ kind: "block_user", user_id: "43" }, catalog, { sender: "42" }).ok).to.equal(
				true,
			);
		});
	});
};
