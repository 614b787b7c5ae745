/**
 * The largest integer a Luau number holds exactly (2^53 - 1). XP, currency and scores stay at or
 * below it. Here, below the catalog and the domain, because both bound their numbers by it.
 */
export const MAX_SAFE_INTEGER = 9007199254740991;
