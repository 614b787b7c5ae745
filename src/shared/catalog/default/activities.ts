/** What students do in class, with the XP and coins each is worth and the time it usually takes (s). */
export const DEFAULT_ACTIVITIES = {
	lesson: { name: "Lesson", type: "lesson", base_xp: 50, coins: 5, expected_time: 900 },
	reading: { name: "Reading assignment", type: "lesson", base_xp: 40, coins: 4, expected_time: 1200 },
	quiz: { name: "Quiz", type: "quiz", base_xp: 80, coins: 8, expected_time: 600 },
	unit_test: { name: "Unit test", type: "quiz", base_xp: 200, coins: 20, expected_time: 2400 },
	practice: { name: "Practice set", type: "practice", base_xp: 30, coins: 3, expected_time: 300 },
	flashcards: { name: "Flashcard review", type: "review", base_xp: 20, coins: 2, expected_time: 300 },
	help_classmate: { name: "Helping a classmate", type: "help", base_xp: 40, coins: 5, expected_time: 300 },
	project: { name: "Project milestone", type: "project", base_xp: 150, coins: 15, expected_time: 3600 },
};
