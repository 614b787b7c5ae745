import { StudentStat } from "shared/view/student-view";

/** How each statistic reads on the profile card, and how its number is written. */
export const STAT_LABELS: Readonly<
	Record<StudentStat, { readonly label: string; readonly format: (n: number) => string }>
> = {
	activities_completed: { label: "Activities", format: (n) => tostring(n) },
	lessons_completed: { label: "Lessons", format: (n) => tostring(n) },
	quizzes_perfect: { label: "Perfect quizzes", format: (n) => tostring(n) },
	// minutes, in the data contract
	total_study_time: {
		label: "Study time",
		format: (n) => (n >= 60 ? `${math.floor(n / 60)} h ${math.floor(n % 60)} min` : `${math.floor(n)} min`),
	},
	accuracy_rate: { label: "Accuracy", format: (n) => `${math.floor(n * 100 + 0.5)}%` },
	mastery_score: { label: "Mastery", format: (n) => tostring(math.floor(n)) },
	helps_given: { label: "Classmates helped", format: (n) => tostring(n) },
	login_days: { label: "Days played", format: (n) => tostring(n) },
};
