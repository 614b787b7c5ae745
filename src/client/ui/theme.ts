import { Rarity } from "shared/catalog/types";

/**
 * The look every screen shares: colours, text sizes and the smallest touch target. Text sizes are
 * in pixels at desktop size; `textSize` scales them for a phone's viewport and the larger-text
 * setting, so text stays readable without TextScaled shrinking it out of sight.
 */
export const COLORS = {
	backdrop: Color3.fromRGB(12, 14, 22),
	panel: Color3.fromRGB(24, 28, 40),
	surface: Color3.fromRGB(36, 42, 58),
	surfaceRaised: Color3.fromRGB(50, 58, 80),
	stroke: Color3.fromRGB(70, 80, 108),
	text: Color3.fromRGB(240, 240, 245),
	muted: Color3.fromRGB(170, 176, 196),
	accent: Color3.fromRGB(90, 150, 255),
	xp: Color3.fromRGB(88, 196, 120),
	coins: Color3.fromRGB(250, 200, 70),
	gems: Color3.fromRGB(120, 210, 250),
	tokens: Color3.fromRGB(200, 150, 250),
	streak: Color3.fromRGB(255, 130, 50),
	danger: Color3.fromRGB(230, 80, 80),
	success: Color3.fromRGB(88, 196, 120),
	locked: Color3.fromRGB(90, 94, 110),
} as const;

/** Rarity is shown by colour and always by its name too: colour is never the only signal. */
export const RARITY_COLORS: Readonly<Record<Rarity, Color3>> = {
	common: Color3.fromRGB(170, 176, 190),
	uncommon: Color3.fromRGB(90, 200, 110),
	rare: Color3.fromRGB(80, 150, 255),
	epic: Color3.fromRGB(180, 100, 250),
	legendary: Color3.fromRGB(255, 170, 40),
};

export function rarityColor(rarity: string): Color3 {
	return RARITY_COLORS[rarity as Rarity] ?? RARITY_COLORS.common;
}

export function rarityLabel(rarity: string): string {
	return rarity === "" ? "Common" : rarity.sub(1, 1).upper() + rarity.sub(2);
}

/** Apple's and Google's guidance: a finger needs at least 44 points. */
export const TOUCH_TARGET = 44;
export const CORNER = new UDim(0, 8);
export const GAP = 8;

export type TextRole = "small" | "body" | "heading" | "title" | "banner";

const TEXT_SIZES: Readonly<Record<TextRole, number>> = {
	small: 14,
	body: 18,
	heading: 20,
	title: 26,
	banner: 36,
};

/** How text is sized on this screen: a phone's viewport and the larger-text setting. */
export interface TextScale {
	readonly compact: boolean;
	readonly larger: boolean;
}

/** Pixels for a role: a phone shows slightly smaller text (never below 14 px), larger text adds a quarter. */
export function textSize(role: TextRole, scale: TextScale): number {
	let size = TEXT_SIZES[role];
	if (scale.compact) size = math.max(14, math.floor(size * 0.85));
	if (scale.larger) size = math.floor(size * 1.25);
	return size;
}

/** A viewport shorter than this is laid out as a phone's. */
export const COMPACT_HEIGHT = 600;
