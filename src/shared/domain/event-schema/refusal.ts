/** Why an event was refused: the field at fault and what is wrong with it. */
export interface EventRefusal {
	readonly ok: false;
	/** The field at fault, as a path inside the event: `activity`, `performance.time`, `achievement_ids[2]`. */
	readonly field: string;
	/** What is wrong with it: `unknown activity "lesso"`. */
	readonly message: string;
	/**
	 * Set when a rule between fields failed (a grant that gives nothing, a gift of both a badge and an
	 * item): `field` is the first field concerned, and the text names the event rather than the field.
	 */
	readonly wholeEvent?: true;
}

/** What reading an event gives: the event, well-formed and made of fresh tables, or the refusal. */
export type EventRead<T> = { readonly ok: true; readonly event: T } | EventRefusal;

/** A refusal of the value being read; the object or list holding it puts the field's name in. */
export function refuse(message: string): EventRefusal {
	return { ok: false, field: "", message };
}

/** A refusal by a rule between the fields of one object, naming the first of them. */
export function refuseWhole(field: string, message: string): EventRefusal {
	return { ok: false, field, message, wholeEvent: true };
}

/**
 * The refusal as it sits under `name` (a field, or `[3]` for a list entry). A whole-object refusal
 * from inside becomes a refusal of that object, so its text keeps pointing at the right place.
 */
export function under(name: string, refusal: EventRefusal): EventRefusal {
	if (refusal.wholeEvent) return { ok: false, field: name, message: refusal.message };
	const inner = refusal.field;
	const field = inner === "" ? name : inner.sub(1, 1) === "[" ? `${name}${inner}` : `${name}.${inner}`;
	return { ok: false, field, message: refusal.message };
}

/** The refusal as one line, under the event's own path when given: `events[3].activity: unknown activity "lesso"`. */
export function refusalText(refusal: EventRefusal, path = ""): string {
	if (refusal.wholeEvent) return path === "" ? refusal.message : `${path}: ${refusal.message}`;
	return path === "" ? `${refusal.field}: ${refusal.message}` : `${path}.${refusal.field}: ${refusal.message}`;
}
