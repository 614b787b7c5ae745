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
	["not an object", (doc) => (doc.events = "soon" as never), `events: expected a list of events, got "soon"`],
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
	// an object where a list belongs crashed the parser with a Luau error
	[
		"players as an object",
		(doc) => (doc.players = { ana: { user_id: "1" } }),
		"players: expected a list of players, got an object",
	],
	[
		"events as an object",
		(doc) => (doc.events = { first: {} } as never),
		"events: expected a list of events, got an object",
	],
	[
		"friends as an object",
		(doc) => ((doc.players as Record<string, unknown>[])[0].friends = { best: "1" }),
		"players[0].friends: expected a list of user ids, got an object",
	],
	[
		"achievement_ids as an object",
		(doc) =>
			doc.events.push({
				at: "2026-09-01T09:00:00Z",
				user_id: "1",
				kind: "set_showcase",
				achievement_ids: { a: "x" },
			}),
		"events[3].achievement_ids: expected a list",
	],
	...["achievements", "badges", "quests", "rewards", "leaderboards"].map(
		(section): [string, (doc: Doc) => void, string] => [
			`catalog.${section} as an object`,
			(doc) => (doc.catalog = { [section]: { first: { id: "x" } } }),
			`catalog.${section}: expected a list, got an object`,
		],
	),
	// a JSON null in a list is a hole in Luau: it cut the list short, silently
	["a null event", (doc) => (doc.events[1] = undefined as never), "events[1]: expected an entry, got nothing (null)"],
	[
		"a null player",
		(doc) => (doc.players = [undefined, { user_id: "1" }]),
		"players[0]: expected an entry, got nothing (null)",
	],
	[
		"a null achievement",
		(doc) => (doc.catalog = { achievements: [undefined, { id: "x" }] }),
		"catalog.achievements[0]: expected an object, got nothing (null)",
	],
	[
		"a 200-character username",
		(doc) => ((doc.players as Record<string, unknown>[])[0].username = string.rep("a", 200)),
		"players[0].username: expected at most 100 characters, got a string of 200 characters",
	],
	[
		"a 1 MB username",
		(doc) => ((doc.players as Record<string, unknown>[])[0].username = string.rep("a", 1000000)),
		"players[0].username: a string of 1000000 bytes is over the limit of 10000",
	],
	[
		"nesting deeper than 200 levels",
		(doc) => {
			let deep: unknown = "bottom";
			for (let i = 0; i < 300; i++) deep = { deeper: deep };
			doc.catalog = { achievements: [{ id: "x", nested: deep }] };
		},
		": nested deeper than 200 levels",
	],
	[
		"invalid UTF-8 in a string",
		(doc) => ((doc.players as Record<string, unknown>[])[0].display_name = `Ana${string.char(0xff)}`),
		"players[0].display_name: a string is not valid UTF-8",
	],
	[
		"a lone surrogate in a string",
		(doc) => (doc.events[1].subject = utf8.char(0xd800)),
		"events[1].subject: a string is not valid UTF-8",
	],
	[
		"invalid UTF-8 in a field name",
		(doc) => (doc.events[1][string.char(0xc3)] = 1),
		"events[1]: a field name is not valid UTF-8",
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
