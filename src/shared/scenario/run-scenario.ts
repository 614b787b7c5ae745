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
import { ReportBoard, ScenarioBoards } from "./scenario-boards";

export type ReportEffect = Effect & { at: number; user_id: string };

export interface ScenarioReport {
	readonly players: Record<string, PlayerProfile>;
	readonly effects: ReportEffect[];
	/** The Achievement and Badge models' statistics, folded from the effects. */
	readonly statistics: GameStatistics;
	readonly leaderboards: Record<string, ReportBoard>;
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
	profile.classroom = { class_id: player.class_id, school_id: player.school_id, country: player.country };
	profile.social.friends = [...player.friends];
	// students are private by default; a scenario may say one shows on public boards
	profile.settings.privacy.show_profile = player.public;
	profile.settings.privacy.show_stats = player.public;
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
	const boards = new ScenarioBoards(scenario.catalog, profiles);
	const record = (userId: string, effect: Effect, at: number) => {
		effects.push({ ...effect, at, user_id: userId } as ReportEffect);
		recordStatistics(statistics, effect, userId, at);
	};
	const report = (userId: string, result: ProcessResult, at: number) => {
		profiles.set(userId, result.profile);
		for (const effect of result.effects) record(userId, effect, at);
		for (const change of boards.applyEffects(userId, result.effects, at)) record(change.userId, change.effect, at);
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

	// everything due up to `limit`, in time order: expiries and resets player by player in the
	// scenario's order, then the leaderboard periods ending then (archived, prizes given)
	const catchUp = (limit: number) => {
		while (true) {
			let soonest: number | undefined;
			for (const userId of order) {
				const due = nextDueTime(profiles.get(userId)!, clock);
				if (due !== undefined && due <= limit && (soonest === undefined || due < soonest)) soonest = due;
			}
			const boardEnd = boards.nextPeriodEnd(clock);
			if (boardEnd !== undefined && boardEnd <= limit && (soonest === undefined || boardEnd < soonest)) {
				soonest = boardEnd;
			}
			if (soonest === undefined) break;
			for (const userId of order) {
				if (nextDueTime(profiles.get(userId)!, clock) === soonest) apply(userId, { kind: "tick" }, soonest);
			}
			if (soonest === boardEnd) {
				const closed = boards.closePeriods(soonest);
				for (const archived of closed.archived) record(archived.userId, archived.effect, soonest);
				for (const prize of closed.prizes) apply(prize.userId, prize.event, soonest);
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
	return { players, effects, statistics, leaderboards: boards.report(clock) };
}
