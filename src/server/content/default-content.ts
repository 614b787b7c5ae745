import { Content, readContentPack } from "shared/content";
import { DEFAULT_PACK } from "./default";

let memo: Content | undefined;

/**
 * The game's own content pack, read once. It lives on the server only (ServerScriptService): its
 * answer keys never reach a client, which is sent one question at a time without its answer.
 * A broken default pack is a bug: it errors listing every problem.
 */
export function getDefaultContent(): Content {
	if (memo !== undefined) return memo;
	const read = readContentPack(DEFAULT_PACK);
	if (!read.ok) error(`the default content pack is broken:\n${read.errors.join("\n")}`, 2);
	memo = read.content;
	return memo;
}
