import { check, ContentFields } from "./fields";
import { QuestionType } from "./types";

/** The limits of the format, in one place (the README repeats them for teachers). */
export const LIMITS = {
	prompt: 300,
	explanation: 600,
	/** A choice, an ordering item or an accepted alternative. */
	option: 120,
	unit: 20,
	minTimeLimit: 5,
	maxTimeLimit: 600,
	minChoices: 2,
	maxChoices: 6,
	minItems: 2,
	maxItems: 8,
	maxAccept: 10,
	/** What a student may type; longer answers are refused before any comparison. */
	typedAnswer: 200,
	/** Numeric answers beyond this are refused as malformed (1e308 is finite but not an answer). */
	numericMagnitude: 1e12,
} as const;

export const QUESTION_TYPES: readonly QuestionType[] = [
	"multiple_choice",
	"true_false",
	"typed",
	"numeric",
	"ordering",
];

/** Fields every question has. */
export const COMMON_FIELDS: ContentFields = {
	id: check.id(),
	type: check.oneOf(QUESTION_TYPES),
	prompt: check.text(LIMITS.prompt),
	explanation: check.text(LIMITS.explanation),
	time_limit: check.number(LIMITS.minTimeLimit, LIMITS.maxTimeLimit, true),
};

const option = check.text(LIMITS.option);

/** The fields each type adds to the common ones. */
export const TYPE_FIELDS: { readonly [type in QuestionType]: ContentFields } = {
	multiple_choice: {
		choices: check.listOf(option, LIMITS.minChoices, LIMITS.maxChoices),
		answer: option,
	},
	true_false: { answer: check.boolean() },
	typed: {
		answer: check.text(LIMITS.typedAnswer),
		accept: check.listOf(check.text(LIMITS.typedAnswer), 1, LIMITS.maxAccept, true),
	},
	numeric: {
		answer: check.number(-LIMITS.numericMagnitude, LIMITS.numericMagnitude),
		tolerance: check.number(0, LIMITS.numericMagnitude, true),
		unit: check.text(LIMITS.unit, true),
	},
	ordering: { items: check.listOf(option, LIMITS.minItems, LIMITS.maxItems) },
};
