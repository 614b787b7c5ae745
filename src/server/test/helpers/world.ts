/** A fresh emulated experience for one test; `destroy` it in afterEach so nothing leaks into the next. */
export function freshWorld(seed = 1) {
	return Emulation.createWorld({ seed });
}

/** Runs `test` in a fresh world and destroys the world afterwards, whether the test passed or not. */
export function withWorld(test: (world: EmulatedWorld) => void, seed = 1) {
	const world = freshWorld(seed);
	const [ok, err] = pcall(() => test(world));
	world.destroy();
	if (!ok) throw err;
}

/** Finds a descendant by a path of names, failing with the path that is missing. */
export function findPath(root: Instance, ...names: string[]): Instance {
	let current = root;
	for (const name of names) {
		const child = current.FindFirstChild(name);
		if (child === undefined) error(`${current.GetFullName()} has no child "${name}"`);
		current = child;
	}
	return current;
}

/** Lets time pass until `condition` holds, checking once a second, for at most `seconds`. */
export function waitUntil(condition: () => boolean, seconds = 60): boolean {
	for (let elapsed = 0; elapsed < seconds; elapsed++) {
		if (condition()) return true;
		Emulation.advance(1);
	}
	return condition();
}
