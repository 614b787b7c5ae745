/**
 * Tables as CSV text a spreadsheet opens as they were meant: RFC 4180 quoting, and no cell a
 * spreadsheet would run as a formula. A student's display name or answer such as `=HYPERLINK(...)`
 * would otherwise be a live formula in the teacher's sheet (OWASP, "CSV Injection"): a text cell
 * starting with = + - @, a tab or a carriage return gets a leading ' so it is shown as text.
 */

export type CsvCell = string | number;

const FORMULA_START = "^[=+%-@\t\r]";

/** One cell: numbers as they are, text made inert and quoted when it holds a comma, quote or newline. */
export function csvCell(value: CsvCell): string {
	if (typeIs(value, "number")) return tostring(value);
	const inert = value.match(FORMULA_START)[0] !== undefined ? `'${value}` : value;
	if (inert.find('[,"\r\n]')[0] === undefined) return inert;
	const [doubled] = inert.gsub('"', '""');
	return `"${doubled}"`;
}

/** Rows of cells as CSV text, one line per row ("\n": what a Roblox TextBox shows and spreadsheets read). */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
	return rows.map((row) => row.map(csvCell).join(",")).join("\n");
}
