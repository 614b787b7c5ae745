// The balance report's charts, drawn as plain SVG strings by the project itself: the report must open
// from a file in any browser with no network, and the same data must give the same bytes, so no
// charting runtime, no random ids, no dates. Every chart is a <figure class="chart"> whose <svg> holds
// its marks with class "mark" (the report check counts them).

export const WIDTH = 760;
const MARGIN = { top: 16, right: 150, bottom: 40, left: 56 };

/** Escapes text for HTML and SVG. */
export function esc(value) {
	return String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** Numbers as the report prints them: at most `places` decimals, no trailing zeros. */
export function num(value, places = 2) {
	return String(Number(value.toFixed(places)));
}

/** A "nice" axis step for a range: 1, 2 or 5 times a power of ten, about `count` ticks. */
function ticks(max, count = 5) {
	if (!(max > 0)) return [0, 1];
	const rough = max / count;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough);
	const out = [];
	for (let v = 0; v <= max + step * 1e-9; v += step) out.push(Number(v.toFixed(10)));
	if (out[out.length - 1] < max) out.push(Number((out[out.length - 1] + step).toFixed(10)));
	return out;
}

function frame(height, body, label) {
	return `<svg class="chart-svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}

/**
 * `xTicks` replaces the numeric x ticks with labelled ones: { end, ticks: [{ at, label }],
 * dividers: [x...] } (the simulated week's axis is school days, not hours).
 */
function axes({ xMax, yMax, xLabel, yLabel, height, xTicks, xAxis }) {
	const plotW = WIDTH - MARGIN.left - MARGIN.right;
	const plotH = height - MARGIN.top - MARGIN.bottom;
	const xs = xAxis !== undefined ? [0, xAxis.end] : (xTicks ?? ticks(xMax));
	const ys = ticks(yMax);
	const x = (v) => MARGIN.left + (v / xs[xs.length - 1]) * plotW;
	const y = (v) => MARGIN.top + plotH - (v / ys[ys.length - 1]) * plotH;
	let out = "";
	for (const v of ys)
		out += `<line class="grid" x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${num(y(v))}" y2="${num(y(v))}"/><text class="tick" x="${MARGIN.left - 6}" y="${num(y(v) + 4)}" text-anchor="end">${num(v)}</text>`;
	if (xAxis !== undefined) {
		for (const v of xAxis.dividers)
			out += `<line class="grid" x1="${num(x(v))}" x2="${num(x(v))}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}"/>`;
		for (const t of xAxis.ticks)
			out += `<text class="tick" x="${num(x(t.at))}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${esc(t.label)}</text>`;
	} else {
		for (const v of xs)
			out += `<text class="tick" x="${num(x(v))}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${num(v)}</text>`;
	}
	out += `<line class="axis" x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH}"/>`;
	out += `<line class="axis" x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}"/>`;
	out += `<text class="label" x="${MARGIN.left + plotW / 2}" y="${height - 6}" text-anchor="middle">${esc(xLabel)}</text>`;
	out += `<text class="label" transform="translate(14 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`;
	return { out, x, y, plotW, plotH };
}

function legend(entries) {
	return entries
		.map(
			(e, i) =>
				`<g class="legend"><rect x="${WIDTH - MARGIN.right + 14}" y="${MARGIN.top + i * 18}" width="12" height="12" fill="${e.color}"/><text x="${WIDTH - MARGIN.right + 32}" y="${MARGIN.top + i * 18 + 10}">${esc(e.label)}</text></g>`,
		)
		.join("");
}

/**
 * Lines over a shared x axis. `series`: [{ label, color, group, points: [[x, y]...], dashed }].
 * A gap wider than `breakOver` in x breaks a line (a night between two lessons is not a slope).
 */
export function lineChart({ title, series, xLabel, yLabel, legendEntries, height = 320, breakOver = Infinity, yMax, xMax, xAxis }) {
	const allX = series.flatMap((s) => s.points.map((p) => p[0]));
	const allY = series.flatMap((s) => s.points.map((p) => p[1]));
	const a = axes({
		xMax: xMax ?? Math.max(0, ...allX),
		yMax: yMax ?? Math.max(0, ...allY),
		xLabel,
		yLabel,
		height,
		xAxis,
	});
	let marks = "";
	for (const s of series) {
		const runs = [];
		let run = [];
		for (const p of s.points) {
			if (run.length > 0 && p[0] - run[run.length - 1][0] > breakOver) {
				runs.push(run);
				run = [];
			}
			run.push(p);
		}
		if (run.length > 0) runs.push(run);
		const d = runs
			.map((r) => (r.length === 1 ? [r[0], [r[0][0] + 0.0001, r[0][1]]] : r))
			.map((r) => "M" + r.map((p) => `${num(a.x(p[0]))},${num(a.y(p[1]))}`).join("L"))
			.join("");
		if (d === "") continue;
		marks += `<path class="mark line" data-group="${esc(s.group ?? "")}" d="${d}" stroke="${s.color}"${s.dashed ? ' stroke-dasharray="6 4"' : ""}><title>${esc(s.label)}</title></path>`;
	}
	return figure(title, frame(height, a.out + marks + legend(legendEntries ?? series), title));
}

/**
 * Vertical bars in groups: `groups`: [{ label, values: [number|undefined] }], `keys`: [{ label, color }]
 * (one bar per key in each group). An undefined value draws no bar and writes "none" under it.
 */
export function barChart({ title, groups, keys, yLabel, height = 300, valueText = (v) => num(v, 1) }) {
	const all = groups.flatMap((g) => g.values.filter((v) => v !== undefined));
	const a = axes({ xMax: 1, yMax: Math.max(0, ...all), xLabel: "", yLabel, height, xTicks: [1] });
	const slot = a.plotW / groups.length;
	const bar = Math.min(36, (slot * 0.8) / keys.length);
	let marks = "";
	groups.forEach((g, gi) => {
		const left = MARGIN.left + gi * slot + (slot - bar * keys.length) / 2;
		g.values.forEach((v, ki) => {
			const x = left + ki * bar;
			if (v === undefined) {
				marks += `<text class="none" x="${num(x + bar / 2)}" y="${num(a.y(0) - 4)}" text-anchor="middle">none</text>`;
				return;
			}
			const top = a.y(v);
			marks += `<rect class="mark bar" x="${num(x)}" y="${num(top)}" width="${num(bar - 2)}" height="${num(Math.max(0.5, a.y(0) - top))}" fill="${keys[ki].color}"><title>${esc(`${g.label}, ${keys[ki].label}: ${valueText(v)}`)}</title></rect>`;
			marks += `<text class="value" x="${num(x + bar / 2 - 1)}" y="${num(top - 3)}" text-anchor="middle">${esc(valueText(v))}</text>`;
		});
		marks += `<text class="tick" x="${num(MARGIN.left + gi * slot + slot / 2)}" y="${num(a.y(0) + 16)}" text-anchor="middle">${esc(g.label)}</text>`;
	});
	// the x axis ticks of `axes` are for line charts; bar charts label their groups instead
	const body = a.out.replace(/<text class="tick" x="[^"]*" y="[^"]*" text-anchor="middle">1<\/text>/, "");
	return figure(title, frame(height, body + marks + legend(keys), title));
}

/** Horizontal bars, one per row: `rows`: [{ label, value, color, note }], values on a 0..max scale. */
export function hbarChart({ title, rows, max, valueText = (v) => num(v, 1) }) {
	const rowH = 18;
	const labelW = 250;
	const height = MARGIN.top + rows.length * rowH + 20;
	const plotW = WIDTH - labelW - 90;
	let marks = "";
	rows.forEach((r, i) => {
		const y = MARGIN.top + i * rowH;
		const w = max > 0 ? (r.value / max) * plotW : 0;
		marks += `<text class="tick" x="${labelW - 6}" y="${y + 12}" text-anchor="end">${esc(r.label)}</text>`;
		marks += `<rect class="track" x="${labelW}" y="${y + 2}" width="${plotW}" height="${rowH - 5}"/>`;
		marks += `<rect class="mark bar" x="${labelW}" y="${y + 2}" width="${num(Math.max(w, 0.5))}" height="${rowH - 5}" fill="${r.color}"><title>${esc(`${r.label}: ${valueText(r.value)}${r.note ? ` (${r.note})` : ""}`)}</title></rect>`;
		marks += `<text class="value" x="${num(labelW + plotW + 6)}" y="${y + 12}">${esc(valueText(r.value))}</text>`;
	});
	return figure(title, frame(height, marks, title));
}

function figure(title, svg) {
	return `<figure class="chart"><figcaption>${esc(title)}</figcaption>${svg}</figure>`;
}
