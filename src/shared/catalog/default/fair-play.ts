import { FairPlaySettings } from "shared/catalog/types";

/**
 * The default fair-play rules. The caps are per UTC day and per activity type, set well above a
 * diligent school day at the seed's best multiplier (mean of 1.5, 1.2, 1.1 and a 2.0 streak: x1.45)
 * with room for a 1.5x boost, and well below what repeating one activity all day would earn:
 * - quiz 1200: four quizzes and a unit test at best are about 750 XP;
 * - lesson 800: six lessons and two readings at best are about 550 XP;
 * - practice 600: ten practice sets at best are about 430 XP;
 * - review 400: ten flashcard reviews at best are about 290 XP;
 * - help 400: six helps at best are about 350 XP;
 * - project 1000: three project milestones at best are about 650 XP.
 * The same question set done again the same day earns half, then a quarter, then a tenth: a
 * student may retry to learn, not to farm. A question cannot be read and answered in less than a
 * second plus 0.12 s a word (about 500 words a minute, a fast reader's pace).
 */
export const DEFAULT_FAIR_PLAY: FairPlaySettings = {
	daily_xp_cap: { quiz: 1200, lesson: 800, practice: 600, review: 400, help: 400, project: 1000 },
	repeat_xp_factors: [1, 0.5, 0.25, 0.1],
	min_seconds_per_word: 0.12,
	min_seconds_per_answer: 1.0,
};
