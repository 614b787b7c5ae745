import { DEFAULT_PACK } from "./default";
import { readContentPack } from "./read-pack";
import { Content } from "./types";

let memo: Content | undefined;

/** The game's own content pack, read once. A broken default pack is a bug: it errors listing every problem. */
export function getDefaultContent(): Content {
	if (memo !== undefined) return memo;
	const read = readContentPack(DEFAULT_PACK);
	if (!read.ok) error(`the default content pack is broken:\n${read.errors.join("\n")}`, 2);
	memo = read.content;
	return memo;
}
