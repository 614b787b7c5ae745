import { createDefaultProfile, Effect, GameStatistics, memoryStockLedger, PlayerProfile, Rng } from "shared/domain";
import { GameHost, HostProfiles } from "shared/host";
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

/** A scenario student's new profile (its id drawn from the scenario's generator). */
export function newScenarioProfile(player: ScenarioPlayer, rng: Rng): PlayerProfile {
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

/** The scenario's students, all held in memory for the whole run, in the scenario's order. */
function memoryProfiles(profiles: Map<string, PlayerProfile>, order: readonly string[]): HostProfiles {
	return {
		profileOf(userId) {
			return profiles.get(userId);
		},
		setProfile(userId, profile) {
			profiles.set(userId, profile);
		},
		isLoading() {
			return false;
		},
		present() {
			return order;
		},
	};
}

/**
 * Runs a scenario through the game rules and reports every profile and every effect, in order.
 * Time-based changes (expiries, broken streaks) happen at their due time, between events.
 */
export function runScenario(raw: unknown): ScenarioReport {
	const scenario: Scenario = parseScenario(raw);
	const rng = new Rng(scenario.seed);
	const profiles = new Map<string, PlayerProfile>();
	const order = new Array<string>();
	for (const player of scenario.players) {
		profiles.set(player.user_id, newScenarioProfile(player, rng));
		order.push(player.user_id);
	}
	const ledger = memoryStockLedger();
	let clock = scenario.events.size() > 0 ? scenario.events[0].at : 0;
	const boards = new ScenarioBoards(scenario.catalog, profiles);
	const host = new GameHost({
		catalog: scenario.catalog,
		rng,
		profiles: memoryProfiles(profiles, order),
		delivery: {
			deliver(userId) {
				error(`scenario student ${userId} is not held, so nothing can be delivered to them`);
			},
		},
		boards,
		stock: {
			reserve() {
				return { ledger, settle() {} };
			},
		},
		now: () => clock,
	});
	const effects = new Array<ReportEffect>();
	host.onEffects((userId, changes, at) => {
		for (const effect of changes) effects.push({ ...effect, at, user_id: userId } as ReportEffect);
	});

	for (const item of scenario.events) {
		host.advanceTo(item.at);
		clock = item.at;
		const event = item.event;
		if (event.kind === "tick" && item.user_id === undefined) continue;
		if (event.kind === "gift") host.gift(item.user_id!, event, item.at);
		else host.submit(item.user_id!, event, item.at);
	}
	const players: Record<string, PlayerProfile> = {};
	for (const [userId, profile] of profiles) players[userId] = profile;
	return { players, effects, statistics: host.takeStatistics().statistics, leaderboards: boards.report(clock) };
}
