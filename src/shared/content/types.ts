/** The learning content's types: what a validated question set or lesson is. */

export type SubjectId = "math" | "science" | "reading" | "history" | "geography" | "computing";
export type GradeBand = "K-2" | "3-5" | "6-8" | "9-12";
export type Difficulty = 1 | 2 | 3;

export interface Subject {
	readonly id: SubjectId;
	readonly name: string;
}

interface QuestionBase {
	readonly id: string;
	readonly prompt: string;
	/** Shown after answering, right or wrong. */
	readonly explanation: string;
	/** Seconds; absent = untimed. */
	readonly time_limit?: number;
}

export interface MultipleChoiceQuestion extends QuestionBase {
	readonly type: "multiple_choice";
	readonly choices: readonly string[];
	/** Exactly one of `choices`. */
	readonly answer: string;
}

export interface TrueFalseQuestion extends QuestionBase {
	readonly type: "true_false";
	readonly answer: boolean;
}

export interface TypedQuestion extends QuestionBase {
	readonly type: "typed";
	readonly answer: string;
	/** Other answers counted as right, compared normalised like the answer. Read packs always give it (empty when none). */
	readonly accept?: readonly string[];
}

export interface NumericQuestion extends QuestionBase {
	readonly type: "numeric";
	readonly answer: number;
	/** How far from `answer` still counts as right (>= 0). Read packs always give it (0 when absent). */
	readonly tolerance?: number;
	readonly unit?: string;
}

export interface OrderingQuestion extends QuestionBase {
	readonly type: "ordering";
	/** In the correct order; the student receives them shuffled. */
	readonly items: readonly string[];
}

export type Question = MultipleChoiceQuestion | TrueFalseQuestion | TypedQuestion | NumericQuestion | OrderingQuestion;

export type QuestionType = Question["type"];

export interface QuestionSet {
	readonly id: string;
	readonly title: string;
	readonly subject: SubjectId;
	readonly grade_band: GradeBand;
	readonly difficulty: Difficulty;
	/** The catalog activity the set counts as: "quiz", "practice" or "flashcards". */
	readonly activity: string;
	readonly questions: readonly Question[];
	/** Made by a seeded template in code rather than written by hand. */
	readonly generated?: boolean;
}

export interface Lesson {
	readonly id: string;
	readonly title: string;
	readonly subject: SubjectId;
	readonly grade_band: GradeBand;
	readonly difficulty: Difficulty;
	readonly pages: readonly string[];
	/** Check questions after the pages. */
	readonly questions: readonly Question[];
}

export interface Content {
	readonly subjects: ReadonlyMap<SubjectId, Subject>;
	readonly sets: ReadonlyMap<string, QuestionSet>;
	readonly lessons: ReadonlyMap<string, Lesson>;
	setsOf(subject: SubjectId): readonly QuestionSet[];
	lessonsOf(subject: SubjectId): readonly Lesson[];
}

export type ContentRead =
	{ readonly ok: true; readonly content: Content } | { readonly ok: false; readonly errors: readonly string[] };

/** What the client is sent: never the answer. */
export interface QuestionView {
	readonly id: string;
	readonly type: QuestionType;
	readonly prompt: string;
	readonly choices?: readonly string[];
	readonly items?: readonly string[];
	readonly unit?: string;
	readonly time_limit?: number;
}

/** The server's private record of how a question was shown (the shuffle), needed to grade it. */
export interface PresentedQuestion {
	readonly question: Question;
	readonly view: QuestionView;
	/**
	 * For multiple_choice and ordering: view position -> index in the question's choices or
	 * items (view.choices[i] is question.choices[order[i]]). Empty for the other types.
	 */
	readonly order: readonly number[];
}

/** A Roblox Random satisfies it. NextInteger is inclusive of both ends. */
export interface Shuffler {
	NextInteger(min: number, max: number): number;
}

export type Grading =
	| { readonly valid: false; readonly reason: string }
	| {
			readonly valid: true;
			readonly correct: boolean;
			/** Human-readable, e.g. "Paris" or "Mercury, Venus, Earth". */
			readonly correct_answer: string;
			readonly explanation: string;
	  };
