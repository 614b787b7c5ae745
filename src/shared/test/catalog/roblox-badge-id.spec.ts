import { catalogWith, errorOf, mentions } from "../helpers/domain";

/** A minimal valid badge, with the fields a spec gives it. */
function badge(extra: object) {
	return {
		id: "star",
		name: "Star",
		acquisition: { method: "event" },
		...extra,
	};
}

export = () => {
	describe("a badge's roblox_badge_id", () => {
		it("is optional, and kept when it is a positive whole number", () => {
			expect(catalogWith({ badges: [badge({})] }).badges.get("star")!.roblox_badge_id).to.equal(undefined);
			const linked = catalogWith({ badges: [badge({ roblox_badge_id: 2124567890 })] });
			expect(linked.badges.get("star")!.roblox_badge_id).to.equal(2124567890);
		});

		for (const [what, value] of [
			["zero", 0],
			["negative", -3],
			["fractional", 1.5],
			["a string", "2124567890"],
		] as const) {
			it(`refuses ${what}, naming the field`, () => {
				const message = errorOf(() => catalogWith({ badges: [badge({ roblox_badge_id: value })] }));
				expect(mentions(message, "roblox_badge_id: expected a positive whole number")).to.equal(true);
			});
		}
	});
};
