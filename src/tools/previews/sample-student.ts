import { Catalog } from "shared/catalog/types";
import {
	createDefaultProfile,
	Effect,
	GameEvent,
	memoryStockLedger,
	PlayerProfile,
	processEvent,
	Rng,
} from "shared/domain";
import { StudentView, studentView } from "shared/view/student-view";

/** Monday 2026-09-07, 08:00 UTC: the sample week starts a school week. */
export const SAMPLE_WEEK_START = 1788768000;
const SUBJECTS = ["math", "science", "reading", "history", "geography", "languages"];
const DAY = 86400;

export interface SampleStudent {
	readonly profile: PlayerProfile;
	readonly view: StudentView;
	/** The effects of the last day, in order: what the notifications preview shows. */
	readonly lastEffects: readonly Effect[];
	readonly now: number;
}

/**
 * A student after a school week of ClassQuest, made by the real rules: five days of lessons,
 * quizzes and practice across the subjects (a perfect quiz most days), a classmate helped, the
 * daily quest taken, a purchase and a badge worn. What the previews and the screen specs show.
 */
export function sampleStudent(catalog: Catalog, name = "Ana", days = 5): SampleStudent {
	let profile = createDefaultProfile();
	profile.user_id = "1001";
	profile.profile.display_name = name;
	const rng = new Rng(11);
	const stock = memoryStockLedger();
	let now = SAMPLE_WEEK_START;
	let lastEffects: Effect[] = [];
	const act = (event: GameEvent) => {
		const result = processEvent(profile, event, { now, catalog, rng, stock });
		profile = result.profile;
		for (const effect of result.effects) lastEffects.push(effect);
		now += 600;
	};
	for (let day = 0; day < days; day++) {
		now = SAMPLE_WEEK_START + day * DAY;
		lastEffects = [];
		act({ kind: "join" });
		act({ kind: "assign_quest", quest_id: "daily_three_activities" });
		const subject = SUBJECTS[day % SUBJECTS.size()];
		const perfect = day % 2 === 0;
		act({
			kind: "activity",
			activity: "lesson",
			subject,
			performance: { perfect: false, time: 800, expected_time: 900, first_try: true },
		});
		act({
			kind: "activity",
			activity: "quiz",
			subject,
			set_id: `${subject}-${day}`,
			performance: { perfect, time: 420, expected_time: 600, first_try: true, accuracy: perfect ? 1 : 0.8 },
		});
		act({
			kind: "activity",
			activity: "practice",
			subject: SUBJECTS[(day + 1) % SUBJECTS.size()],
			performance: { perfect: false, time: 300, expected_time: 300, first_try: false, accuracy: 0.7 },
		});
		if (day === 1)
			act({
				kind: "activity",
				activity: "help_classmate",
				performance: { perfect: false, time: 300, expected_time: 300, first_try: true },
			});
		if (day === 2) act({ kind: "purchase", reward_id: "snack_pack" });
		if (day === 3) act({ kind: "assign_quest", quest_id: "weekly_subject_tour" });
	}
	const owned = [...pairsOf(profile.badges_owned)];
	if (owned.size() > 0) act({ kind: "equip_badge", badge_id: owned[0] });
	return { profile, view: studentView(profile, catalog, now), lastEffects, now };
}

function pairsOf(record: Record<string, unknown>): string[] {
	const keys = new Array<string>();
	for (const [key] of pairs(record)) keys.push(key as string);
	keys.sort();
	return keys;
}
