import { RewardDefinition } from "shared/catalog/types";
import { StudentView } from "shared/view/student-view";

/** "● 50  ♦ 2": a price in the HUD's currency glyphs. */
export function priceText(price: { coins: number; gems: number; tokens?: number }): string {
	const parts = new Array<string>();
	if (price.coins > 0) parts.push(`● ${price.coins}`);
	if (price.gems > 0) parts.push(`♦ ${price.gems}`);
	if ((price.tokens ?? 0) > 0) parts.push(`▲ ${price.tokens}`);
	return parts.size() > 0 ? parts.join("  ") : "free";
}

/** Whether the student has enough of every currency the price asks. */
export function canAfford(view: StudentView, price: { coins: number; gems: number; tokens?: number }): boolean {
	const wallet = view.currency;
	return wallet.coins >= price.coins && wallet.gems >= price.gems && wallet.tokens >= (price.tokens ?? 0);
}

/** What limits a reward's sale, in words: purchases left, the date it ends. */
export function limitText(reward: RewardDefinition, view: StudentView, now: number): string {
	const limited = reward.acquisition.limited;
	const parts = new Array<string>();
	if (limited.per_player > 0) {
		const left = math.max(0, limited.per_player - (view.purchase_counts[reward.id] ?? 0));
		parts.push(left === 0 ? "bought the most you can" : `${left} left for you`);
	}
	if (limited.quantity > 0) parts.push(`only ${limited.quantity} in all`);
	if (limited.time_limited && limited.available_until > 0) {
		const days = math.ceil((limited.available_until - now) / 86400);
		parts.push(days > 0 ? `ends in ${days} day${days === 1 ? "" : "s"}` : "no longer sold");
	}
	if (reward.usage.requirements.level > 1) parts.push(`level ${reward.usage.requirements.level}+ to use`);
	return parts.join(" · ");
}

/** Seconds until a used reward can be used again (0 = ready). */
export function cooldownLeft(reward: RewardDefinition, view: StudentView, now: number): number {
	const last = view.last_used[reward.id];
	if (last === undefined || reward.usage.cooldown <= 0) return 0;
	return math.max(0, last + reward.usage.cooldown - now);
}
