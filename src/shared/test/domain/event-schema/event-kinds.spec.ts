import { getPublicCatalog } from "shared/catalog";
import {
	MAX_AMOUNT,
	MAX_ID_LENGTH,
	MAX_LIST_LENGTH,
	MAX_REASON_LENGTH,
	MAX_SHOWCASE_IDS,
	readGameEvent,
	refusalText,
} from "shared/domain/event-schema";

const LONG_ID = string.rep("a", 101);

/** A list of `count` copies of `value`. */
function copies<T extends defined>(count: number, value: T): T[] {
	const list = new Array<T>();
	for (let index = 0; index < count; index++) list.push(value);
	return list;
}
const AMOUNT = "expected a whole number from 0 to 1000000000000";
const PERFORMANCE_FIELDS = "perfect, time, expected_time, first_try, accuracy, rushed_answers";
const PRIZE = { xp: 1, coins: 1, gems: 1, badges: [], items: [], titles: [] };
const REWARD = { kind: "leaderboard_reward", leaderboard_id: "weekly_xp_class", period: "2026-W36", rank: 1 };

/** A well-formed prize event with one field changed. */
const prize = (changes: Record<string, unknown>) => ({ ...REWARD, reward: PRIZE, prize: "tier", ...changes });
/** The prize event without one field (a spread of `undefined` would not remove it in Luau). */
const prizeWithout = (name: string) => {
	const event: Record<string, unknown> = prize({});
	event[name] = undefined;
	return event;
};
const prizeWith = (changes: Record<string, unknown>) => prize({ reward: { ...PRIZE, ...changes } });
const activity = (performance: Record<string, unknown>) => ({ kind: "activity", activity: "lesson", performance });
const grant = (changes: Record<string, unknown>) => ({ kind: "grant", coins: 1, reason: "r", ...changes });
const gift = (changes: Record<string, unknown>) => ({ kind: "gift", to_user_id: "2", ...changes });
const hostile = setmetatable({}, { __index: () => error("a metamethod ran") });

/** Each payload is wrong in one field, and must be refused naming that field, with this text. */
const REFUSALS: [unknown, string][] = [
	[5, "expected an event object, got 5"],
	[undefined, "expected an event object, got nothing"],
	[hostile, "expected an event object, got a table with a metatable"],
	[{}, "kind: expected an event kind, got nothing"],
	[{ kind: 0 / 0 }, "kind: expected an event kind, got NaN"],
	[{ kind: "jump" }, `kind: unknown event kind "jump"`],
	[{ kind: string.rep("k", 5000) }, "kind: unknown event kind a string of 5000 characters"],
	[{ kind: "join", colour: "red" }, "colour: unknown field (allowed: kind)"],
	[{ kind: "equip_badge", badge_id: "gold_star", colour: 1 }, "colour: unknown field (allowed: kind, badge_id)"],
	[{ kind: "activity" }, "activity: expected a non-empty string, got nothing"],
	[{ kind: "activity", activity: "lesso" }, `activity: unknown activity "lesso"`],
	[
		{ kind: "activity", activity: LONG_ID },
		"activity: expected at most 100 characters, got a string of 101 characters",
	],
	[{ kind: "activity", activity: "lesson", subject: 5 }, "subject: expected a string, got 5"],
	[{ kind: "activity", activity: "lesson", difficulty: true }, "difficulty: expected a string, got true"],
	[{ kind: "activity", activity: "lesson", performance: "fast" }, `performance: expected an object, got "fast"`],
	[activity({ colour: 1 }), `performance.colour: unknown field (allowed: ${PERFORMANCE_FIELDS})`],
	[
		{ kind: "activity", activity: "lesson", performance: [true] },
		`performance.1: unknown field (allowed: ${PERFORMANCE_FIELDS})`,
	],
	[activity({ perfect: "yes" }), `performance.perfect: expected true or false, got "yes"`],
	[activity({ first_try: 1 }), "performance.first_try: expected true or false, got 1"],
	[activity({ time: -1 }), "performance.time: expected seconds from 0 to 604800, got -1"],
	[activity({ time: math.huge }), "performance.time: expected seconds from 0 to 604800, got inf"],
	[activity({ time: 604801 }), "performance.time: expected seconds from 0 to 604800, got 604801"],
	[activity({ expected_time: 0 }), "performance.expected_time: expected seconds above 0, got 0"],
	[activity({ expected_time: 1e308 }), "performance.expected_time: expected seconds above 0, got 1e+308"],
	[activity({ accuracy: 1.5 }), "performance.accuracy: expected a number from 0 to 1, got 1.5"],
	[activity({ accuracy: 0 / 0 }), "performance.accuracy: expected a number from 0 to 1, got NaN"],
	[activity({ accuracy: -math.huge }), "performance.accuracy: expected a number from 0 to 1, got -inf"],
	[{ kind: "metric", metric: "hugs", value: 1 }, `metric: unknown metric "hugs"`],
	[{ kind: "metric", metric: "helps_given" }, "value: required, missing"],
	[{ kind: "metric", metric: "helps_given", value: 1.5 }, `value: ${AMOUNT}, got 1.5`],
	[{ kind: "metric", metric: "helps_given", value: -1 }, `value: ${AMOUNT}, got -1`],
	[{ kind: "metric", metric: "helps_given", value: 1e12 + 1 }, `value: ${AMOUNT}, got 1000000000001`],
	[{ kind: "metric", metric: "helps_given", value: "1" }, `value: ${AMOUNT}, got "1"`],
	[{ kind: "purchase", reward_id: "pony" }, `reward_id: unknown reward "pony"`],
	[{ kind: "purchase", reward_id: "" }, `reward_id: expected a non-empty string, got ""`],
	[{ kind: "use_item", item_id: "wand" }, `item_id: unknown item "wand"`],
	[{ kind: "use_item", item_id: ["snack_pack"] }, "item_id: expected a non-empty string, got a table"],
	[{ kind: "equip_badge" }, "badge_id: expected a non-empty string, got nothing"],
	[{ kind: "unequip_badge", badge_id: "gold_starr" }, `badge_id: unknown badge "gold_starr"`],
	[{ kind: "buy_badge", badge_id: () => 1 }, "badge_id: expected a non-empty string, got a function"],
	[{ kind: "set_showcase" }, "achievement_ids: expected a list of achievement ids"],
	[{ kind: "set_showcase", achievement_ids: "first_lesson" }, "achievement_ids: expected a list of achievement ids"],
	[
		{ kind: "set_showcase", achievement_ids: { a: "first_lesson" } },
		"achievement_ids: expected a list of achievement ids",
	],
	[
		{ kind: "set_showcase", achievement_ids: { [1]: "first_lesson", [3]: "lesson_regular" } },
		"achievement_ids: expected a list of achievement ids",
	],
	[
		{ kind: "set_showcase", achievement_ids: setmetatable(["first_lesson"], {}) },
		"achievement_ids: expected a list of achievement ids",
	],
	[
		{ kind: "set_showcase", achievement_ids: copies(51, "first_lesson") },
		"achievement_ids: expected at most 50 achievement ids, got more",
	],
	[
		{ kind: "set_showcase", achievement_ids: ["first_lesson", "nope"] },
		`achievement_ids[1]: unknown achievement "nope"`,
	],
	[{ kind: "set_showcase", achievement_ids: [5] }, "achievement_ids[0]: unknown achievement 5"],
	[
		{ kind: "set_showcase", achievement_ids: [LONG_ID] },
		"achievement_ids[0]: expected at most 100 characters, got a string of 101 characters",
	],
	[{ kind: "assign_quest", quest_id: "tutorail" }, `quest_id: unknown quest "tutorail"`],
	[{ kind: "abandon_quest", quest_id: 1 }, "quest_id: expected a non-empty string, got 1"],
	[
		{ kind: "rate_quest", quest_id: "tutorial_first_lesson", rating: 7 },
		"rating: expected a whole number of stars from 1 to 5, got 7",
	],
	[
		{ kind: "rate_quest", quest_id: "tutorial_first_lesson", rating: 0 },
		"rating: expected a whole number of stars from 1 to 5, got 0",
	],
	[
		{ kind: "rate_quest", quest_id: "tutorial_first_lesson", rating: 2.5 },
		"rating: expected a whole number of stars from 1 to 5, got 2.5",
	],
	[
		{ kind: "rate_quest", quest_id: "tutorial_first_lesson" },
		"rating: expected a whole number of stars from 1 to 5, got nothing",
	],
	[{ kind: "gift", badge_id: "thank_you" }, "to_user_id: expected a non-empty string, got nothing"],
	[
		gift({ to_user_id: LONG_ID, badge_id: "thank_you" }),
		"to_user_id: expected at most 100 characters, got a string of 101 characters",
	],
	[gift({}), "a gift is either a badge_id or an item_id"],
	[gift({ badge_id: "thank_you", item_id: "snack_pack" }), "a gift is either a badge_id or an item_id"],
	[gift({ badge_id: "thank_yuo" }), `badge_id: unknown badge "thank_yuo"`],
	[gift({ item_id: "gem_bundle" }), `item_id: unknown item "gem_bundle"`],
	[{ kind: "grant", coins: 1 }, "reason: expected a non-empty string, got nothing"],
	[
		grant({ reason: string.rep("r", 201) }),
		"reason: expected at most 200 characters, got a string of 201 characters",
	],
	[grant({ coins: -5 }), `coins: ${AMOUNT}, got -5`],
	[grant({ xp: 1e300 }), `xp: ${AMOUNT}, got 1e+300`],
	[grant({ gems: 0 / 0 }), `gems: ${AMOUNT}, got NaN`],
	[grant({ tokens: math.huge }), `tokens: ${AMOUNT}, got inf`],
	[grant({ badge_id: "nope" }), `badge_id: unknown badge "nope"`],
	[grant({ badge_id: 3 }), "badge_id: expected a string, got 3"],
	[{ kind: "grant", reason: "r" }, "a grant needs at least one of xp, coins, gems, tokens, badge_id"],
	[{ kind: "send_gift", to_user_id: 5, badge_id: "thank_you" }, "to_user_id: expected a non-empty string, got 5"],
	[{ kind: "send_gift", to_user_id: "2", badge_id: "nope" }, `badge_id: unknown badge "nope"`],
	[{ kind: "receive_gift", badge_id: "thank_you" }, "from_user_id: expected a non-empty string, got nothing"],
	[prize({ leaderboard_id: "nope" }), `leaderboard_id: unknown leaderboard "nope"`],
	[prize({ period: "" }), `period: expected a non-empty string, got ""`],
	[prize({ rank: 0 }), "rank: expected a whole number from 1 to 1000000, got 0"],
	[prizeWithout("reward"), "reward: expected an object, got nothing"],
	[prize({ reward: [PRIZE] }), "reward.1: unknown field (allowed: xp, coins, gems, badges, items, titles)"],
	[prizeWith({ xp: -1 }), `reward.xp: ${AMOUNT}, got -1`],
	[prizeWith({ badges: ["nope"] }), `reward.badges[0]: unknown badge "nope"`],
	[
		prizeWith({ items: [{ item_id: "gem_bundle", quantity: 1 }] }),
		`reward.items[0].item_id: unknown item "gem_bundle"`,
	],
	[
		prizeWith({ items: [{ item_id: "snack_pack" }] }),
		"reward.items[0].quantity: expected a whole number from 0 to 1000000, got nothing",
	],
	[prizeWith({ titles: [5] }), "reward.titles[0]: expected a string, got 5"],
	[prize({ title: 5 }), "title: expected a string, got 5"],
	[prizeWithout("prize"), "prize: expected a non-empty string, got nothing"],
];

export = () => {
	const catalog = getPublicCatalog();

	describe("an event with one field wrong", () => {
		REFUSALS.forEach(([raw, text], index) => {
			it(`case ${index + 1} is refused naming the field: ${text}`, () => {
				const read = readGameEvent(raw, catalog);
				if (read.ok) error(`case ${index} was accepted`);
				expect(refusalText(read)).to.equal(text);
				expect(read.field !== "").to.equal(true);
				// the text leads with the field, unless the refusal is about the event as a whole
				const leads = text.sub(1, read.field.size() + 2) === `${read.field}: `;
				expect(leads).to.equal(read.wholeEvent !== true);
			});
		});
	});

	describe("an event at the edge of its limits", () => {
		const accepted: [string, unknown][] = [
			["50 showcase ids", { kind: "set_showcase", achievement_ids: copies(MAX_SHOWCASE_IDS, "first_lesson") }],
			["a 100-character user id", gift({ to_user_id: string.rep("1", MAX_ID_LENGTH), badge_id: "thank_you" })],
			["a 200-character reason", grant({ reason: string.rep("r", MAX_REASON_LENGTH) })],
			["the largest grant", grant({ xp: MAX_AMOUNT, coins: MAX_AMOUNT, gems: MAX_AMOUNT, tokens: MAX_AMOUNT })],
			["a week-long activity", activity({ time: 604800, expected_time: 604800, accuracy: 1 })],
			["a prize of 100 badges", prizeWith({ badges: copies(MAX_LIST_LENGTH, "gold_star") })],
			["a rating of 1", { kind: "rate_quest", quest_id: "tutorial_first_lesson", rating: 1 }],
		];
		for (const [what, raw] of accepted) {
			it(`accepts ${what}`, () => {
				const read = readGameEvent(raw, catalog);
				expect(read.ok ? "accepted" : refusalText(read)).to.equal("accepted");
			});
		}

		it("refuses one more than the list limit of a prize", () => {
			const read = readGameEvent(prizeWith({ badges: copies(MAX_LIST_LENGTH + 1, "gold_star") }), catalog);
			expect(read.ok ? "accepted" : refusalText(read)).to.equal(
				"reward.badges: expected at most 100 badge ids, got more",
			);
		});
	});
};
