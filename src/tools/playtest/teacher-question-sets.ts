import { SubjectId } from "shared/content";

/** A question set the simulated teacher pastes into the console, as a spreadsheet copies it. */
export interface PastedSet {
	readonly title: string;
	readonly subject: SubjectId;
	/** Prompt, right answer, wrong answers. */
	readonly rows: readonly (readonly string[])[];
	/** The set as pasted (CSV with a header row). */
	readonly text: string;
	/** A first paste with mistakes the console should name by line, when the teacher makes one. */
	readonly mistake?: string;
	readonly announcement: string;
}

const HEADER = "Question,Correct answer,Wrong answer 1,Wrong answer 2";

const SETS: readonly Omit<PastedSet, "text" | "mistake">[] = [
	{
		title: "Forces and motion",
		subject: "science",
		announcement: "Welcome to Year 7 Science! Today: forces. Live quiz at the end of the lesson.",
		rows: [
			["What force pulls objects towards the Earth?", "Gravity", "Friction", "Magnetism"],
			["What is the unit of force?", "Newton", "Joule", "Watt"],
			["Which force slows a sliding box?", "Friction", "Gravity", "Upthrust"],
			["What do balanced forces do to a still object?", "Keep it still", "Speed it up", "Turn it over"],
			["What does a force meter measure?", "Force", "Mass", "Time"],
		],
	},
	{
		title: "Cells",
		subject: "science",
		announcement: "Today: cells, the building blocks of life.",
		rows: [
			["Which part of a cell controls it?", "Nucleus", "Membrane", "Cytoplasm"],
			["Where does photosynthesis happen?", "Chloroplast", "Nucleus", "Vacuole"],
			["What surrounds every cell?", "Cell membrane", "Cell wall", "Chloroplast"],
			["Which cells have a cell wall?", "Plant cells", "Animal cells", "Blood cells"],
			["What do we use to see cells?", "Microscope", "Telescope", "Thermometer"],
		],
	},
	{
		title: "States of matter",
		subject: "science",
		announcement: "Today: solids, liquids and gases.",
		rows: [
			["What is it called when ice turns to water?", "Melting", "Freezing", "Condensing"],
			["Which state has a fixed shape?", "Solid", "Liquid", "Gas"],
			["At what temperature does water boil at sea level?", "100 °C", "50 °C", "0 °C"],
			["What is it called when steam turns to water?", "Condensing", "Evaporating", "Melting"],
			["Which state spreads out to fill its container?", "Gas", "Solid", "Liquid"],
		],
	},
	{
		title: "The solar system",
		subject: "science",
		announcement: "Today: our solar system. Who can name all eight planets?",
		rows: [
			["Which planet is closest to the Sun?", "Mercury", "Venus", "Mars"],
			["What is the largest planet?", "Jupiter", "Saturn", "Earth"],
			["What does the Earth orbit?", "The Sun", "The Moon", "Mars"],
			["How long does the Earth take to orbit the Sun?", "About 365 days", "About 30 days", "About 24 hours"],
			["Which planet is known as the red planet?", "Mars", "Venus", "Neptune"],
		],
	},
	{
		title: "Energy",
		subject: "science",
		announcement: "Last lesson of the week: energy. Well done, everyone!",
		rows: [
			["What kind of energy does a moving car have?", "Kinetic", "Chemical", "Nuclear"],
			["What kind of energy is stored in food?", "Chemical", "Kinetic", "Sound"],
			["Which of these is a renewable energy source?", "Wind", "Coal", "Oil"],
			["What is the unit of energy?", "Joule", "Newton", "Metre"],
			["What does a solar panel turn light into?", "Electricity", "Heat only", "Sound"],
		],
	},
];

/** A row as a spreadsheet copies it: a field with a comma in quotes. */
function csvLine(fields: readonly string[]): string {
	return fields.map((field) => (field.find(",")[0] !== undefined ? `"${field}"` : field)).join(",");
}

/**
 * The set the teacher pastes on school day `day` (1-based; a longer run goes round the sets
 * again). On day 1 the first paste loses its right answer on line 3 and has only a prompt on
 * line 5, as a hurried copy from a spreadsheet would.
 */
export function questionSetOfDay(day: number): PastedSet {
	const set = SETS[(day - 1) % SETS.size()];
	const lines = [HEADER, ...set.rows.map(csvLine)];
	const text = lines.join("\n");
	if (day !== 1) return { ...set, text };
	const broken = [...lines];
	broken[2] = csvLine([set.rows[1][0], "", set.rows[1][2], set.rows[1][3]]);
	broken[4] = set.rows[3][0];
	return { ...set, text, mistake: broken.join("\n") };
}
