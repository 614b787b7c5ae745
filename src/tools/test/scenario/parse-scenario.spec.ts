import { parseScenario } from "tools/scenario/parse-scenario";
import { runScenario } from "tools/scenario/run-scenario";
import { errorOf, mentions } from "shared/test/helpers/domain";

type Doc = Record<string, unknown> & { events: Record<string, unknown>[] };

function baseScenario(): Doc {
	return {
		seed: 7,
		players: [{ user_id: "1", username: "ana", display_name: "Ana" }],
		events: [
			{ at: "2026-09-01T08:00:00Z", user_id: "1", kind: "join" },
			{
				at: "2026-09-01T08:05:00Z",
				user_id: "1",
				kind: "activity",
				activity: "lesson",
				performance: { perfect: true, time: 100, expected_time: 300, first_try: true, accuracy: 1 },
			},
			{ at: "2026-09-01T08:06:00Z", user_id: "1", kind: "purchase", reward_id: "snack_pack" },
		],
	};
}

/** Each case breaks the base scenario one way and names the message it must fail with. */
const MALFORMED: [string, (doc: Doc) => void, string][] = [
	["not an object", (doc) => (doc.events = "soon" as never), `events: expected a list, got "soon"`],
	["a typo in a top-level field", (doc) => (doc.evnts = []), "scenario.evnts: unknown field"],
	[
		"an unknown activity",
		(doc) => (doc.events[1].activity = "lesso"),
		`events[1].activity: unknown activity "lesso"`,
	],
	["an unknown event kind", (doc) => (doc.events[0].kind = "jump"), `events[0].kind: unknown event kind "jump"`],
	["a misspelt event field", (doc) => (doc.events[2].reward = "x"), "events[2].reward: unknown field"],
	[
		"a missing reward id",
		(doc) => (doc.events[2].reward_id = undefined),
		"events[2].reward_id: expected a non-empty string",
	],
	["an unknown reward", (doc) => (doc.events[2].reward_id = "pony"), `events[2].reward_id: unknown reward "pony"`],
	["an unknown player", (doc) => (doc.events[0].user_id = "9"), `events[0].user_id: "9" is not in players`],
	[
		"time going backwards",
		(doc) => (doc.events[2].at = "2026-09-01T07:00:00Z"),
		"events[2].at: 2026-09-01T07:00:00Z is earlier",
	],
	["a time that is not UTC ISO", (doc) => (doc.events[0].at = "yesterday"), `events[0].at: expected a UTC time`],
	["a seed that is not a number", (doc) => (doc.seed = "abc"), `seed: expected a whole number`],
	[
		"a negative time",
		(doc) => ((doc.events[1].performance as Record<string, unknown>).time = -1),
		"events[1].performance.time",
	],
	["NaN accuracy", (doc) => ((doc.events[1].performance as Record<string, unknown>).accuracy = 0 / 0), "got NaN"],
	[
		"a wrongly typed flag",
		(doc) => ((doc.events[1].performance as Record<string, unknown>).perfect = "yes"),
		"events[1].performance.perfect: expected true or false",
	],
	[
		"a negative grant",
		(doc) => doc.events.push({ at: "2026-09-01T09:00:00Z", user_id: "1", kind: "grant", coins: -5, reason: "x" }),
		"events[3].coins: expected a whole number from 0",
	],
	[
		"a huge grant",
		(doc) => doc.events.push({ at: "2026-09-01T09:00:00Z", user_id: "1", kind: "grant", xp: 1e300, reason: "x" }),
		"events[3].xp: expected a whole number from 0",
	],
	[
		"an empty grant",
		(doc) => doc.events.push({ at: "2026-09-01T09:00:00Z", user_id: "1", kind: "grant", reason: "x" }),
		"events[3]: a grant needs at least one of",
	],
	[
		"a metric without its value",
		(doc) => doc.events.push({ at: "2026-09-01T09:00:00Z", user_id: "1", kind: "metric", metric: "helps_given" }),
		"events[3].value: required, missing",
	],
	[
		"a duplicate player",
		(doc) => (doc.players as defined[]).push({ user_id: "1" }),
		`players[1].user_id: "1" is listed twice`,
	],
	[
		"a bad catalog entry",
		(doc) => (doc.catalog = { activities: { lesson: { base_xp: "lots" } } }),
		"catalog.activities.lesson.base_xp",
	],
	[
		"a misspelt catalog section",
		(doc) => (doc.catalog = { leaderbords: [] }),
		"catalog.leaderbords: unknown section",
	],
];

export = () => {
	describe("a malformed scenario", () => {
		for (const [what, breakIt, message] of MALFORMED) {
			it(`fails before running, naming the path, for ${what}`, () => {
				const doc = baseScenario();
				breakIt(doc);
				const failure = errorOf(() => parseScenario(doc));
				if (!mentions(failure, message)) error(`expected "${message}" in: ${failure}`);
				expect(errorOf(() => runScenario(doc))).to.equal(failure);
			});
		}

		it("is valid as given (the base of the cases above)", () => {
			expect(errorOf(() => parseScenario(baseScenario()))).to.equal(undefined);
		});
	});
};
