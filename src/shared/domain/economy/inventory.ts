import { RewardDefinition } from "shared/catalog/types";
import { Effect } from "shared/domain/effects";
import { PlayerProfile } from "shared/domain/profile/player-profile";

/** How one stack of an item may grow: stackable items up to max_stack, others one per slot. */
function stackSize(reward: RewardDefinition): number {
	return reward.value.stacks ? math.max(1, reward.value.max_stack) : 1;
}

/**
 * Adds `quantity` of an item: fills existing stacks of the same item and expiry first, then opens
 * new stacks, each taking an inventory slot. All or nothing: refused when the slots run out.
 */
export function addItem(
	profile: PlayerProfile,
	reward: RewardDefinition,
	quantity: number,
	expiresAt: number,
	now: number,
	effects: Effect[],
): string | undefined {
	const inventory = profile.inventory;
	const size = stackSize(reward);
	let remaining = quantity;
	const fills = new Array<[number, number]>();
	inventory.items.forEach((item, index) => {
		if (remaining > 0 && item.item_id === reward.id && item.expires_at === expiresAt && item.quantity < size) {
			const add = math.min(size - item.quantity, remaining);
			fills.push([index, add]);
			remaining -= add;
		}
	});
	const newStacks = math.ceil(remaining / size);
	if (inventory.items.size() + newStacks > inventory.capacity) {
		return `inventory full: ${reward.name} needs ${newStacks} free slot${newStacks === 1 ? "" : "s"}, ${
			inventory.capacity - inventory.items.size()
		} left`;
	}
	for (const [index, add] of fills) inventory.items[index].quantity += add;
	while (remaining > 0) {
		const stack = math.min(size, remaining);
		inventory.items.push({
			item_id: reward.id,
			quantity: stack,
			acquired_at: now,
			equipped: false,
			expires_at: expiresAt,
		});
		remaining -= stack;
	}
	inventory.used_slots = inventory.items.size();
	effects.push({ kind: "item_added", item_id: reward.id, quantity, expires_at: expiresAt });
	return undefined;
}

/** How many of an item the player holds, across stacks. */
export function countItem(profile: PlayerProfile, itemId: string): number {
	let count = 0;
	for (const item of profile.inventory.items) if (item.item_id === itemId) count += item.quantity;
	return count;
}

/** Takes `quantity` of an item, soonest-expiring stacks first; refused when there are not enough. */
export function removeItem(
	profile: PlayerProfile,
	itemId: string,
	quantity: number,
	reason: string,
	effects: Effect[],
): string | undefined {
	if (countItem(profile, itemId) < quantity)
		return `you have ${countItem(profile, itemId)} ${itemId}, need ${quantity}`;
	const inventory = profile.inventory;
	const order = inventory.items
		.map((item, index) => [item, index] as const)
		.filter(([item]) => item.item_id === itemId)
		.sort(
			([a], [b]) =>
				(a.expires_at === 0 ? math.huge : a.expires_at) < (b.expires_at === 0 ? math.huge : b.expires_at),
		);
	let remaining = quantity;
	for (const [item] of order) {
		const take = math.min(item.quantity, remaining);
		item.quantity -= take;
		remaining -= take;
		if (remaining === 0) break;
	}
	inventory.items = inventory.items.filter((item) => item.quantity > 0);
	inventory.used_slots = inventory.items.size();
	effects.push({ kind: "item_removed", item_id: itemId, quantity, reason });
	return undefined;
}

/** Removes items whose time is up and ends expired XP multipliers (and the power-ups behind them). */
export function expireTimed(profile: PlayerProfile, now: number, effects: Effect[]) {
	const inventory = profile.inventory;
	const kept = inventory.items.filter((item) => {
		if (item.expires_at > 0 && item.expires_at <= now) {
			effects.push({ kind: "item_expired", item_id: item.item_id, quantity: item.quantity });
			return false;
		}
		return true;
	});
	if (kept.size() !== inventory.items.size()) {
		inventory.items = kept;
		inventory.used_slots = kept.size();
	}
	const experience = profile.experience;
	const live = experience.xp_multipliers.filter((m) => {
		if (m.expires_at > 0 && m.expires_at <= now) {
			effects.push({ kind: "multiplier_expired", source: m.source });
			return false;
		}
		return true;
	});
	if (live.size() !== experience.xp_multipliers.size()) experience.xp_multipliers = live;
	for (const powerUp of inventory.power_ups) {
		if (powerUp.active && !live.some((m) => m.source === powerUp.power_up_id)) powerUp.active = false;
	}
	inventory.power_ups = inventory.power_ups.filter((p) => p.uses_remaining > 0 || p.active);
}
