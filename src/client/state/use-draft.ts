import { useAtom, useClient } from "./store-context";
import { withEntry } from "./client-actions";

/**
 * Text typed into a box, kept in the store under `key` rather than in the component: a pasted
 * question set or a half-written announcement survives switching tabs and closing the console.
 */
export function useDraft(key: string): [string, (text: string) => void] {
	const { store } = useClient();
	const text = useAtom((state) => state.drafts().get(key)) ?? "";
	return [text, (typed: string) => store.drafts(withEntry(store.drafts(), key, typed))];
}
