import { Catalog } from "shared/catalog/types";
import { GameEvent, GiftEvent } from "shared/domain/events";
import { EventKind } from "./event-kinds";
import { readEventOf, ReadOptions } from "./read-event";
import { EventRead } from "./refusal";

/**
 * What a student's client may ask for. Never an activity (the server grades it), a grant or a
 * metric (a teacher or the server decides them), a teacher's revoke, class_quest or
 * end_class_quest (the server decides who is a teacher, never the client), a prize, a delivery or
 * the session's own join, leave and tick: the client never tells the server what it earned.
 */
export const STUDENT_ACTION_KINDS = [
	"equip_badge",
	"unequip_badge",
	"buy_badge",
	"set_showcase",
	"assign_quest",
	"abandon_quest",
	"rate_quest",
	"purchase",
	"use_item",
	"prestige",
	"gift",
	"set_notifications",
	"set_privacy",
	"block_user",
	"unblock_user",
] as const satisfies readonly EventKind[];

export type StudentActionKind = (typeof STUDENT_ACTION_KINDS)[number];

/** An event a client may ask for, once read by readStudentAction. */
export type StudentAction = Extract<GameEvent, { kind: StudentActionKind }> | GiftEvent;

const clientMayNot = (kind: string) => `a client may not send "${kind}" events`;

/**
 * Reads what a client asks for; any kind the server alone decides is refused, saying so. With
 * `options.sender` (the client's user id), a student blocking themselves is refused here too.
 */
export function readStudentAction(
	raw: unknown,
	catalog: Catalog,
	options: Omit<ReadOptions, "kinds"> = {},
): EventRead<StudentAction> {
	return readEventOf(raw, catalog, options, STUDENT_ACTION_KINDS, clientMayNot) as EventRead<StudentAction>;
}
