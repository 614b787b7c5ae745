/**
 * The bounds the event schema puts on what an event may carry. Anything beyond them is refused
 * before it reaches the rules, so a forged payload cannot bloat a profile or a message.
 */

/** An id: a catalog id, a user id, a subject, a difficulty, a leaderboard period or prize key. */
export const MAX_ID_LENGTH = 100;

/** Text a person wrote that is kept or shown: a grant's reason, a prize's title. */
export const MAX_REASON_LENGTH = 200;

/** An amount given at once (a grant's xp, coins, gems, tokens, a metric's value, a prize's xp): as the catalog allows. */
export const MAX_AMOUNT = 1e12;

/** A moment an event names (a class quest's deadline), in Unix seconds: up to the end of year 9999, as DateTime reaches. */
export const MAX_TIMESTAMP = 253402300799;

/** Seconds an activity may take or be expected to take: one week. */
export const MAX_ACTIVITY_SECONDS = 86400 * 7;

/**
 * Achievement ids in a showcase request. The catalog allows at most 50 showcase slots
 * (catalog/badge-schema.ts), so a longer list is never valid; a list longer than the catalog's
 * own `settings.showcase_slots` is left to the rules, which refuse it with a reason a student can read.
 */
export const MAX_SHOWCASE_IDS = 50;

/** Entries of any other list in an event (a prize's badges, items, titles). */
export const MAX_LIST_LENGTH = 100;

/** A leaderboard rank, as far as a board's `max_entries` can reach. */
export const MAX_RANK = 1e6;

/** Copies of one item in a prize, as the catalog allows. */
export const MAX_ITEM_QUANTITY = 1e6;

/** Stars of a quest rating. */
export const MAX_RATING = 5;

/** Rushed answers in one activity: far more questions than any activity has. */
export const MAX_RUSHED_ANSWERS = 1000;

/** Digits of a user id: Roblox user ids are positive whole numbers well below 2^53 (16 digits). */
export const MAX_USER_ID_DIGITS = 16;
