import { WeekData } from "./week-data";

const HABIT_ORDER = ["diligent", "casual", "struggling", "late", "cheater"];

function average(values: readonly number[]): number {
	if (values.size() === 0) return 0;
	let sum = 0;
	for (const value of values) sum += value;
	return sum / values.size();
}

const oneDecimal = (value: number) => string.format("%.1f", value);

/** " (on day 2 on average)": `days` are days since the first lesson. */
const onDay = (days: readonly number[]) =>
	days.size() > 0 ? ` (on day ${math.floor(average(days)) + 1} on average)` : "";

/**
 * The week in a few lines a designer reads at a glance: per habit, levels and XP, how fast they
 * reached levels 5 and 10, coins earned and spent; the quest funnel; the live quizzes; what the
 * server refused and why; the students whose saves went missing, if any.
 */
export function weekSummary(data: WeekData): string[] {
	const lines = new Array<string>();
	lines.push("");
	lines.push(`== the week: ${data.days} school days, ${data.student_count} students, seed ${data.seed} ==`);
	for (const habit of HABIT_ORDER) {
		const group = data.students.filter((student) => student.habit === habit);
		if (group.size() === 0) continue;
		const levels = group.map((student) => student.final.level);
		const reached5 = group.filter((student) => student.reached["5"] !== undefined);
		const reached10 = group.filter((student) => student.reached["10"] !== undefined);
		lines.push(
			`  ${habit} (${group.size()}): level ${math.min(...levels)}-${math.max(...levels)} (average ${oneDecimal(
				average(levels),
			)}), ${math.round(average(group.map((s) => s.final.total_xp)))} XP, ` +
				`level 5 reached by ${reached5.size()}${onDay(reached5.map((s) => s.reached["5"]!))}, ` +
				`level 10 by ${reached10.size()}${onDay(reached10.map((s) => s.reached["10"]!))}, coins +${math.round(average(group.map((s) => s.coins_earned)))} ` +
				`-${math.round(average(group.map((s) => s.coins_spent)))} each`,
		);
	}
	const quests = data.quests;
	lines.push(
		`  quests: ${quests.assigned} taken, ${quests.progressed} moved, ${quests.completed} completed, ` +
			`${quests.failed} failed, ${quests.abandoned} abandoned`,
	);
	for (const quiz of data.quizzes) {
		const share = quiz.answers > 0 ? math.round((100 * quiz.correct) / quiz.answers) : 0;
		lines.push(`  day ${quiz.day} live quiz "${quiz.title}": ${quiz.answers} answers, ${share} % right`);
	}
	const earned = data.achievements.filter((achievement) => achievement.earned > 0);
	lines.push(`  achievements: ${earned.size()} of ${data.achievements.size()} earned by someone`);
	lines.push("  refused by the server:");
	for (const refusal of data.refusals.filter((_, index) => index < 12))
		lines.push(`    ${refusal.count} x ${refusal.who}, ${refusal.action}: ${refusal.reason}`);
	if (data.refusals.size() > 12) lines.push(`    ... and ${data.refusals.size() - 12} more kinds (in the report)`);
	const absent = data.students.filter((student) => student.joined_day > data.days);
	if (absent.size() > 0)
		lines.push(`  not in class yet (they join later in the week): ${absent.map((s) => s.name).join(", ")}`);
	const unsaved = data.students.filter((student) => !student.saved && student.joined_day <= data.days);
	if (unsaved.size() > 0) lines.push(`  NO PROFILE SAVED for ${unsaved.map((s) => s.name).join(", ")}`);
	return lines;
}
