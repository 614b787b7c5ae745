import { getPublicCatalog } from "shared/catalog";
import { mayAppear } from "shared/domain/leaderboards/eligibility";
import { effectsOfKind, TestStudent } from "../helpers/domain";

const PUBLIC_BOARD = "all_time_xp_global";

function learner(): TestStudent {
	const student = new TestStudent(getPublicCatalog());
	student.profile.user_id = "7";
	student.profile.classroom.class_id = "7b";
	student.activity("lesson");
	return student;
}

export = () => {
	describe("notification settings", () => {
		it("sets only the switches given, and says which changed", () => {
			const student = new TestStudent();
			const effects = student.act({ kind: "set_notifications", level_up: false, challenges: true });
			const notifications = student.profile.settings.notifications;
			expect(notifications.level_up).to.equal(false);
			expect(notifications.challenges).to.equal(true);
			expect(notifications.achievements).to.equal(true);
			expect(notifications.friend_activity).to.equal(true);
			const changed = effectsOfKind(effects, "settings_changed")[0];
			expect(changed.section).to.equal("notifications");
			expect(changed.changed.join(",")).to.equal("level_up");
		});
	});

	describe("privacy settings and the public boards", () => {
		it("a student going public is announced to the public boards with their current score", () => {
			const student = learner();
			const board = student.catalog.leaderboards.get(PUBLIC_BOARD)!;
			expect(mayAppear(board, student.profile, student.now)).to.equal(false);
			const effects = student.act({ kind: "set_privacy", show_profile: true, show_stats: true });
			expect(mayAppear(board, student.profile, student.now)).to.equal(true);
			const scores = effectsOfKind(effects, "score_changed");
			const announced = scores.filter((effect) => effect.leaderboard_id === PUBLIC_BOARD);
			expect(announced.size()).to.equal(1);
			expect(announced[0].score).to.equal(student.profile.experience.total_xp);
			// class boards are not public: their entries do not depend on privacy
			expect(scores.size()).to.equal(announced.size());
			const changed = effectsOfKind(effects, "settings_changed")[0];
			expect(changed.changed.join(",")).to.equal("show_profile,show_stats");
		});

		it("a student going private again is announced too, so hosts drop their entry", () => {
			const student = learner();
			const board = student.catalog.leaderboards.get(PUBLIC_BOARD)!;
			student.act({ kind: "set_privacy", show_profile: true, show_stats: true });
			const effects = student.act({ kind: "set_privacy", show_stats: false });
			expect(mayAppear(board, student.profile, student.now)).to.equal(false);
			expect(effectsOfKind(effects, "score_changed").size()).to.equal(1);
		});

		it("a change that does not move them on or off public boards announces nothing", () => {
			const student = learner();
			const effects = student.act({ kind: "set_privacy", allow_challenges: false, show_profile: true });
			expect(student.profile.settings.privacy.allow_challenges).to.equal(false);
			expect(effectsOfKind(effects, "score_changed").size()).to.equal(0);
		});
	});
};
