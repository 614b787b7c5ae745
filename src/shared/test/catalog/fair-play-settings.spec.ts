import { getPublicCatalog } from "shared/catalog";
import { DEFAULT_FAIR_PLAY } from "shared/catalog/default/fair-play";
import { catalogWith, errorOf } from "../helpers/domain";

const withFairPlay = (fairPlay: Record<string, unknown>) => () => catalogWith({ settings: { fair_play: fairPlay } });

export = () => {
	describe("the catalog's fair_play settings", () => {
		it("default to DEFAULT_FAIR_PLAY", () => {
			const settings = getPublicCatalog().settings.fair_play;
			expect(settings.daily_xp_cap.quiz).to.equal(DEFAULT_FAIR_PLAY.daily_xp_cap.quiz);
			expect(settings.repeat_xp_factors.join(",")).to.equal(DEFAULT_FAIR_PLAY.repeat_xp_factors.join(","));
			expect(settings.min_seconds_per_word).to.equal(DEFAULT_FAIR_PLAY.min_seconds_per_word);
		});

		it("take a part and default the rest", () => {
			const settings = withFairPlay({ daily_xp_cap: { quiz: 10 } })().settings.fair_play;
			expect(settings.daily_xp_cap.quiz).to.equal(10);
			expect(settings.daily_xp_cap.lesson).to.equal(DEFAULT_FAIR_PLAY.daily_xp_cap.lesson);
			expect(settings.min_seconds_per_answer).to.equal(DEFAULT_FAIR_PLAY.min_seconds_per_answer);
		});

		const refusals: [Record<string, unknown>, string][] = [
			[{ daily_xp_cap: { quiz: -1 } }, "catalog.settings.fair_play.daily_xp_cap.quiz: expected a whole number"],
			[{ daily_xp_cap: { homework: 5 } }, "catalog.settings.fair_play.daily_xp_cap.homework: unknown field"],
			[{ repeat_xp_factors: [] }, "catalog.settings.fair_play.repeat_xp_factors: expected a list of 1 to 20"],
			[{ repeat_xp_factors: [1, 2] }, "catalog.settings.fair_play.repeat_xp_factors: expected a list of 1 to 20"],
			[
				{ min_seconds_per_word: -0.1 },
				"catalog.settings.fair_play.min_seconds_per_word: expected a number from 0",
			],
			[{ colour: 1 }, "catalog.settings.fair_play.colour: unknown field"],
		];
		refusals.forEach(([fairPlay, text], index) => {
			it(`refuse case ${index + 1}: ${text}`, () => {
				const message = errorOf(withFairPlay(fairPlay));
				expect(message !== undefined && message.find(text, 1, true)[0] !== undefined).to.equal(true);
			});
		});
	});
};
