import { Currency, Effect } from "shared/domain/effects";
import { pushBounded, saturatingAdd } from "shared/domain/numbers";
import { HISTORY_LIMITS, PlayerProfile } from "shared/domain/profile/player-profile";

export const CURRENCIES: readonly Currency[] = ["coins", "gems", "tokens"];

export type Price = { readonly [K in Currency]?: number };

/** Adds a whole, positive amount of a currency, and to its lifetime total. */
export function earn(profile: PlayerProfile, currency: Currency, amount: number, reason: string, effects: Effect[]) {
	if (amount <= 0) return;
	const wallet = profile.currency;
	wallet[currency] = saturatingAdd(wallet[currency], amount);
	wallet.lifetime_earned[currency] = saturatingAdd(wallet.lifetime_earned[currency], amount);
	effects.push({ kind: "currency_changed", currency, delta: amount, balance: wallet[currency], reason });
}

/** What is missing to pay `price`, or undefined when the balances cover it all. */
export function shortfall(profile: PlayerProfile, price: Price): string | undefined {
	for (const currency of CURRENCIES) {
		const cost = price[currency] ?? 0;
		if (cost > profile.currency[currency]) {
			return `not enough ${currency}: costs ${cost}, you have ${profile.currency[currency]}`;
		}
	}
	return undefined;
}

/** Pays `price` in full or not at all; a balance never goes below zero. */
export function spend(
	profile: PlayerProfile,
	price: Price,
	item: string,
	now: number,
	effects: Effect[],
): string | undefined {
	const missing = shortfall(profile, price);
	if (missing !== undefined) return missing;
	for (const currency of CURRENCIES) {
		const cost = price[currency] ?? 0;
		if (cost <= 0) continue;
		profile.currency[currency] -= cost;
		pushBounded(
			profile.currency.spending_history,
			{ type: currency, amount: cost, item, timestamp: now },
			HISTORY_LIMITS.spending_history,
		);
		effects.push({
			kind: "currency_changed",
			currency,
			delta: -cost,
			balance: profile.currency[currency],
			reason: item,
		});
	}
	return undefined;
}
