/** ClassQuest's learning content: question sets and lessons, validated, shown and graded. */
export * from "./types";
export { SUBJECT_IDS, SUBJECTS, isSubjectId } from "./subjects";
export { readContentPack, GRADE_BANDS, SET_ACTIVITIES, PACK_LIMITS } from "./read-pack";
export { LIMITS, QUESTION_TYPES } from "./question-schema";
export { presentQuestion } from "./present";
export { gradeAnswer } from "./grade";
export { normaliseTyped, foldText } from "./normalise";
export { wordsToRead } from "./words";
export { targetDifficulty, pickSet, MEDIUM_FROM, HARD_FROM } from "./pick";
