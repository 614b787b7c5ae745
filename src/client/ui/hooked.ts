import Roact from "@rbxts/roact";
import { withHooks } from "@rbxts/roact-hooked";

const renders = new Map<string, number>();

/**
 * A function component that may use hooks (roact-hooked), named, with its renders counted: what
 * a spec or a developer reads to see that a change re-rendered only what shows it.
 */
export function hooked<P extends object>(
	name: string,
	render: (props: P) => Roact.Element | undefined,
): (props: P) => Roact.Element {
	const counted = (props: P) => {
		renders.set(name, (renders.get(name) ?? 0) + 1);
		// nothing to show renders nothing (Roact takes nil from a component)
		return render(props) as Roact.Element;
	};
	return withHooks(counted);
}

/** How many times each named component rendered since the client started. */
export function renderCounts(): ReadonlyMap<string, number> {
	return renders;
}
