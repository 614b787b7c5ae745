import { foldText, normaliseTyped } from "shared/content";

export = () => {
	describe("normalising typed answers", () => {
		it("folds case and collapses spaces", () => {
			expect(normaliseTyped("  The   Milky\tWay  ")).to.equal("the milky way");
			expect(normaliseTyped("PARIS")).to.equal("paris");
		});

		it("removes accents of Latin-1 and Latin Extended-A letters, capitals too", () => {
			expect(normaliseTyped("Bogotá")).to.equal("bogota");
			expect(normaliseTyped("España")).to.equal("espana");
			expect(normaliseTyped("Zürich")).to.equal("zurich");
			expect(normaliseTyped("Français")).to.equal("francais");
			expect(normaliseTyped("ÉCOLE")).to.equal("ecole");
			expect(normaliseTyped("Łódź")).to.equal("lodz");
			expect(normaliseTyped("Straße")).to.equal("strasse");
			expect(normaliseTyped("Œuvre")).to.equal("oeuvre");
			expect(normaliseTyped("İstanbul")).to.equal("istanbul");
			expect(normaliseTyped("Čapek Šárka Ženy")).to.equal("capek sarka zeny");
		});

		it("ignores trailing . ! and ? but keeps the rest of the punctuation", () => {
			expect(normaliseTyped("Paris.")).to.equal("paris");
			expect(normaliseTyped("Paris?! ")).to.equal("paris");
			expect(normaliseTyped("Paris !")).to.equal("paris");
			expect(normaliseTyped("Mr. Smith")).to.equal("mr. smith");
			expect(normaliseTyped("don't")).to.equal("don't");
			expect(normaliseTyped("don’t")).to.equal("don't");
		});

		it("keeps other scripts and survives text that is not UTF-8", () => {
			expect(normaliseTyped("東京")).to.equal("東京");
			expect(normaliseTyped("\xffAB")).to.equal("\xffab");
			expect(normaliseTyped("")).to.equal("");
			expect(normaliseTyped("?!.")).to.equal("");
		});

		it("keeps punctuation in foldText, which tells choices apart", () => {
			expect(foldText(" Where?  ")).to.equal("where?");
			expect(foldText("?") === foldText("!")).to.equal(false);
		});
	});
};
