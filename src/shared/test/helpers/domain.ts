import { buildCatalog, CatalogData } from "shared/catalog/build-catalog";
import { PUBLIC_CATALOG_DATA } from "shared/catalog";
import { Catalog } from "shared/catalog/types";
import { DomainContext, memoryStockLedger, StockLedger } from "shared/domain/context";
import { Effect, EffectKind } from "shared/domain/effects";
import { ActivityPerformance, GameEvent } from "shared/domain/events";
import { processEvent } from "shared/domain/process-event";
import { createDefaultProfile, PlayerProfile } from "shared/domain/profile/player-profile";
import { Rng } from "shared/domain/rng";

/** 2026-09-01T08:00:00Z, a Tuesday: the first day of term in these specs. */
export const TERM_START = 1788249600;
export const HOUR = 3600;
export const DAY = 86400;

/** Perfect, in under half the expected time, at the first try: every performance multiplier. */
export const BEST_PERFORMANCE: ActivityPerformance = { perfect: true, time: 60, expected_time: 600, first_try: true };
/** No performance multiplier: only the streak multiplier counts. */
export const PLAIN_PERFORMANCE: ActivityPerformance = {
	perfect: false,
	time: 600,
	expected_time: 600,
	first_try: false,
};

/**
 * The default catalog's rules (progression, activities, metrics, shop) with some sections
 * replaced, validated like a scenario's catalog. No achievements, badges or quests unless given, so a spec
 * sees only what it sets up.
 */
export function catalogWith(sections: CatalogData): Catalog {
	return buildCatalog({
		...PUBLIC_CATALOG_DATA,
		achievements: [],
		badges: [],
		quests: [],
		leaderboards: [],
		...sections,
	});
}

let rulesOnly: Catalog | undefined;

/** The default catalog without its achievements and badges, built once. */
export function rulesOnlyCatalog(): Catalog {
	if (rulesOnly === undefined) rulesOnly = catalogWith({});
	return rulesOnly;
}

/** One student and a clock: applies events through processEvent, as the server would. */
export class TestStudent {
	public profile: PlayerProfile = createDefaultProfile();
	public now = TERM_START;
	public readonly stock: StockLedger;
	private readonly rng: Rng;

	public constructor(
		public readonly catalog: Catalog = rulesOnlyCatalog(),
		stock?: StockLedger,
		seed = 7,
	) {
		this.stock = stock ?? memoryStockLedger();
		this.rng = new Rng(seed);
	}

	public context(): DomainContext {
		return { now: this.now, rng: this.rng, catalog: this.catalog, stock: this.stock };
	}

	/** Applies an event at the current time and returns its effects. */
	public act(event: GameEvent): Effect[] {
		const result = processEvent(this.profile, event, this.context());
		this.profile = result.profile;
		return result.effects;
	}

	public activity(activity: string, performance: ActivityPerformance = PLAIN_PERFORMANCE): Effect[] {
		return this.act({ kind: "activity", activity, performance });
	}

	public advance(seconds: number) {
		this.now += seconds;
	}

	/** Coins without going through the shop, for specs about spending. */
	public giveCoins(coins: number) {
		this.act({ kind: "grant", coins, reason: "spec" });
	}
}

export function effectsOfKind<K extends EffectKind>(effects: Effect[], kind: K): Extract<Effect, { kind: K }>[] {
	return effects.filter((effect) => effect.kind === kind) as Extract<Effect, { kind: K }>[];
}

/** The reason of the single `rejected` effect, or undefined when nothing was rejected. */
export function rejection(effects: Effect[]): string | undefined {
	const refusals = effectsOfKind(effects, "rejected");
	return refusals.size() > 0 ? refusals[0].reason : undefined;
}

/** The message a function fails with (thrown objects are turned into text), or undefined if it succeeds. */
export function errorOf(callback: () => unknown): string | undefined {
	const [ok, err] = pcall(callback);
	return ok ? undefined : tostring(err);
}

/** Whether `text` contains `part`, literally. */
export function mentions(text: string | undefined, part: string): boolean {
	return text !== undefined && text.find(part, 1, true)[0] !== undefined;
}
