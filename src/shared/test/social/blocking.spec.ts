import { getPublicCatalog } from "shared/catalog";
import { GiftEvent } from "shared/domain/events";
import { fairPlayText } from "shared/domain/fair-play/fair-play-text";
import { processGift } from "shared/domain/process-gift";
import { MAX_BLOCKED_USERS } from "shared/domain/profile/player-profile";
import { effectsOfKind, rejection, TestStudent } from "../helpers/domain";

function student(userId: string): TestStudent {
	const s = new TestStudent(getPublicCatalog());
	s.profile.user_id = userId;
	s.profile.profile.display_name = `student ${userId}`;
	return s;
}

const THANKS = (to: string): GiftEvent => ({ kind: "gift", to_user_id: to, badge_id: "thank_you" });

/** A gift from `giver` to `receiver`; returns the giver's refusal, if any, and applies the result. */
function give(giver: TestStudent, receiver: TestStudent): string | undefined {
	const result = processGift(giver.profile, receiver.profile, THANKS(receiver.profile.user_id), giver.context());
	giver.profile = result.giver.profile;
	receiver.profile = result.receiver.profile;
	return rejection(result.giver.effects);
}

export = () => {
	describe("blocking a classmate", () => {
		it("adds them to social.blocked and says so; unblocking takes them out", () => {
			const ana = student("1");
			const blocked = ana.act({ kind: "block_user", user_id: "2" });
			expect(effectsOfKind(blocked, "user_blocked")[0].user_id).to.equal("2");
			expect(fairPlayText(effectsOfKind(blocked, "user_blocked")[0])).to.be.ok();
			expect(ana.profile.social.blocked.join(",")).to.equal("2");
			const unblocked = ana.act({ kind: "unblock_user", user_id: "2" });
			expect(effectsOfKind(unblocked, "user_unblocked")[0].user_id).to.equal("2");
			expect(ana.profile.social.blocked.size()).to.equal(0);
		});

		it("refuses blocking twice, unblocking someone not blocked, and blocking yourself", () => {
			const ana = student("1");
			ana.act({ kind: "block_user", user_id: "2" });
			expect(rejection(ana.act({ kind: "block_user", user_id: "2" }))).to.equal(
				"you have already blocked this classmate",
			);
			expect(rejection(ana.act({ kind: "unblock_user", user_id: "3" }))).to.equal(
				"you have not blocked this classmate",
			);
			expect(rejection(ana.act({ kind: "block_user", user_id: "1" }))).to.equal("you cannot block yourself");
			expect(ana.profile.social.blocked.join(",")).to.equal("2");
		});

		it(`refuses a block past ${MAX_BLOCKED_USERS} classmates`, () => {
			const ana = student("1");
			for (let id = 2; id < 2 + MAX_BLOCKED_USERS; id++) {
				expect(rejection(ana.act({ kind: "block_user", user_id: tostring(id) }))).to.equal(undefined);
			}
			const refused = rejection(ana.act({ kind: "block_user", user_id: "999" }));
			expect(
				refused !== undefined && refused.find(`at most ${MAX_BLOCKED_USERS}`, 1, true)[0] !== undefined,
			).to.equal(true);
			expect(ana.profile.social.blocked.size()).to.equal(MAX_BLOCKED_USERS);
		});
	});

	describe("gifts and blocking", () => {
		it("refuses a gift to someone who has blocked the giver", () => {
			const ana = student("1");
			const ben = student("2");
			ben.act({ kind: "block_user", user_id: "1" });
			expect(give(ana, ben)).to.equal("this classmate is not accepting gifts from you");
			expect(ben.profile.badges_owned.thank_you).to.equal(undefined);
		});

		it("refuses a gift to someone the giver has blocked", () => {
			const ana = student("1");
			const ben = student("2");
			ana.act({ kind: "block_user", user_id: "2" });
			expect(give(ana, ben)).to.equal("you have blocked this classmate: unblock them to give a gift");
			expect(ben.profile.badges_owned.thank_you).to.equal(undefined);
		});

		it("lets the gift through again once unblocked, and between others all along", () => {
			const ana = student("1");
			const ben = student("2");
			const cleo = student("3");
			ben.act({ kind: "block_user", user_id: "1" });
			expect(give(cleo, ben)).to.equal(undefined);
			ben.act({ kind: "unblock_user", user_id: "1" });
			expect(give(ana, ben)).to.equal(undefined);
			expect(ben.profile.badges_owned.thank_you.quantity).to.equal(2);
		});

		it("refuses the halves of a gift across servers the same way", () => {
			const ana = student("1");
			const ben = student("2");
			ana.act({ kind: "block_user", user_id: "2" });
			expect(rejection(ana.act({ kind: "send_gift", to_user_id: "2", badge_id: "thank_you" }))).to.equal(
				"you have blocked this classmate: unblock them to give a gift",
			);
			ben.act({ kind: "block_user", user_id: "3" });
			expect(rejection(ben.act({ kind: "receive_gift", from_user_id: "3", badge_id: "thank_you" }))).to.equal(
				"this classmate is not accepting gifts from you",
			);
			expect(rejection(ben.act({ kind: "receive_gift", from_user_id: "1", badge_id: "thank_you" }))).to.equal(
				undefined,
			);
		});
	});
};
