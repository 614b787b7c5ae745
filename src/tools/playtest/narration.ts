/**
 * Where the simulated class's lines go. A week of 30 students is thousands of moments: the
 * terminal gets the headlines (the teacher's lesson, each day, anything that went wrong), the
 * week's journal file gets every moment a student's screen told them.
 */
export interface Narration {
	/** Printed as it happens, and kept in the journal. */
	readonly headline: (line: string) => void;
	/** Kept in the journal only. */
	readonly detail: (line: string) => void;
}
