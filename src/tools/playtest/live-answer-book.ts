/**
 * The teacher's pasted question sets as the simulation knows them: the right answer of each
 * prompt (a simulated student who knows the answer picks it; a client is never told it), and the
 * answers each live quiz was given.
 */
export class LiveAnswerBook {
	private readonly answers = new Map<string, string>();
	private readonly tallies = new Map<string, { answers: number; correct: number }>();

	/** A pasted set's rows: "prompt,right answer,wrong,wrong". */
	public learn(rows: readonly (readonly string[])[]) {
		for (const row of rows) this.answers.set(row[0], row[1]);
	}

	public answerOf(prompt: string): string | undefined {
		return this.answers.get(prompt);
	}

	/** A live quiz answer the server accepted. */
	public counted(quizId: string, right: boolean) {
		const tally = this.tallies.get(quizId) ?? { answers: 0, correct: 0 };
		tally.answers += 1;
		if (right) tally.correct += 1;
		this.tallies.set(quizId, tally);
	}

	public tallyOf(quizId: string): { answers: number; correct: number } {
		return this.tallies.get(quizId) ?? { answers: 0, correct: 0 };
	}
}
