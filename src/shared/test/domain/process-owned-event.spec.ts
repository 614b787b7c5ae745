import { getPublicCatalog } from "shared/catalog";
import { DomainContext, memoryStockLedger } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { GameEvent } from "shared/domain/events";
import { processEvent, processOwnedEvent } from "shared/domain/process-event";
import { createDefaultProfile, PlayerProfile } from "shared/domain/profile/player-profile";
import { Rng } from "shared/domain/rng";
import { deepCopy } from "shared/util/deep-copy";
import { BEST_PERFORMANCE, DAY, TERM_START } from "../helpers/domain";
import { firstDifference } from "../helpers/deep-equal";
import { play } from "../helpers/profiles";

const LESSON: GameEvent = { kind: "activity", activity: "lesson", subject: "math", performance: BEST_PERFORMANCE };

/** A week of lessons and quizzes: achievements started and earned, a streak, quests. */
function playedProfile(): PlayerProfile {
	const events = new Array<GameEvent>();
	for (let i = 0; i < 12; i++) {
		events.push(LESSON, { kind: "activity", activity: "quiz", subject: "science", performance: BEST_PERFORMANCE });
	}
	return play(createDefaultProfile(), events);
}

/** Both ways of processing `event` on copies of `profile`, with the same clock and seed. */
function bothWays(profile: PlayerProfile, event: GameEvent, at: number) {
	const context = (): DomainContext => ({
		now: at,
		rng: new Rng(3),
		catalog: getPublicCatalog(),
		stock: memoryStockLedger(),
	});
	const given = deepCopy(profile);
	const pure = processEvent(given, event, context());
	const handedOver = deepCopy(profile);
	const owned = processOwnedEvent(handedOver, event, context());
	return { given, pure, owned, handedOver };
}

function sameEffects(a: Effect[], b: Effect[]) {
	return firstDifference(a, b) === undefined;
}

export = () => {
	describe("processOwnedEvent works on the profile handed over (issue 16, item 2)", () => {
		it("an activity gives the same profile and effects as processEvent, on the profile handed over", () => {
			const profile = playedProfile();
			const { pure, owned, handedOver } = bothWays(profile, LESSON, TERM_START + 2 * DAY);
			expect(firstDifference(owned.profile, pure.profile)).to.equal(undefined);
			expect(sameEffects(owned.effects, pure.effects)).to.equal(true);
			expect(owned.profile).to.equal(handedOver);
		});

		it("a refused activity keeps only what time did, as processEvent's refusal does", () => {
			const profile = playedProfile();
			// days later: the streak breaks and quests expire, which is what time does
			const unknown: GameEvent = {
				kind: "activity",
				activity: "no_such_activity",
				performance: BEST_PERFORMANCE,
			};
			const { pure, owned } = bothWays(profile, unknown, TERM_START + 9 * DAY);
			expect(firstDifference(owned.profile, pure.profile)).to.equal(undefined);
			expect(sameEffects(owned.effects, pure.effects)).to.equal(true);
			expect(owned.effects.some((effect) => effect.kind === "rejected")).to.equal(true);
		});

		it("a purchase, which may refuse after writing, still gives processEvent's result", () => {
			const profile = playedProfile();
			const snack: GameEvent = { kind: "purchase", reward_id: "snack_pack" };
			const { pure, owned } = bothWays(profile, snack, TERM_START + 2 * DAY);
			expect(firstDifference(owned.profile, pure.profile)).to.equal(undefined);
			expect(sameEffects(owned.effects, pure.effects)).to.equal(true);
		});

		it("processEvent leaves the caller's profile as it was", () => {
			const profile = playedProfile();
			const { given } = bothWays(profile, LESSON, TERM_START + 2 * DAY);
			expect(firstDifference(given, profile)).to.equal(undefined);
		});
	});
};
