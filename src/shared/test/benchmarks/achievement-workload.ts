import { buildCatalog } from "shared/catalog/build-catalog";
import { PUBLIC_CATALOG_DATA } from "shared/catalog";
import { Catalog } from "shared/catalog/types";
import { DomainContext, EngineCounters, memoryStockLedger } from "shared/domain/context";
import { GameEvent } from "shared/domain/events";
import { processOwnedEvent } from "shared/domain/process-event";
import { createDefaultProfile, PlayerProfile } from "shared/domain/profile/player-profile";
import { Rng } from "shared/domain/rng";
import { ACTIVITIES, randomActivity, SUBJECTS } from "../helpers/random-events";

/**
 * The synthetic workloads of `npm run bench`: a catalog of 1,000 (or 5,000) achievements and 300
 * badges, and a class playing through it. Not a spec: the runner times `run` for the indexed engine
 * and for a naive scan of every achievement per observation, and checks both end in the state
 * recorded before the engine was made faster.
 */

const METRICS = [
	"lessons_completed",
	"quizzes_completed",
	"practices_completed",
	"activities_completed",
	"subjects_studied",
	"accuracy",
	"study_minutes",
	"xp_earned",
	"coins_earned",
	"level",
	"total_xp",
	"helps_given",
	"study_streak",
	"perfect_activities",
	"activity_types",
	"reviews_completed",
	"projects_completed",
	"quizzes_perfect",
	"purchases",
	"items_used",
];
const TYPES = ["counter", "threshold", "collection", "sequence", "time_limit", "perfect", "streak", "unique"];

/** Metrics that grow by tens or hundreds per event get targets to match, so achievements take a term, not a day. */
const LARGE_METRICS = new Set(["study_minutes", "xp_earned", "coins_earned", "total_xp"]);

const PERFECT = ["activities_completed", "lessons_completed", "quizzes_completed", "perfect_activities"];
const KEYED = ["activities_completed", "subjects_studied", "activity_types", "purchases", "items_used", "xp_earned"];

/** Metrics that report a current value rather than an amount: thresholds watch them, counters do not. */
const VALUE_METRICS = new Set(["level", "total_xp", "accuracy", "study_streak"]);

function pick<T extends defined>(rng: Rng, list: readonly T[]): T {
	return list[rng.integer(0, list.size() - 1)];
}

function condition(rng: Rng, requirementType: string) {
	const subject = rng.chance(0.3) ? pick(rng, SUBJECTS) : "";
	if (requirementType === "collection") {
		// a few of the activities (or subjects) to try, chosen per achievement
		const pool = rng.chance(0.5) ? ACTIVITIES : SUBJECTS;
		const wanted = new Array<string>();
		const size = rng.integer(2, pool.size());
		while (wanted.size() < size) {
			const value = pick(rng, pool);
			if (!wanted.includes(value)) wanted.push(value);
		}
		return { metric: pool === ACTIVITIES ? "activities_completed" : "subjects_studied", value: wanted };
	}
	if (requirementType === "threshold") {
		const metric = pick(rng, [...VALUE_METRICS]);
		const value =
			metric === "accuracy" ? 0.9 : metric === "total_xp" ? rng.integer(5, 500) * 100 : rng.integer(3, 60);
		return { metric, operator: ">=", value, context: { subject } };
	}
	const choices = requirementType === "perfect" ? PERFECT : requirementType === "unique" ? KEYED : METRICS;
	let metric = pick(rng, choices);
	while (VALUE_METRICS.has(metric)) metric = pick(rng, choices);
	const scale = LARGE_METRICS.has(metric) ? 100 : 1;
	return { metric, operator: ">=", value: rng.integer(3, 400) * scale, context: { subject } };
}

function achievements(rng: Rng, count: number) {
	const list = new Array<defined>();
	for (let i = 1; i <= count; i++) {
		const requirementType = TYPES[(i - 1) % TYPES.size()];
		const conditions = [condition(rng, requirementType)];
		if (requirementType === "sequence" || (requirementType === "counter" && i % 3 === 0)) {
			conditions.push(condition(rng, "counter"));
		}
		const tiered = requirementType === "counter" && i % 10 === 1;
		const target = conditions[0].value as number;
		list.push({
			id: `a${i}`,
			name: `Achievement ${i}`,
			display: { category: `category_${i % 12}` },
			requirements: {
				type: requirementType,
				conditions: tiered ? [conditions[0]] : conditions,
				logic: i % 7 === 0 && !tiered ? "any" : "all",
				prerequisite_achievements: i > 50 && i % 25 === 0 ? [`a${i - 50}`] : [],
				time_constraint:
					requirementType === "time_limit"
						? { type: "within", duration: 120 }
						: requirementType === "streak"
							? { type: i % 2 === 0 ? "daily" : "weekly" }
							: { type: "" },
			},
			rewards: { xp: 10, coins: 5 },
			progression: tiered
				? {
						type: "tiered",
						tiers: [
							{ tier: 1, requirement: math.ceil(target / 4), reward_multiplier: 1 },
							{ tier: 2, requirement: target, reward_multiplier: 2 },
							{ tier: 3, requirement: target * 4, reward_multiplier: 3 },
						],
					}
				: {
						type: i % 2 === 0 ? "progressive" : "instant",
						milestones: i % 4 === 0 ? [{ percentage: 50 }] : [],
					},
			metadata: { points: 10, secret: i % 4 !== 0 && i % 9 === 0, stackable: i % 50 === 0 },
		});
	}
	return list;
}

function badges() {
	const list = new Array<defined>();
	const methods = ["achievement", "milestone", "random", "event", "purchase", "challenge", "gift", "collection"];
	for (let i = 1; i <= 300; i++) {
		const method = methods[(i - 1) % methods.size()];
		const requirements =
			method === "achievement"
				? { achievement_id: `a${i}` }
				: method === "milestone"
					? { level: 2 + (i % 20) }
					: method === "purchase"
						? { cost: { coins: 50 + i } }
						: {};
		list.push({
			id: `b${i}`,
			name: `Badge ${i}`,
			info: { collection: `set_${i % 30}` },
			acquisition: { method, requirements, drop_rate: method === "random" ? 0.002 : 0 },
			properties: {
				rarity: ["common", "uncommon", "rare", "epic", "legendary"][i % 5],
				bonuses: i % 10 === 0 ? [{ stat: "xp", value: 1, type: "percentage" }] : [],
			},
		});
	}
	return list;
}

/** What one run ended with: the outcome every version of the engine must reproduce, and the work done. */
export interface RunOutcome {
	/** Achievements earned, points and badges over the whole class. */
	readonly fingerprint: string;
	/** Achievements the observations were offered to. */
	readonly visits: number;
	/** Seconds the events took through processEvent, by the runner's clock (setting up the profiles excluded). */
	readonly seconds: number;
}

export interface Workload {
	readonly name: string;
	readonly achievementCount: number;
	readonly badgeCount: number;
	readonly eventCount: number;
	/** The fingerprint measured on the engine before it was made faster (main of 2026-12-02). */
	readonly expected: string;
	/** Plays every event through processEvent, timed by `clock` (the emulation's own clock is virtual). */
	run(scan: "indexed" | "naive", clock: () => number): RunOutcome;
}

/** The outcome of each synthetic workload on the engine before its speed-up, by achievement count and events. */
const EXPECTED: Record<string, string> = {
	"1000/300": "2552 achievements earned, 25520 points, 257 badges",
	"5000/30": "592 achievements earned, 5920 points, 42 badges",
};

/** `eventCount` events for a class of 30 over a catalog of `achievementCount` achievements, the same stream for every run. */
export function prepareWorkload(eventCount: number, achievementCount = 1000): Workload {
	const rng = new Rng(2026);
	const catalog: Catalog = buildCatalog({
		...PUBLIC_CATALOG_DATA,
		achievements: achievements(rng, achievementCount),
		badges: badges(),
		quests: [],
	});
	const events = new Array<{ student: number; at: number; event: GameEvent }>();
	let now = 1788249600;
	for (let i = 0; i < eventCount; i++) {
		now += rng.integer(5, 120);
		const student = rng.integer(0, 29);
		const roll = rng.next();
		let event: GameEvent;
		if (roll < 0.85) event = randomActivity(rng);
		else if (roll < 0.95) event = { kind: "metric", metric: "helps_given", value: 1 };
		else event = { kind: "purchase", reward_id: "snack_pack" };
		events.push({ student, at: now, event });
	}
	return {
		name: `synthetic ${achievementCount}`,
		achievementCount: catalog.achievements.size(),
		badgeCount: catalog.badges.size(),
		eventCount,
		expected: EXPECTED[`${achievementCount}/${eventCount}`] ?? "(not recorded for this event count)",
		run(scan, clock) {
			const profiles = new Array<PlayerProfile>();
			for (let i = 0; i < 30; i++) profiles.push(createDefaultProfile());
			const stock = memoryStockLedger();
			const runRng = new Rng(7);
			const counters: EngineCounters = { visits: 0 };
			const started = clock();
			for (const item of events) {
				const ctx: DomainContext = {
					now: item.at,
					rng: runRng,
					catalog,
					stock,
					achievementScan: scan,
					counters,
				};
				profiles[item.student] = processOwnedEvent(profiles[item.student], item.event, ctx).profile;
			}
			const seconds = clock() - started;
			let earned = 0;
			let points = 0;
			let badgeCount = 0;
			for (const profile of profiles) {
				earned += profile.achievements.total_earned;
				points += profile.achievements.total_points;
				badgeCount += profile.badges.total_earned;
			}
			return {
				fingerprint: `${earned} achievements earned, ${points} points, ${badgeCount} badges`,
				visits: counters.visits,
				seconds,
			};
		},
	};
}
