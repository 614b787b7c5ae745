/**
 * Who may teach, set by whoever publishes the experience. A teacher is decided on the server only
 * (teacher-authority.ts): a student can never become one by anything their client sends.
 */
export const CLASSROOM_CONFIG = {
	/** Users who may create classes in the hub (the experience's allow-list). */
	teacherUserIds: new Array<number>(),
	/** Members of this Roblox group at or above `minRank` may create classes; groupId 0 turns it off. */
	teacherGroup: { groupId: 0, minRank: 100 },
	/** In Studio (Play Solo, a local test server) the first player to join is the teacher. */
	studioFirstPlayerIsTeacher: true,
	/** Students a class takes; the teacher comes on top. */
	maxStudents: 40,
	/** How often a class server writes its class record when something changed. */
	saveEverySeconds: 15,
};
