import { Catalog } from "shared/catalog/types";
import { describeValue } from "./describe-value";
import { AnyEvent, EventKind, KIND_SCHEMAS, KindSchema } from "./event-kinds";
import { isPlainTable, readFields } from "./readers";
import { EventRead, refuse, refuseWhole, under } from "./refusal";

/** How a caller reads events: what surrounds them, which kinds it takes, and who may receive a gift. */
export interface ReadOptions {
	/**
	 * Fields of the caller's envelope around the event (a scenario's `at` and `user_id`): allowed,
	 * read by the caller, and left out of the event.
	 */
	readonly envelope?: readonly string[];
	/** The kinds the caller takes; any other is refused as an unknown kind. Every kind when absent. */
	readonly kinds?: readonly EventKind[];
	/** Whether a gift's `to_user_id` can receive it: a refusal message, or undefined when they can. */
	readonly checkRecipient?: (userId: string) => string | undefined;
	/** Who sends the event (a client's user id): a student cannot block themselves. */
	readonly sender?: string;
}

/** Why a kind the caller does not take is refused. */
export type KindRefusal = (kind: string) => string;

const unknownKind: KindRefusal = (kind) => `unknown event kind ${describeValue(kind)}`;

/** The schemas looked up by a kind read from outside, which may be any string. */
const SCHEMAS = KIND_SCHEMAS as unknown as Readonly<Record<string, KindSchema | undefined>>;

/**
 * Reads an event of one of `kinds`; a known kind outside them is refused with `refuseKind`.
 * Never raises: whatever `raw` is, the answer is an event made of fresh tables or a refusal.
 */
export function readEventOf(
	raw: unknown,
	catalog: Catalog,
	options: ReadOptions,
	kinds: readonly EventKind[] | undefined,
	refuseKind: KindRefusal,
): EventRead<AnyEvent> {
	if (!isPlainTable(raw)) return refuseWhole("kind", `expected an event object, got ${describeValue(raw)}`);
	const kind = raw.kind;
	if (!typeIs(kind, "string")) return under("kind", refuse(`expected an event kind, got ${describeValue(kind)}`));
	const schema = SCHEMAS[kind];
	if (schema === undefined) return under("kind", refuse(unknownKind(kind)));
	if (kinds !== undefined && !kinds.includes(kind as EventKind)) return under("kind", refuse(refuseKind(kind)));
	const ctx = { catalog, checkRecipient: options.checkRecipient, sender: options.sender };
	const read = readFields(raw, schema.steps, ctx, [...(options.envelope ?? []), "kind"]);
	return read.ok ? { ok: true, event: schema.build(read.value, ctx) } : read;
}

/** Reads any event the rules take (GameEvent or GiftEvent), or refuses it naming the field. */
export function readGameEvent(raw: unknown, catalog: Catalog, options: ReadOptions = {}): EventRead<AnyEvent> {
	return readEventOf(raw, catalog, options, options.kinds, unknownKind);
}
