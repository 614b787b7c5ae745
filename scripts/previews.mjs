// `npm run previews`: draws every screen of src/tools/previews/preview-screens.ts as a player would
// see it on a phone held sideways (844 x 390) and on a desktop (1920 x 1080), into
// build/previews/<screen>-<size>.png, and checks that no text overflows its box at phone size.
//
// The emulation lays the screens out (test/runner/previews.luau: the GUI layout pass of
// test/emulation/engine/gui-layout.luau); this script turns each tree into an SVG and rasterises it
// with resvg. Text widths are an estimate from font size and character count (the factors of
// test/emulation/engine/text-bounds.luau, read from the runner's output), not a real font's metrics.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import { log, prepare, repoRoot, run } from "./project.mjs";

const OUT_DIR = "build/previews";
const TREES = join(OUT_DIR, "previews.json");
const FONT_FAMILY = "DejaVu Sans";

function escapeXml(text) {
	return String(text).replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]);
}

const num = (n) => Math.round(n * 100) / 100;

function opacity(transparency) {
	return num(Math.max(0, Math.min(1, 1 - transparency)));
}

/** The box a Roblox border of `size` px covers, for BorderMode Outline, Middle or Inset. */
function borderRect(node) {
	const b = node.borderSize;
	const grow = node.borderMode === "Outline" ? b / 2 : node.borderMode === "Middle" ? 0 : -b / 2;
	return { x: node.x - grow, y: node.y - grow, w: node.w + 2 * grow, h: node.h + 2 * grow };
}

function drawText(node) {
	const t = node.text;
	if (t.text === "" || t.transparency >= 1) return "";
	const lineHeight = t.size * t.lineHeight;
	const block = t.lines.length * lineHeight;
	const box = t.box;
	const top =
		t.yAlignment === "Top" ? box.y : t.yAlignment === "Bottom" ? box.y + box.h - block : box.y + (box.h - block) / 2;
	const anchor = t.xAlignment === "Left" ? "start" : t.xAlignment === "Right" ? "end" : "middle";
	const x = t.xAlignment === "Left" ? box.x : t.xAlignment === "Right" ? box.x + box.w : box.x + box.w / 2;
	const stroke = node.textStroke
		? ` stroke="${node.textStroke.color}" stroke-width="${node.textStroke.thickness * 2}" stroke-opacity="${opacity(node.textStroke.transparency)}" stroke-linejoin="round" paint-order="stroke"`
		: "";
	return t.lines
		.map((line, i) => {
			// the baseline sits a little below the middle of the line (x-height centred)
			const baseline = top + i * lineHeight + lineHeight / 2 + t.size * 0.36;
			return `<text x="${num(x)}" y="${num(baseline)}" font-family="${FONT_FAMILY}" font-stretch="condensed" font-size="${t.size}" font-weight="${t.bold ? "bold" : "normal"}" text-anchor="${anchor}" fill="${t.color}" fill-opacity="${opacity(t.transparency)}"${stroke} xml:space="preserve">${escapeXml(line)}</text>`;
		})
		.join("\n");
}

function drawImage(node) {
	const image = node.image;
	if (image.transparency >= 1 || image.id === "") return "";
	const id = image.id.replace(/^rbxassetid:\/\//, "");
	// the asset id on two lines ("image", then the id), as large as fits the box
	const size = Math.max(6, Math.min(14, node.h / 3, (node.w - 4) / (Math.max(5, [...id].length) * 0.6)));
	const cx = num(node.x + node.w / 2);
	const cy = node.y + node.h / 2;
	return [
		`<rect x="${node.x}" y="${node.y}" width="${node.w}" height="${node.h}" fill="url(#hatch)" stroke="${image.color}" stroke-width="1" fill-opacity="${opacity(image.transparency)}"/>`,
		`<text x="${cx}" y="${num(cy - size * 0.2)}" font-family="${FONT_FAMILY}" font-stretch="condensed" font-size="${num(size)}" text-anchor="middle" fill="#303030">image</text>`,
		`<text x="${cx}" y="${num(cy + size * 0.95)}" font-family="${FONT_FAMILY}" font-stretch="condensed" font-size="${num(size)}" text-anchor="middle" fill="#303030">${escapeXml(id)}</text>`,
	].join("\n");
}

function drawNode(node, index, defs) {
	const parts = [];
	const radius = node.cornerRadius ?? 0;
	// wholly clipped away (scrolled out of its frame): nothing of it shows, and resvg panics on a
	// clip path that leaves nothing
	if (node.clip) {
		const c = node.clip;
		const apart = node.x >= c.x + c.w || node.x + node.w <= c.x || node.y >= c.y + c.h || node.y + node.h <= c.y;
		if (c.w <= 0 || c.h <= 0 || apart) return "";
	}
	// a box of no area paints nothing (resvg panics bounding one inside a clip path); its text still shows
	if (node.backgroundTransparency < 1 && node.w > 0 && node.h > 0) {
		if (node.borderSize > 0 && node.cornerRadius === undefined) {
			const b = borderRect(node);
			parts.push(
				`<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}" fill="none" stroke="${node.borderColor}" stroke-width="${node.borderSize}" stroke-opacity="${opacity(node.backgroundTransparency)}"/>`,
			);
		}
		parts.push(
			`<rect x="${node.x}" y="${node.y}" width="${node.w}" height="${node.h}" rx="${radius}" fill="${node.background}" fill-opacity="${opacity(node.backgroundTransparency)}"/>`,
		);
	}
	if (node.stroke && node.stroke.transparency < 1 && node.w > 0 && node.h > 0) {
		// a UIStroke is drawn outside the element's edge
		const s = node.stroke.thickness;
		parts.push(
			`<rect x="${num(node.x - s / 2)}" y="${num(node.y - s / 2)}" width="${num(node.w + s)}" height="${num(node.h + s)}" rx="${num(radius > 0 ? radius + s / 2 : 0)}" fill="none" stroke="${node.stroke.color}" stroke-width="${s}" stroke-opacity="${opacity(node.stroke.transparency)}"/>`,
		);
	}
	if (node.image) parts.push(drawImage(node));
	if (node.text) parts.push(drawText(node));
	const body = parts.join("\n");
	if (body === "" || !node.clip) return body;
	defs.push(
		`<clipPath id="clip${index}"><rect x="${node.clip.x}" y="${node.clip.y}" width="${node.clip.w}" height="${node.clip.h}"/></clipPath>`,
	);
	return `<g clip-path="url(#clip${index})">\n${body}\n</g>`;
}

/** A ScrollingFrame's vertical scroll bar, drawn over its content, when the canvas is taller. */
function scrollBar(node) {
	if (!node.canvas || node.canvas.h <= node.h || node.canvas.barThickness <= 0) return "";
	const bar = Math.max(8, (node.h * node.h) / node.canvas.h);
	const y = node.y + (node.canvas.y / Math.max(1, node.canvas.h - node.h)) * (node.h - bar);
	return `<rect x="${node.x + node.w - node.canvas.barThickness}" y="${num(y)}" width="${node.canvas.barThickness}" height="${num(bar)}" fill="${node.canvas.barColor}" fill-opacity="0.6"/>`;
}

/** A stand-in for Roblox's own top bar: the menu and chat buttons at the top left. */
function topBar(inset) {
	const size = 44;
	const y = (inset - size) / 2;
	const button = (x) => `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="${size / 2}" fill="#000" fill-opacity="0.45"/>`;
	const menu = [0, 1, 2]
		.map((i) => `<rect x="${16 + 13}" y="${y + 14 + i * 7}" width="18" height="2.5" rx="1" fill="#fff"/>`)
		.join("");
	const chat = `<rect x="${72 + 12}" y="${y + 13}" width="20" height="14" rx="4" fill="#fff"/><path d="M ${72 + 16} ${y + 26} l 0 6 l 6 -6 z" fill="#fff"/>`;
	return button(16) + menu + button(72) + chat;
}

export function toSvg(preview) {
	const defs = [
		`<linearGradient id="world" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#a9c4dc"/><stop offset="0.55" stop-color="#c9d8e4"/><stop offset="0.56" stop-color="#8aa37a"/><stop offset="1" stop-color="#6f8a60"/></linearGradient>`,
		`<pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#b4b4b4"/><rect width="3" height="8" fill="#9a9a9a"/></pattern>`,
	];
	const body = [];
	for (const screen of preview.screens) {
		screen.nodes.forEach((node) => body.push(drawNode(node, `${screen.name}-${node.order}`, defs)));
		// over the ScreenGui's content (Roblox draws a frame's bar above its canvas)
		screen.nodes.forEach((node) => body.push(scrollBar(node)));
	}
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${preview.width}" height="${preview.height}" viewBox="0 0 ${preview.width} ${preview.height}">`,
		`<defs>${defs.join("\n")}</defs>`,
		`<rect width="100%" height="100%" fill="url(#world)"/>`,
		topBar(preview.topbarInset),
		...body,
		"</svg>",
	].join("\n");
}

/**
 * Text that would not fit its box, estimated from font size and character count: a line is
 * (characters x factor x size) wide, `factor` the emulation's average glyph width (wider for
 * bold); wrapped text takes (lines x line height) against the box's height.
 */
export function overflowsOf(preview, factors) {
	const found = [];
	for (const screen of preview.screens) {
		for (const node of screen.nodes) {
			const t = node.text;
			if (!t || t.text === "") continue;
			const lineHeight = t.size * t.lineHeight;
			const factor = t.bold ? factors.bold : factors.regular;
			if (t.wrapped) {
				const needed = t.lines.length * lineHeight;
				if (needed > t.box.h + 0.5) found.push({ node, needs: needed, has: t.box.h });
			} else {
				const lines = t.text.split("\n");
				const width = Math.max(...lines.map((line) => [...line].length * factor * t.size));
				const height = lines.length * lineHeight;
				if (width > t.box.w + 0.5) found.push({ node, needs: width, has: t.box.w });
				else if (height > t.box.h + 0.5) found.push({ node, needs: height, has: t.box.h });
			}
		}
	}
	return found;
}

/**
 * Drawn elements that reach past the window's edge (reported, not failed: a screen may slide in).
 * What a frame clips (a scrolling list's rows below its fold) is meant to be cut, so only unclipped
 * elements count.
 */
export function offscreenOf(preview) {
	const found = [];
	for (const screen of preview.screens) {
		for (const node of screen.nodes) {
			const drawn = node.backgroundTransparency < 1 || (node.text && node.text.text !== "") || node.image;
			if (!drawn || node.w <= 0 || node.h <= 0 || node.clip) continue;
			if (node.x < -0.5 || node.y < -0.5) found.push(node);
			else if (node.x + node.w > preview.width + 0.5 || node.y + node.h > preview.height + 0.5) found.push(node);
		}
	}
	return found;
}

/** The pictures the README shows (docs/screens), refreshed by `npm run previews -- --docs`. */
const README_PICTURES = [
	"hud-phone",
	"leaderboards-desktop",
	"shop-phone",
	"achievements-desktop",
	"activity-question-phone",
	"class-join-refused-phone",
	"live-quiz-question-phone",
	"console-quiz-live-desktop",
	"console-roster-award-desktop",
	"console-questions-errors-desktop",
];

function main() {
	const tools = prepare("test.project.json", "build/test.rbxl");
	mkdirSync(join(repoRoot, OUT_DIR), { recursive: true });
	log("previews: laying the screens out in the emulation");
	const status = run(tools.lune, ["run", "test/runner/previews.luau", "build/test.rbxl", TREES], {
		stdio: ["ignore", 2, 2],
	});
	if (status !== 0) {
		console.log("previews: the headless runner failed (errors above)");
		process.exit(1);
	}
	const data = JSON.parse(readFileSync(join(repoRoot, TREES), "utf8"));
	const factors = { regular: data.charWidth, bold: data.boldCharWidth };
	let overflows = 0;
	for (const preview of data.previews) {
		const svg = toSvg(preview);
		const base = join(OUT_DIR, `${preview.screen}-${preview.size}`);
		writeFileSync(join(repoRoot, `${base}.svg`), svg);
		const resvg = new Resvg(svg, {
			font: { loadSystemFonts: true, defaultFontFamily: FONT_FAMILY },
			fitTo: { mode: "original" },
		});
		writeFileSync(join(repoRoot, `${base}.png`), resvg.render().asPng());
		console.log(`previews: wrote ${base}.png (${preview.width} x ${preview.height})`);
		for (const node of offscreenOf(preview)) {
			console.log(
				`offscreen: ${preview.screen} ${preview.size} ${node.path}: ${node.w} x ${node.h} px at (${node.x}, ${node.y}) is not all inside the ${preview.width} x ${preview.height} window`,
			);
		}
		if (preview.size !== "phone") continue;
		for (const { node, needs, has } of overflowsOf(preview, factors)) {
			overflows += 1;
			console.log(
				`overflow: ${preview.screen} ${preview.size} ${node.path}: "${node.text.text}" needs ~${Math.ceil(needs)} px, has ${Math.floor(has)} px`,
			);
		}
	}
	if (process.argv.includes("--docs")) {
		mkdirSync(join(repoRoot, "docs/screens"), { recursive: true });
		for (const name of README_PICTURES) {
			copyFileSync(join(repoRoot, OUT_DIR, `${name}.png`), join(repoRoot, "docs/screens", `${name}.png`));
		}
		console.log(`previews: copied ${README_PICTURES.length} pictures to docs/screens for the README`);
	}
	if (overflows > 0) {
		console.log(`previews: ${overflows} text element(s) overflow at phone size (estimated from font size and character count)`);
		process.exit(1);
	}
	console.log("previews: no text overflows at phone size (estimated from font size and character count)");
}

// run as a script (node scripts/previews.mjs), not when imported
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
