/**
 * The bounds a scenario file must keep (README, Scenarios). Beyond them it is refused with the
 * path, before anything runs: a scenario is a public interface, and a hostile one must not crash
 * the runner or bloat a report.
 */

/** Nesting of objects and lists; test/emulation/json.luau refuses deeper JSON with the same bound. */
export const MAX_DEPTH = 200;

/** Bytes of any one string in the document (catalog text included). */
export const MAX_STRING_BYTES = 10000;

/** Students in one scenario (and friends of one student). */
export const MAX_PLAYERS = 1000;

/** Events in one scenario: the semester example of a class of 30 has about 11,600. */
export const MAX_EVENTS = 1000000;
