import { getPublicCatalog } from "shared/catalog";
import { readStudentAction, refusalText, STUDENT_ACTION_KINDS } from "shared/domain/event-schema";
import { firstDifference } from "../../helpers/deep-equal";
import { WELL_FORMED } from "../../helpers/well-formed-events";

/** What a client may ask for (issue 10): a student's own choices, never what they earned. */
const CLIENT_KINDS = [
	"equip_badge",
	"unequip_badge",
	"buy_badge",
	"set_showcase",
	"assign_quest",
	"abandon_quest",
	"rate_quest",
	"purchase",
	"use_item",
	"prestige",
	"gift",
	"set_notifications",
	"set_privacy",
	"block_user",
	"unblock_user",
];
/** What only the server decides: results, awards, prizes, deliveries and the session itself. */
const SERVER_ONLY_KINDS = [
	"activity",
	"activity_abandoned",
	"grant",
	"revoke",
	"class_quest",
	"end_class_quest",
	"metric",
	"leaderboard_reward",
	"send_gift",
	"receive_gift",
	"tick",
	"join",
	"leave",
];

export = () => {
	const catalog = getPublicCatalog();

	describe("a student action", () => {
		it("is exactly the kinds a client may ask for", () => {
			expect([...STUDENT_ACTION_KINDS].sort().join(", ")).to.equal([...CLIENT_KINDS].sort().join(", "));
		});

		it("is either a client kind or a server-only kind, for every kind there is", () => {
			for (const example of WELL_FORMED) {
				const kind = example.raw.kind as string;
				expect(CLIENT_KINDS.includes(kind) !== SERVER_ONLY_KINDS.includes(kind)).to.equal(true);
			}
		});

		for (const example of WELL_FORMED) {
			const kind = example.raw.kind as string;
			if (CLIENT_KINDS.includes(kind)) {
				it(`accepts a well-formed ${example.what}`, () => {
					const read = readStudentAction(example.raw, catalog);
					if (!read.ok) error(`refused: ${refusalText(read)}`);
					expect(firstDifference(read.event, example.event ?? example.raw)).to.equal(undefined);
				});
			} else {
				it(`refuses a well-formed ${example.what}: a client may not send it`, () => {
					const read = readStudentAction(example.raw, catalog);
					if (read.ok) error(`a client could send ${kind}`);
					expect(read.field).to.equal("kind");
					expect(refusalText(read)).to.equal(`kind: a client may not send "${kind}" events`);
				});
			}
		}

		it("refuses every server-only kind, however it is dressed up", () => {
			for (const kind of SERVER_ONLY_KINDS) {
				const read = readStudentAction({ kind, xp: 1e6, coins: 1e6, reason: "trust me" }, catalog);
				expect(read.ok ? "accepted" : refusalText(read)).to.equal(
					`kind: a client may not send "${kind}" events`,
				);
			}
		});

		it("refuses an unknown kind as unknown, and checks the fields of a client kind", () => {
			const unknown = readStudentAction({ kind: "give_me_xp" }, catalog);
			expect(unknown.ok ? "accepted" : refusalText(unknown)).to.equal(`kind: unknown event kind "give_me_xp"`);
			const badBadge = readStudentAction({ kind: "equip_badge", badge_id: "gold_starr" }, catalog);
			expect(badBadge.ok ? "accepted" : refusalText(badBadge)).to.equal(`badge_id: unknown badge "gold_starr"`);
			const forged = readStudentAction({ kind: "purchase", reward_id: "snack_pack", price: 0 }, catalog);
			expect(forged.ok ? "accepted" : refusalText(forged)).to.equal(
				"price: unknown field (allowed: kind, reward_id)",
			);
		});

		it("lets the server say who can receive a gift", () => {
			const here = new Set(["2"]);
			const checkRecipient = (userId: string) => (here.has(userId) ? undefined : `"${userId}" is not here`);
			const away = readStudentAction({ kind: "gift", to_user_id: "3", item_id: "snack_pack" }, catalog, {
				checkRecipient,
			});
			expect(away.ok ? "accepted" : refusalText(away)).to.equal(`to_user_id: "3" is not here`);
			const present = { kind: "gift", to_user_id: "2", item_id: "snack_pack" };
			expect(readStudentAction(present, catalog, { checkRecipient }).ok).to.equal(true);
		});
	});
};
