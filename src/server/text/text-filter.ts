import { TextService } from "@rbxts/services";

/**
 * Roblox's text filter for text a student wrote that others see. Filtering can fail (the service
 * is down, the text is too long); Roblox's guidance is then to show nothing, so both functions
 * return undefined instead of the unfiltered text. Yields.
 */
export function filterForBroadcast(text: string, fromUserId: number): string | undefined {
	const [ok, result] = pcall(() =>
		TextService.FilterStringAsync(
			text,
			fromUserId,
			Enum.TextFilterContext.PublicChat,
		).GetNonChatStringForBroadcastAsync(),
	);
	return ok ? result : undefined;
}

/** The text as one reader (toUserId) may see it; undefined when filtering failed. Yields. */
export function filterForUser(text: string, fromUserId: number, toUserId: number): string | undefined {
	const [ok, result] = pcall(() =>
		TextService.FilterStringAsync(
			text,
			fromUserId,
			Enum.TextFilterContext.PrivateChat,
		).GetNonChatStringForUserAsync(toUserId),
	);
	return ok ? result : undefined;
}
