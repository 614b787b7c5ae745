/** One forged or malformed call a cheat's client sends. */
export interface ForgedCall {
	readonly namespace: "Student" | "Class" | "Teacher";
	readonly remote: string;
	readonly payload: unknown;
	/** What the cheat hopes for, as the summary names it. */
	readonly what: string;
}

/**
 * What a student who tries to cheat sends, in turn: answers marked correct by the client, the
 * teacher's remotes, free or negative purchases, gifts to themselves, made-up quests and rewards,
 * and payloads of the wrong shape. The server must refuse every one, and say why.
 */
export function forgedCalls(selfId: number): readonly ForgedCall[] {
	return [
		{
			namespace: "Student",
			remote: "AnswerQuestion",
			payload: { question: "q1", answer: 0, correct: true },
			what: "an answer marked correct",
		},
		{
			namespace: "Teacher",
			remote: "Award",
			payload: { user_id: selfId, xp: 5000, reason: "trust me" },
			what: "5,000 XP for themselves",
		},
		{
			namespace: "Student",
			remote: "Purchase",
			payload: { reward_id: "golden_pencil", price: 0 },
			what: "a free golden pencil",
		},
		{
			namespace: "Student",
			remote: "Gift",
			payload: { to_user_id: tostring(selfId), item_id: "snack_pack" },
			what: "a gift to themselves",
		},
		{ namespace: "Student", remote: "AssignQuest", payload: { quest_id: "infinite_xp" }, what: "a made-up quest" },
		{ namespace: "Teacher", remote: "StartQuiz", payload: { set_id: "anything" }, what: "their own live quiz" },
		{
			namespace: "Student",
			remote: "UseItem",
			payload: { item_id: "double_xp_potion", quantity: -5 },
			what: "a negative quantity",
		},
		{
			namespace: "Class",
			remote: "AnswerLiveQuiz",
			payload: { quiz_id: "old", number: 1, answer: "12" },
			what: "an answer to a closed quiz",
		},
		{
			namespace: "Student",
			remote: "StartActivity",
			payload: { subject: "math", mode: "quiz", xp: 99999 },
			what: "an activity with its own XP",
		},
		{ namespace: "Student", remote: "Purchase", payload: string.rep("x", 5000), what: "a 5,000-character payload" },
	];
}
