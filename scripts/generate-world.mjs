// Writes the hub world as rojo model files in assets/world/ (one file per piece, so a review sees
// each part's numbers). Run again after changing the layout: `node scripts/generate-world.mjs`.
// The files are the source of truth in git; this script only keeps the ring's trigonometry honest.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "assets", "world");

export const SUBJECTS = [
	{ id: "math", name: "Math", color: [0.2, 0.45, 0.9] },
	{ id: "science", name: "Science", color: [0.25, 0.7, 0.35] },
	{ id: "reading", name: "Reading", color: [0.85, 0.35, 0.3] },
	{ id: "history", name: "History", color: [0.7, 0.55, 0.3] },
	{ id: "geography", name: "Geography", color: [0.2, 0.65, 0.7] },
	{ id: "computing", name: "Computing", color: [0.55, 0.35, 0.8] },
];
const RING_RADIUS = 34;
const r3 = (n) => Math.round(n * 1000) / 1000;

// A CFrame at `position` whose front face (-Z, the LookVector) points at the hub's centre.
function facingCentre(position) {
	const [x, , z] = position;
	const length = Math.hypot(x, z);
	if (length === 0) return cframe(position, 0);
	// yaw so that LookVector = (-sin yaw, 0, -cos yaw) points from the part to the origin
	return cframe(position, Math.atan2(x, z));
}

// rojo's explicit CFrame: position and the rotation matrix by rows (a yaw about +Y).
function cframe(position, yaw) {
	const c = r3(Math.cos(yaw));
	const s = r3(Math.sin(yaw));
	return {
		CFrame: {
			position: position.map(r3),
			orientation: [
				[c, 0, s],
				[0, 1, 0],
				[-s, 0, c],
			],
		},
	};
}

function part(name, { size, at, yaw, color, material = "SmoothPlastic", className = "Part", extra = {} }, children) {
	return {
		name,
		className,
		properties: {
			Anchored: true,
			Size: size,
			CFrame: yaw === "centre" ? facingCentre(at) : cframe(at, yaw ?? 0),
			Color: color,
			Material: { Enum: MATERIALS[material] },
			TopSurface: { Enum: 0 },
			BottomSurface: { Enum: 0 },
			...extra,
		},
		...(children ? { children } : {}),
	};
}

// Enum.Material values (rojo's explicit enum form takes the number).
const MATERIALS = { Plastic: 256, SmoothPlastic: 272, Wood: 512, WoodPlanks: 528, Slate: 800, Concrete: 816, Brick: 848, Cobblestone: 880, Grass: 1280, Neon: 288, Glass: 1568 };

function sign(name, text, face = 5, extraChildren = []) {
	// Face 5 = Enum.NormalId.Front, the face the part's LookVector points out of
	return {
		name,
		className: "SurfaceGui",
		properties: { Face: { Enum: face }, SizingMode: { Enum: 1 }, PixelsPerStud: 50 },
		children: [
			{
				name: "Title",
				className: "TextLabel",
				properties: {
					Text: text,
					Size: { UDim2: [[1, 0], [0.3, 0]] },
					BackgroundTransparency: 1,
					TextScaled: true,
					TextColor3: [1, 1, 1],
					Font: { Enum: 18 },
				},
			},
			...extraChildren,
		],
	};
}

function write(file, model) {
	const path = join(root, file);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(model, null, "\t") + "\n");
}

rmSync(root, { recursive: true, force: true });

// The hub: a grass baseplate, a stone plaza, the spawn, a low wall around the plaza with four gates.
const hub = [
	part("Baseplate", { size: [240, 1, 240], at: [0, -0.5, 0], color: [0.36, 0.6, 0.3], material: "Grass" }),
	part("Plaza", { size: [96, 0.2, 96], at: [0, 0.1, 0], color: [0.78, 0.76, 0.72], material: "Concrete" }),
	{
		...part("SpawnLocation", {
			className: "SpawnLocation",
			size: [8, 1, 8],
			at: [0, 0.5, 0],
			color: [0.95, 0.8, 0.25],
			extra: { Neutral: true, Duration: 0 },
		}),
	},
];
for (const [side, at, size] of [
	["North", [0, 2, -48], [96, 4, 2]],
	["South", [0, 2, 48], [96, 4, 2]],
	["West", [-48, 2, 0], [2, 4, 96]],
	["East", [48, 2, 0], [2, 4, 96]],
]) {
	// each wall in two halves with a 12-stud gate in the middle
	const alongX = size[0] > size[2];
	const half = (96 - 12) / 2;
	for (const [which, offset] of [["A", -(half / 2 + 6)], ["B", half / 2 + 6]]) {
		const position = alongX ? [offset, at[1], at[2]] : [at[0], at[1], offset];
		const wallSize = alongX ? [half, size[1], size[2]] : [size[0], size[1], half];
		hub.push(part(`${side}Wall${which}`, { size: wallSize, at: position, color: [0.6, 0.45, 0.35], material: "Brick" }));
	}
}
write("Hub.model.json", { className: "Folder", children: hub });

// Stations in a ring around the spawn, each on a path from the spawn, its front to the centre.
SUBJECTS.forEach((subject, index) => {
	const angle = (index / SUBJECTS.length) * Math.PI * 2;
	const at = [RING_RADIUS * Math.sin(angle), 2.5, RING_RADIUS * Math.cos(angle)];
	const pathLength = RING_RADIUS - 8;
	const mid = [((RING_RADIUS / 2 + 2) * at[0]) / RING_RADIUS, 0.25, ((RING_RADIUS / 2 + 2) * at[2]) / RING_RADIUS];
	const station = part(
		`${subject.name}Station`,
		{ size: [6, 5, 6], at, yaw: "centre", color: subject.color, material: "SmoothPlastic" },
		[
			{
				name: "StartPrompt",
				className: "ProximityPrompt",
				properties: {
					ActionText: "Start",
					ObjectText: subject.name,
					MaxActivationDistance: 10,
					HoldDuration: 0,
					RequiresLineOfSight: false,
				},
			},
			sign("Sign", subject.name),
		],
	);
	station.properties.Tags = ["LearningStation"];
	station.attributes = { Subject: subject.id };
	write(`Stations/${subject.name}.model.json`, {
		className: "Folder",
		children: [
			station,
			part(`${subject.name}Path`, {
				size: [4, 0.3, pathLength],
				at: mid,
				yaw: angle,
				color: [0.55, 0.53, 0.5],
				material: "Cobblestone",
			}),
			part(`${subject.name}Pad`, {
				size: [12, 0.4, 12],
				at: [at[0], 0.2, at[2]],
				yaw: "centre",
				color: subject.color.map((c) => r3(0.5 + c / 2)),
				material: "SmoothPlastic",
			}),
		],
	});
});

// The quest board, the shop counter and the leaderboard wall, between the station paths.
function between(index, radius, y) {
	const angle = ((index + 0.5) / SUBJECTS.length) * Math.PI * 2;
	return [radius * Math.sin(angle), y, radius * Math.cos(angle)];
}
const questBoard = part("QuestBoard", { size: [10, 7, 1], at: between(0, 20, 3.5), yaw: "centre", color: [0.55, 0.38, 0.22], material: "WoodPlanks" }, [
	sign("Sign", "Quests"),
	{ name: "QuestPrompt", className: "ProximityPrompt", properties: { ActionText: "Read", ObjectText: "Quest board", MaxActivationDistance: 10, HoldDuration: 0, RequiresLineOfSight: false } },
]);
questBoard.properties.Tags = ["QuestBoard"];
delete questBoard.name; // a file's name names its top instance
write("QuestBoard.model.json", questBoard);

const shop = part("ShopCounter", { size: [12, 3.5, 3], at: between(2, 20, 1.75), yaw: "centre", color: [0.9, 0.55, 0.2], material: "Wood" }, [
	sign("Sign", "Shop"),
	{ name: "ShopPrompt", className: "ProximityPrompt", properties: { ActionText: "Shop", ObjectText: "Shop counter", MaxActivationDistance: 10, HoldDuration: 0, RequiresLineOfSight: false } },
]);
shop.properties.Tags = ["ShopCounter"];
delete shop.name;
write("ShopCounter.model.json", shop);

const rows = {
	name: "Rows",
	className: "Frame",
	properties: { Position: { UDim2: [[0, 0], [0.3, 0]] }, Size: { UDim2: [[1, 0], [0.7, 0]] }, BackgroundTransparency: 1 },
	children: [{ name: "Layout", className: "UIListLayout", properties: { SortOrder: { Enum: 2 } } }],
};
const wall = part("LeaderboardWall", { size: [16, 10, 1], at: between(4, 22, 5), yaw: "centre", color: [0.15, 0.18, 0.25], material: "SmoothPlastic" }, [
	sign("Board", "All-Time XP Hall of Fame", 5, [rows]),
]);
wall.properties.Tags = ["LeaderboardWall"];
wall.attributes = { Board: "all_time_xp_global" };
delete wall.name;
write("LeaderboardWall.model.json", wall);
