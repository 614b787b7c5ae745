/**
 * The one event schema: each kind of event has one check of its fields (types, finite numbers,
 * ranges, string lengths, built with @rbxts/t) and of the catalog ids it names. The scenario
 * parser reads its events with it; the remotes read what a client asks for with readStudentAction.
 * Nothing here raises, whatever it is given.
 */
export { describeValue } from "./describe-value";
export { AnyEvent, EventKind } from "./event-kinds";
export * from "./limits";
export { readGameEvent, ReadOptions } from "./read-event";
export { EventRead, EventRefusal, refusalText } from "./refusal";
export { readStudentAction, STUDENT_ACTION_KINDS, StudentAction, StudentActionKind } from "./student-action";
