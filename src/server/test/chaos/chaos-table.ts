import { ChaosRow } from "./chaos-cases";

const HEADER = ["case", "students", "XP lost", "XP dup", "coins lost", "coins dup", "items lost", "items dup", "note"];

/** The matrix as one plain-text table, a line per case. */
export function chaosTable(rows: readonly ChaosRow[]): string[] {
	const cells = rows.map((r) => [
		r.name,
		tostring(r.students),
		tostring(r.tally.xpLost),
		tostring(r.tally.xpDup),
		tostring(r.tally.coinsLost),
		tostring(r.tally.coinsDup),
		tostring(r.tally.itemsLost),
		tostring(r.tally.itemsDup),
		r.note,
	]);
	const widths = HEADER.map((title, column) =>
		math.max(title.size(), ...cells.map((line) => (column === HEADER.size() - 1 ? 0 : line[column].size()))),
	);
	const format = (line: string[]) =>
		line.map((cell, column) => (column === line.size() - 1 ? cell : pad(cell, widths[column]))).join(" | ");
	return [format(HEADER), widths.map((w) => "-".rep(w)).join("-|-"), ...cells.map(format)];
}

function pad(text: string, width: number): string {
	return text + " ".rep(width - text.size());
}
