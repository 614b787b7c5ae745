import { isIsoWeek, isoWeek } from "shared/classroom/iso-week";
import { daysFromCivil } from "shared/domain";

const at = (year: number, month: number, day: number, seconds = 0) => daysFromCivil(year, month, day) * 86400 + seconds;

export = () => {
	describe("ISO 8601 weeks", () => {
		it("numbers a week in the middle of a year", () => {
			expect(isoWeek(at(2026, 12, 2, 12 * 3600))).to.equal("2026-W49");
			expect(isoWeek(at(2026, 6, 15))).to.equal("2026-W25");
		});

		it("starts a week on Monday at 00:00 UTC", () => {
			expect(isoWeek(at(2026, 12, 6, 86399))).to.equal("2026-W49");
			expect(isoWeek(at(2026, 12, 7))).to.equal("2026-W50");
		});

		it("gives the first days of January to the last week of the year before when their Thursday is", () => {
			expect(isoWeek(at(2021, 1, 3))).to.equal("2020-W53");
			expect(isoWeek(at(2021, 1, 4))).to.equal("2021-W01");
			expect(isoWeek(at(2010, 1, 3))).to.equal("2009-W53");
			expect(isoWeek(at(2027, 1, 1))).to.equal("2026-W53");
			expect(isoWeek(at(2027, 1, 4))).to.equal("2027-W01");
		});

		it("gives the last days of December to week 1 of the next year when their Thursday is", () => {
			expect(isoWeek(at(2024, 12, 29))).to.equal("2024-W52");
			expect(isoWeek(at(2024, 12, 30))).to.equal("2025-W01");
			expect(isoWeek(at(2008, 12, 29))).to.equal("2009-W01");
			expect(isoWeek(at(2020, 12, 31))).to.equal("2020-W53");
			expect(isoWeek(at(2026, 1, 1))).to.equal("2026-W01");
			expect(isoWeek(at(2025, 12, 29))).to.equal("2026-W01");
		});

		it("works before 1970 and at the epoch", () => {
			expect(isoWeek(0)).to.equal("1970-W01");
			expect(isoWeek(at(1969, 12, 29))).to.equal("1970-W01");
			expect(isoWeek(at(1969, 12, 28))).to.equal("1969-W52");
		});

		it("moves one week every seven days across a whole year", () => {
			let previous = isoWeek(at(2026, 1, 5));
			for (let week = 1; week < 51; week++) {
				const following = isoWeek(at(2026, 1, 5) + week * 7 * 86400);
				expect(following).never.to.equal(previous);
				previous = following;
			}
			expect(previous).to.equal("2026-W52");
		});

		it("tells week keys from other text", () => {
			expect(isIsoWeek("2026-W49")).to.equal(true);
			expect(isIsoWeek("2026-W54")).to.equal(false);
			expect(isIsoWeek("2026-W00")).to.equal(false);
			expect(isIsoWeek("2026-49")).to.equal(false);
			expect(isIsoWeek(2026)).to.equal(false);
		});
	});
};
