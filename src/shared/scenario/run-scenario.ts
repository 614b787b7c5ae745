import { DomainContext, memoryStockLedger } from "shared/domain/context";
import { Effect } from "shared/domain/effects";
import { emptyStatistics, GameStatistics, recordStatistics } from "shared/domain/achievements/achievement-statistics";
import { processGift } from "shared/domain/badges/badge-gift";
import { GameEvent, GiftEvent } from "shared/domain/events";
import { ProcessResult, processEvent } from "shared/domain/process-event";
import { createDefaultProfile, PlayerProfile } from "shared/domain/profile/player-profile";
import { Rng } from "shared/domain/rng";
import { nextDueTime } from "shared/domain/timers";
import { parseScenario, Scenario, ScenarioPlayer } from "./parse-scenario";

export type ReportEffect = Effect & { at: number; user_id: string };

export interface ScenarioReport {
	readonly players: Record<string, PlayerProfile>;
	readonly effects: ReportEffect[];
	/** The Achievement and Badge models' statistics, folded from the effects. */
	readonly statistics: GameStatistics;
	readonly leaderboards: Record<string, { entries: { rank: number; user_id: string; score: number }[] }>;
}

const HEX = "0123456789abcdef";

/** A version-4 UUID drawn from the scenario's generator, so the same seed gives the same ids. */
function uuid(rng: Rng): string {
	const hex = (n: number) => {
		let text = "";
		for (let i = 0; i < n; i++) {
			const digit = rng.integer(1, 16);
			text += HEX.sub(digit, digit);
		}
		return text;
	};
	const variant = rng.integer(9, 12);
	return `${hex(8)}-${hex(4)}-4${hex(3)}-${HEX.sub(variant, variant)}${hex(3)}-${hex(12)}`;
}

function newProfile(player: ScenarioPlayer, rng: Rng): PlayerProfile {
	const profile = createDefaultProfile();
	profile.id = uuid(rng);
	profile.user_id = player.user_id;
	profile.profile.username = player.username;
	profile.profile.display_name = player.display_name;
	return profile;
}

/**
 * Runs a scenario through the game rules and reports every profile and every effect, in order.
 * Time-based changes (expiries, broken streaks) happen at their due time, between events.
 */
export function runScenario(raw: unknown): ScenarioReport {
	const scenario: Scenario = parseScenario(raw);
	const rng = new Rng(scenario.seed);
	const stock = memoryStockLedger();
	const profiles = new Map<string, PlayerProfile>();
	const order = new Array<string>();
	for (const player of scenario.players) {
		profiles.set(player.user_id, newProfile(player, rng));
		order.push(player.user_id);
	}
	const effects = new Array<ReportEffect>();
	let clock = scenario.events.size() > 0 ? scenario.events[0].at : 0;

	const statistics = emptyStatistics();
	const report = (userId: string, result: ProcessResult, at: number) => {
		profiles.set(userId, result.profile);
		for (const effect of result.effects) {
			effects.push({ ...effect, at, user_id: userId } as ReportEffect);
			recordStatistics(statistics, effect, userId, at);
		}
	};
	const apply = (userId: string, event: GameEvent | GiftEvent, at: number) => {
		const ctx: DomainContext = { now: at, rng, catalog: scenario.catalog, stock };
		const before = profiles.get(userId)!;
		if (event.kind === "join" && before.created_at === 0) before.created_at = at;
		if (event.kind === "gift") {
			const result = processGift(before, profiles.get(event.to_user_id)!, event, ctx);
			report(userId, result.giver, at);
			report(event.to_user_id, result.receiver, at);
			return;
		}
		report(userId, processEvent(before, event, ctx), at);
	};

	// everything due up to `limit`, in time order, player by player in the scenario's order
	const catchUp = (limit: number) => {
		while (true) {
			let soonest: number | undefined;
			for (const userId of order) {
				const due = nextDueTime(profiles.get(userId)!, clock);
				if (due !== undefined && due <= limit && (soonest === undefined || due < soonest)) soonest = due;
			}
			if (soonest === undefined) break;
			for (const userId of order) {
				if (nextDueTime(profiles.get(userId)!, clock) === soonest) apply(userId, { kind: "tick" }, soonest);
			}
			clock = soonest;
		}
		clock = limit;
	};

	for (const item of scenario.events) {
		catchUp(item.at);
		if (item.event.kind === "tick" && item.user_id === undefined) continue;
		apply(item.user_id!, item.event, item.at);
	}
	const players: Record<string, PlayerProfile> = {};
	for (const [userId, profile] of profiles) players[userId] = profile;
	return { players, effects, statistics, leaderboards: {} };
}
