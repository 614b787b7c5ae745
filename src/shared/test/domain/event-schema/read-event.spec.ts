import { getPublicCatalog } from "shared/catalog";
import { KIND_SCHEMAS } from "shared/domain/event-schema/event-kinds";
import { readGameEvent, refusalText } from "shared/domain/event-schema";
import { prizeEvent } from "shared/domain/leaderboards/ranking";
import { firstDifference } from "../../helpers/deep-equal";
import { eventProblem } from "../../helpers/event-shapes";
import { WELL_FORMED } from "../../helpers/well-formed-events";

export = () => {
	const catalog = getPublicCatalog();

	describe("reading an event with the one schema", () => {
		for (const example of WELL_FORMED) {
			it(`accepts a well-formed ${example.what}`, () => {
				const read = readGameEvent(example.raw, catalog);
				if (!read.ok) error(`refused: ${refusalText(read)}`);
				const difference = firstDifference(read.event, example.event ?? example.raw);
				if (difference !== undefined) error(`the event read differs at ${difference}`);
				expect(eventProblem(read.event, catalog)).to.equal(undefined);
			});
		}

		it("has a well-formed example of every kind it reads", () => {
			const covered = new Set(WELL_FORMED.map((example) => example.raw.kind as string));
			for (const [kind] of pairs(KIND_SCHEMAS)) {
				if (!covered.has(kind)) error(`no well-formed example of ${kind}`);
			}
		});

		it("gives fresh tables: changing the payload afterwards does not change the event", () => {
			const raw = {
				kind: "set_showcase",
				achievement_ids: ["first_lesson"],
			};
			const read = readGameEvent(raw, catalog);
			if (!read.ok || read.event.kind !== "set_showcase") error("expected a showcase event");
			raw.achievement_ids.push("lesson_regular");
			expect(read.event.achievement_ids !== raw.achievement_ids).to.equal(true);
			expect(read.event.achievement_ids.size()).to.equal(1);
		});

		it("allows the caller's envelope fields and leaves them out of the event", () => {
			const raw = { at: "2026-09-01T08:00:00Z", user_id: "1", kind: "join" };
			const read = readGameEvent(raw, catalog, { envelope: ["at", "user_id"] });
			if (!read.ok) error(refusalText(read));
			expect(firstDifference(read.event, { kind: "join" })).to.equal(undefined);
			const bare = readGameEvent(raw, catalog);
			expect(bare.ok ? "accepted" : refusalText(bare)).to.equal("at: unknown field (allowed: kind)");
		});

		it("refuses a kind the caller does not take as unknown", () => {
			const read = readGameEvent(WELL_FORMED[0].raw, catalog, { kinds: ["tick"] });
			expect(read.ok ? "accepted" : refusalText(read)).to.equal(`kind: unknown event kind "join"`);
		});

		it("asks the caller whether a gift's recipient can receive it", () => {
			const raw = { kind: "gift", to_user_id: "9", badge_id: "thank_you" };
			const asked = new Array<string>();
			const checkRecipient = (userId: string) => {
				asked.push(userId);
				return userId === "9" ? `"9" is not here` : undefined;
			};
			const read = readGameEvent(raw, catalog, { checkRecipient });
			expect(read.ok ? "accepted" : refusalText(read)).to.equal(`to_user_id: "9" is not here`);
			expect(readGameEvent({ ...raw, to_user_id: "2" }, catalog, { checkRecipient }).ok).to.equal(true);
			expect(asked.join(",")).to.equal("9,2");
		});

		it("accepts the prizes the game itself builds from the default boards", () => {
			let prizes = 0;
			for (const [, board] of catalog.leaderboards) {
				const rewards = board.rewards;
				const tiers = rewards.distribution.map((tier) => tier.rewards);
				const milestones = rewards.milestones.map((milestone) => milestone.reward);
				for (const reward of [...tiers, ...milestones, rewards.participation.reward]) {
					const event = prizeEvent(board, "2026-W36", { user_id: "1", prize: "tier", rank: 1, reward });
					const read = readGameEvent(event, catalog);
					if (!read.ok) error(`${board.id}: ${refusalText(read)}`);
					prizes += 1;
				}
			}
			expect(prizes > 3).to.equal(true);
		});

		it("puts a refusal under the event's path the way the scenario parser reports it", () => {
			const unknownActivity = readGameEvent({ kind: "activity", activity: "lesso" }, catalog);
			const emptyGrant = readGameEvent({ kind: "grant", reason: "x" }, catalog);
			if (unknownActivity.ok || emptyGrant.ok) error("expected refusals");
			expect(refusalText(unknownActivity, "events[3]")).to.equal(`events[3].activity: unknown activity "lesso"`);
			expect(refusalText(emptyGrant, "events[3]")).to.equal(
				"events[3]: a grant needs at least one of xp, coins, gems, tokens, badge_id",
			);
			expect(emptyGrant.field).to.equal("xp");
		});
	});
};
