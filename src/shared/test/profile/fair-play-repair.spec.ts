import { createDefaultProfile, PROFILE_SCHEMA_VERSION } from "shared/domain/profile/player-profile";
import { deepCopy } from "shared/util/deep-copy";
import { LESSON, loaded, play } from "../helpers/profiles";

/** A played profile as a save holds it, damaged by `damage`. */
function saved(damage: (data: Record<string, unknown>) => void): Record<string, unknown> {
	const data = deepCopy(play(createDefaultProfile(), [LESSON, LESSON])) as unknown as Record<string, unknown>;
	damage(data);
	return data;
}

const fairPlayOf = (data: Record<string, unknown>) => data.fair_play as Record<string, unknown>;

export = () => {
	describe("fair_play and subject_accuracy in a saved profile", () => {
		it("are kept as they are when well-formed", () => {
			const data = saved(() => {});
			const result = loaded(data);
			expect(result.repairs.size()).to.equal(0);
			const lessonXp = (fairPlayOf(data).xp_by_type as Record<string, number>).lesson;
			expect(lessonXp > 0).to.equal(true);
			expect(result.profile.fair_play.xp_by_type.lesson).to.equal(lessonXp);
			expect(result.profile.subject_accuracy.math).to.equal(1);
		});

		it("are added to a schema 5 profile by the migration", () => {
			const data = saved((d) => {
				d.schema_version = 5;
				d.fair_play = undefined;
				d.subject_accuracy = undefined;
			});
			const result = loaded(data);
			expect(result.profile.schema_version).to.equal(PROFILE_SCHEMA_VERSION);
			expect(result.repairs.join("\n").find("fair_play and subject_accuracy added", 1, true)[0]).to.be.ok();
			expect(result.profile.fair_play.rushed_answers).to.equal(0);
			expect(next(result.profile.subject_accuracy)[0]).to.equal(undefined);
			// and the rules run on it
			const after = play(result.profile, [LESSON]);
			expect(after.subject_accuracy.math).to.equal(1);
		});

		it("repairs fair_play that is not a table to its defaults", () => {
			const result = loaded(saved((d) => (d.fair_play = "lots")));
			expect(result.profile.fair_play.day).to.equal(0);
			expect(result.profile.fair_play.rushed_answers).to.equal(0);
			expect(typeIs(result.profile.fair_play.xp_by_type, "table")).to.equal(true);
			expect(result.repairs.join("\n").find("fair_play: not a table", 1, true)[0]).to.be.ok();
		});

		it("repairs bad numbers and shapes inside fair_play", () => {
			const result = loaded(
				saved((d) => {
					const fp = fairPlayOf(d);
					fp.day = 0 / 0;
					fp.rushed_answers = -5;
					fp.xp_by_type = { quiz: math.huge, lesson: "x", help: 2.5 };
					fp.set_runs = [1, 2, 3];
					fp.colour = "red";
				}),
			);
			const fp = result.profile.fair_play;
			expect(fp.day).to.equal(0);
			expect(fp.rushed_answers).to.equal(0);
			expect(fp.xp_by_type.quiz).to.equal(0);
			expect(fp.xp_by_type.lesson).to.equal(0);
			expect(fp.xp_by_type.help).to.equal(2);
			for (const [key, value] of pairs(fp.set_runs)) {
				expect(typeIs(key, "string")).to.equal(true);
				expect(typeIs(value, "number")).to.equal(true);
			}
			expect((fp as unknown as Record<string, unknown>).colour).to.equal(undefined);
		});

		it("keeps at most 200 question sets", () => {
			const result = loaded(
				saved((d) => {
					const runs: Record<string, number> = {};
					for (let i = 1; i <= 250; i++) runs[`set-${i}`] = 1;
					fairPlayOf(d).set_runs = runs;
				}),
			);
			let count = 0;
			for (const [key] of pairs(result.profile.fair_play.set_runs)) if (typeIs(key, "string")) count += 1;
			expect(count).to.equal(200);
			expect(result.repairs.join("\n").find("fair_play.set_runs: kept 200 of 250", 1, true)[0]).to.be.ok();
		});

		it("holds every subject's accuracy from 0 to 1", () => {
			const result = loaded(
				saved((d) => (d.subject_accuracy = { math: 7, art: -1, music: 0 / 0, science: 0.25, [5]: 1 })),
			);
			const accuracy = result.profile.subject_accuracy;
			expect(accuracy.math).to.equal(1);
			expect(accuracy.art).to.equal(0);
			expect(accuracy.music).to.equal(0);
			expect(accuracy.science).to.equal(0.25);
			expect(
				result.repairs.join("\n").find("subject_accuracy.math: 7 is not a number from 0 to 1", 1, true)[0],
			).to.be.ok();
		});

		it("repairs subject_accuracy that is not a map", () => {
			const result = loaded(saved((d) => (d.subject_accuracy = 3)));
			expect(next(result.profile.subject_accuracy)[0]).to.equal(undefined);
		});

		it("keeps at most 100 blocked classmates", () => {
			const result = loaded(
				saved((d) => {
					const blocked = new Array<string>();
					for (let i = 1; i <= 150; i++) blocked.push(tostring(i));
					(d.social as Record<string, unknown>).blocked = blocked;
				}),
			);
			expect(result.profile.social.blocked.size()).to.equal(100);
		});
	});
};
