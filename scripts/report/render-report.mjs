// The balance report: one self-contained HTML page drawn from the week `npm start` simulated
// (build/report/data.json). Charts are inline SVG (scripts/report/svg.mjs); the only script lets a
// reader show or hide a habit's lines. The same data gives the same bytes.
import { barChart, esc, hbarChart, lineChart, num } from "./svg.mjs";

const HABIT_COLORS = { diligent: "#2e7d32", casual: "#1565c0", struggling: "#ef6c00", late: "#6a1b9a", cheater: "#c62828" };
const RARITY_COLORS = { common: "#78909c", uncommon: "#43a047", rare: "#1e88e5", epic: "#8e24aa", legendary: "#f9a825" };
const CATEGORY_COLORS = {
	StandardRead: "#1565c0",
	StandardWrite: "#c62828",
	StandardRemove: "#6d4c41",
	StandardList: "#00838f",
	OrderedRead: "#2e7d32",
	OrderedWrite: "#ef6c00",
	OrderedRemove: "#5d4037",
	OrderedList: "#7b1fa2",
};
const EXTRA_COLORS = ["#00897b", "#5e35b1", "#d81b60", "#546e7a"];

const habitColor = (habit, i = 0) => HABIT_COLORS[habit] ?? EXTRA_COLORS[i % EXTRA_COLORS.length];
/**
 * The charts' time axis is school time, not the clock: each school day is one unit, its lesson
 * (09:00-09:50) drawn over the first 60 % and the after-school session (17:00-17:30) over the rest,
 * nights and weekends left out. `hours` counts from the first lesson (Monday 09:00).
 */
function schoolTime(hours) {
	const calendarDay = Math.floor(hours / 24);
	const schoolDay = Math.floor(calendarDay / 7) * 5 + Math.min(4, calendarDay % 7);
	const h = hours - calendarDay * 24;
	const within = h <= 1 ? (h / 1) * 0.6 : h < 8 ? 0.6 + ((h - 1) / 7) * 0.05 : 0.65 + Math.min(1, (h - 8) / 0.6) * 0.34;
	return schoolDay + within;
}

/** The school day (1 = Monday, fractions through the day as on the charts) of a `reached` value (days since the first lesson). */
const reachedDay = (days) => schoolTime(days * 24) + 1;

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"];

function schoolAxis(week) {
	const ticks = [];
	const dividers = [];
	for (let d = 0; d < week.days; d++) {
		ticks.push({ at: d + 0.3, label: `${WEEKDAYS[d % 5]} ${d + 1}` });
		ticks.push({ at: d + 0.82, label: "eve" });
		if (d > 0) dividers.push(d);
	}
	return { end: week.days, ticks, dividers };
}

const SCHOOL_TIME_LABEL = "school day: the lesson (09:00-09:50), then after school (17:00-17:30)";
const mean = (values) => (values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length);

function habitsOf(week) {
	const order = Object.keys(HABIT_COLORS);
	const seen = [...new Set(week.students.map((s) => s.habit))];
	return seen.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || (a < b ? -1 : 1));
}

function habitLegend(habits) {
	return habits.map((h, i) => ({ label: h, color: habitColor(h, i) }));
}

function table(headers, rows, className = "") {
	const head = headers.map((h) => `<th>${esc(h)}</th>`).join("");
	const body = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("");
	return `<table class="${className}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function section(id, title, intro, body) {
	return `<section id="${id}"><h2>${esc(title)}</h2>${intro ? `<p>${esc(intro)}</p>` : ""}${body}</section>`;
}

function overview(week, habits) {
	const rows = habits.map((habit) => {
		const group = week.students.filter((s) => s.habit === habit);
		const levels = group.map((s) => s.final.level);
		const reach = (level) => {
			const got = group.map((s) => s.reached[level]).filter((v) => v !== undefined);
			return `${got.length} of ${group.length}${got.length > 0 ? `, day ${num(mean(got.map(reachedDay)), 1)}` : ""}`;
		};
		return [
			habit,
			group.length,
			`${Math.min(...levels)}-${Math.max(...levels)} (avg ${num(mean(levels), 1)})`,
			Math.round(mean(group.map((s) => s.final.total_xp))),
			reach(5),
			reach(10),
			Math.round(mean(group.map((s) => s.coins_earned))),
			Math.round(mean(group.map((s) => s.coins_spent))),
		];
	});
	const unsaved = week.students.filter((s) => !s.saved).map((s) => s.name);
	const warning = unsaved.length > 0 ? `<p class="warning">No profile was saved for: ${esc(unsaved.join(", "))}</p>` : "";
	return section(
		"overview",
		"The class at the end of the week",
		"Per habit: final levels, average XP, how many reached levels 5 and 10 and on which school day on average, average coins earned and spent.",
		warning +
			table(["habit", "students", "level at the end", "XP (avg)", "reached level 5", "reached level 10", "coins earned", "coins spent"], rows),
	);
}

function progressCharts(week, habits) {
	const series = (pick) =>
		week.students.map((s) => ({
			label: `${s.name} (${s.habit})`,
			group: s.habit,
			color: habitColor(s.habit, habits.indexOf(s.habit)),
			points: s.series.map((p) => [schoolTime(p.t), pick(p)]),
		}));
	const common = { xLabel: SCHOOL_TIME_LABEL, legendEntries: habitLegend(habits), xAxis: schoolAxis(week) };
	const toggles = habits
		.map((h) => `<label><input type="checkbox" class="habit-toggle" value="${esc(h)}" checked> ${esc(h)}</label>`)
		.join(" ");
	return section(
		"progress",
		"XP and level over time, per student",
		"One line per student, sampled every five minutes of play and at every level-up, coloured by habit (hover a line for the student). Time runs through the lessons and after-school sessions only: nights and weekends are left out.",
		`<p class="toggles">Show: ${toggles}</p>` +
			lineChart({ title: "Total XP per student", series: series((p) => p.xp), yLabel: "total XP", ...common }) +
			lineChart({
				title: "Level per student",
				series: series((p) => p.level),
				yLabel: "level",
				yMax: Math.max(10, ...week.students.map((s) => s.final.level)),
				...common,
			}),
	);
}

function levelDays(week, habits) {
	const groups = habits.map((habit) => {
		const group = week.students.filter((s) => s.habit === habit);
		const at = (level) => mean(group.map((s) => s.reached[level]).filter((v) => v !== undefined).map(reachedDay));
		const n = (level) => group.filter((s) => s.reached[level] !== undefined).length;
		return { label: `${habit} (${n(5)}/${n(10)} of ${group.length})`, values: [at(5), at(10)] };
	});
	return section(
		"levels",
		"Days to reach levels 5 and 10, per habit",
		"The school day on which students of each habit reached the level, on average over those who did (in brackets: how many reached 5 and 10). 'none' means nobody of that habit reached it this week.",
		barChart({
			title: "School day when the level was reached (day 1 = Monday)",
			groups,
			keys: [
				{ label: "level 5", color: "#42a5f5" },
				{ label: "level 10", color: "#1a237e" },
			],
			yLabel: "school day",
		}),
	);
}

function coins(week, habits) {
	const groups = habits.map((habit) => {
		const group = week.students.filter((s) => s.habit === habit);
		return { label: habit, values: [mean(group.map((s) => s.coins_earned)), mean(group.map((s) => s.coins_spent)), mean(group.map((s) => s.final.coins))] };
	});
	return section(
		"coins",
		"Coins earned and spent",
		"Average per student of each habit over the week, and what they kept.",
		barChart({
			title: "Coins per student (average)",
			groups,
			keys: [
				{ label: "earned", color: "#f9a825" },
				{ label: "spent", color: "#6d4c41" },
				{ label: "kept", color: "#90a4ae" },
			],
			yLabel: "coins",
			valueText: (v) => String(Math.round(v)),
		}),
	);
}

function achievements(week) {
	const total = Math.max(1, week.students.length);
	const rows = week.achievements.map((a) => ({
		label: a.title,
		value: (100 * a.earned) / total,
		color: RARITY_COLORS[a.rarity] ?? "#546e7a",
		note: `${a.rarity}, ${a.earned} of ${week.students.length}`,
	}));
	const earned = week.achievements.filter((a) => a.earned > 0).length;
	return section(
		"achievements",
		"Achievement completion",
		`Share of the class that earned each achievement (secret ones left out), coloured by rarity. ${earned} of ${week.achievements.length} were earned by someone.`,
		hbarChart({ title: "Students who earned it (%)", rows, max: 100, valueText: (v) => `${Math.round(v)} %` }),
	);
}

function quests(week) {
	const stages = [
		["assigned", "#1565c0"],
		["progressed", "#00838f"],
		["completed", "#2e7d32"],
		["failed", "#c62828"],
		["abandoned", "#757575"],
	];
	return section(
		"quests",
		"The quest funnel",
		"Quests taken from the board or assigned by the teacher, how many moved at least once, and how they ended.",
		hbarChart({
			title: "Quests",
			rows: stages.map(([stage, color]) => ({ label: stage, value: week.quests[stage], color })),
			max: Math.max(1, ...Object.values(week.quests)),
			valueText: (v) => String(v),
		}),
	);
}

function churn(week) {
	return week.leaderboards
		.map((board) => {
			const leaders = [];
			for (const p of board.series) if (leaders.length === 0 || leaders[leaders.length - 1][1] !== p.leader) leaders.push([p.t, p.leader]);
			return section(
				`churn-${board.board_id}`,
				`Leaderboard churn: ${board.title}`,
				"How many places of the board changed since the sample five minutes before, as the teacher's board shows it; and who led when.",
				lineChart({
					title: `Places changed per five minutes (${board.title})`,
					series: [{ label: "places changed", color: "#5e35b1", points: board.series.map((p) => [schoolTime(p.t), p.changes]) }],
					xLabel: SCHOOL_TIME_LABEL,
					yLabel: "places changed",
					breakOver: 0.3,
					xAxis: schoolAxis(week),
				}) + table(["day", "time", "leader"], leaders.map(([t, who]) => [Math.floor(schoolTime(t)) + 1, clock(t), who || "(empty)"]), "compact"),
			);
		})
		.join("");
}

/** Hours since Monday 09:00 as the time of day. */
function clock(hours) {
	const minutes = Math.round(((hours % 24) + 24) % 24 * 60) + 9 * 60;
	const h = Math.floor(minutes / 60) % 24;
	return `${String(h).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function dataStore(week) {
	const out = [];
	for (const server of ["class", "hub"]) {
		const samples = week.datastore.filter((s) => s.server === server);
		if (samples.length === 0) continue;
		const categories = [...new Set(samples.flatMap((s) => Object.keys(s.per_minute)))].sort();
		const series = categories.map((c, i) => ({
			label: c,
			color: CATEGORY_COLORS[c] ?? EXTRA_COLORS[i % EXTRA_COLORS.length],
			points: samples.map((s) => [schoolTime(s.t), (100 * (s.per_minute[c] ?? 0)) / Math.max(1, s.budget_per_minute[c] ?? 1)]),
		}));
		const rows = categories.map((c) => {
			const peak = samples.reduce((best, s) => ((s.per_minute[c] ?? 0) > (best.per_minute[c] ?? 0) ? s : best), samples[0]);
			const used = samples.map((s) => (100 * (s.per_minute[c] ?? 0)) / Math.max(1, s.budget_per_minute[c] ?? 1));
			return [c, peak.per_minute[c] ?? 0, peak.budget_per_minute[c] ?? "-", peak.players, `${num(Math.max(...used), 1)} %`, `${num(mean(used), 1)} %`];
		});
		out.push(
			lineChart({
				title: `The ${server === "class" ? "class's reserved server" : "public hub"}: requests per minute as a share of the budget`,
				series,
				xLabel: SCHOOL_TIME_LABEL,
				yLabel: "% of the budget per minute",
				breakOver: 0.3,
				xAxis: schoolAxis(week),
				yMax: Math.max(10, ...series.flatMap((s) => s.points.map((p) => p[1]))),
			}) +
				table(["request type", "peak requests/min", "budget/min then", "players then", "peak % of budget", "average % of budget"], rows, "compact"),
		);
	}
	return section(
		"datastore",
		"DataStore requests against Roblox's budget",
		"Each running server's DataStore requests per minute by budget type, as a share of the budget Roblox gives a server with that many players (for example 60 + 10 per player per minute for standard reads and writes; see ROBLOX-LIMITS.md). 100 % would mean requests start to queue and throttle.",
		out.join("") || "<p>No server was sampled.</p>",
	);
}

function refusals(week) {
	if (week.refusals.length === 0) return section("refusals", "What the server refused", "Nothing was refused.", "");
	return section(
		"refusals",
		"What the server refused",
		"Every request a remote refused, by who, what and the reason the server gave (the cheater's forged calls included).",
		table(["times", "who", "what", "reason"], week.refusals.map((r) => [r.count, r.who, r.action, r.reason]), "compact"),
	);
}

function quizzes(week) {
	return section(
		"quizzes",
		"Live class quizzes",
		"",
		table(
			["day", "question set", "questions", "answers", "right"],
			week.quizzes.map((q) => [q.day, q.title, q.questions, q.answers, q.answers > 0 ? `${Math.round((100 * q.correct) / q.answers)} %` : "-"]),
			"compact",
		),
	);
}

function students(week) {
	return section(
		"students",
		"Every student",
		"",
		table(
			["student", "habit", "joined on day", "level", "XP", "coins", "achievements", "activities", "level 5 on day", "level 10 on day"],
			week.students.map((s) => [
				s.name,
				s.habit,
				s.joined_day,
				s.final.level,
				s.final.total_xp,
				s.final.coins,
				s.final.achievements,
				s.final.activities,
				s.reached[5] === undefined ? "-" : num(reachedDay(s.reached[5]), 1),
				s.reached[10] === undefined ? "-" : num(reachedDay(s.reached[10]), 1),
			]),
			"compact",
		),
	);
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; color: #1b1b1b; margin: 24px auto; max-width: 980px; padding: 0 16px; }
h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 36px; border-bottom: 1px solid #ddd; }
.meta { color: #555; } .warning { color: #b71c1c; font-weight: 600; }
table { border-collapse: collapse; margin: 8px 0 16px; } th, td { padding: 3px 10px; border-bottom: 1px solid #eee; text-align: left; }
th { background: #f5f5f5; } table.compact { font-size: 12.5px; }
figure.chart { margin: 12px 0 20px; } figcaption { font-weight: 600; margin-bottom: 4px; }
svg text { font: 11px system-ui, sans-serif; fill: #333; } svg .label { font-size: 12px; fill: #555; }
svg .grid { stroke: #eee; } svg .axis { stroke: #999; } svg .track { fill: #f3f3f3; }
svg path.line { fill: none; stroke-width: 1.6; opacity: 0.8; } svg path.line:hover { stroke-width: 3.5; opacity: 1; }
svg .value { font-size: 10px; fill: #444; } svg .none { font-size: 10px; fill: #999; }
.hidden { display: none; } nav a { margin-right: 10px; }
`;

// The report's only script: the habit checkboxes hide and show a habit's lines.
const SCRIPT = `
document.querySelectorAll(".habit-toggle").forEach(function (box) {
	box.addEventListener("change", function () {
		document.querySelectorAll('path.line[data-group="' + box.value + '"]').forEach(function (line) {
			line.classList.toggle("hidden", !box.checked);
		});
	});
});
`;

/** The whole report page for a checked week (see week-data.mjs). */
export function renderReport(week) {
	const habits = habitsOf(week);
	const nav = [
		["overview", "Overview"],
		["progress", "XP and levels"],
		["levels", "Levels 5 and 10"],
		["coins", "Coins"],
		["achievements", "Achievements"],
		["quests", "Quests"],
		["datastore", "DataStore"],
		["refusals", "Refusals"],
		["students", "Students"],
	]
		.map(([id, label]) => `<a href="#${id}">${label}</a>`)
		.join("");
	const body = [
		overview(week, habits),
		progressCharts(week, habits),
		levelDays(week, habits),
		coins(week, habits),
		achievements(week),
		quests(week),
		churn(week),
		dataStore(week),
		quizzes(week),
		refusals(week),
		students(week),
	].join("\n");
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ClassQuest balance report: ${week.student_count} students, ${week.days} school days, seed ${esc(week.seed)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>ClassQuest balance report</h1>
<p class="meta">A simulated class of ${week.student_count} students and their teacher over ${week.days} school day${week.days === 1 ? "" : "s"} (seed ${esc(week.seed)}), played through the real server code by <code>npm start</code>. Levels go up to ${week.max_level}.</p>
<nav>${nav}</nav>
${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
