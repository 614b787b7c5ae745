/**
 * Changes between two views of plain data, so the server sends only what changed after an event.
 * Records (string keys) are compared key by key; lists are sent whole when anything in them
 * changed (they are short, and an index-by-index patch would be larger once items move).
 */
export interface PatchOp {
	/** The path from the view's root. */
	readonly p: readonly string[];
	/** The new value; absent when the key was removed. */
	readonly v?: unknown;
}

function isList(value: object): boolean {
	return (value as unknown[])[0] !== undefined;
}

function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (!typeIs(a, "table") || !typeIs(b, "table")) return false;
	for (const [key, value] of pairs(a)) {
		if (!deepEqual(value, (b as Record<string, unknown>)[key as string])) return false;
	}
	for (const [key] of pairs(b)) {
		if ((a as Record<string, unknown>)[key as string] === undefined) return false;
	}
	return true;
}

function diffInto(before: unknown, after: unknown, path: string[], ops: PatchOp[]) {
	if (deepEqual(before, after)) return;
	if (!typeIs(before, "table") || !typeIs(after, "table") || isList(before) || isList(after)) {
		ops.push({ p: [...path], v: after });
		return;
	}
	const old = before as Record<string, unknown>;
	const fresh = after as Record<string, unknown>;
	for (const [key, value] of pairs(fresh)) {
		path.push(key as string);
		diffInto(old[key as string], value, path, ops);
		path.pop();
	}
	for (const [key] of pairs(old)) {
		if (fresh[key as string] === undefined) ops.push({ p: [...path, key as string] });
	}
}

/** The operations that turn `before` into `after` (empty when they are equal). */
export function diffView(before: object, after: object): PatchOp[] {
	const ops = new Array<PatchOp>();
	diffInto(before, after, [], ops);
	return ops;
}

function shallowCopy(value: unknown): Record<string, unknown> {
	const copy: Record<string, unknown> = {};
	if (typeIs(value, "table")) for (const [key, inner] of pairs(value)) copy[key as string] = inner;
	return copy;
}

/**
 * A new view with the operations applied; the tables along each changed path are copies and the
 * rest is shared, so a screen that reads an unchanged part sees the same table as before.
 */
export function applyPatch<T extends object>(view: T, ops: readonly PatchOp[]): T {
	let root = shallowCopy(view);
	const copied = new Set<unknown>([root]);
	for (const op of ops) {
		if (op.p.size() === 0) {
			root = shallowCopy(op.v);
			copied.add(root);
			continue;
		}
		let node = root;
		for (let i = 0; i < op.p.size() - 1; i++) {
			const key = op.p[i];
			let child = node[key];
			if (!copied.has(child)) {
				child = shallowCopy(child);
				copied.add(child);
				node[key] = child;
			}
			node = child as Record<string, unknown>;
		}
		node[op.p[op.p.size() - 1]] = op.v;
	}
	return root as T;
}
