/**
 * Pasted text as rows of cells: comma-separated (RFC 4180 quoting) or tab-separated (what a
 * spreadsheet puts on the clipboard when cells are copied). Spreadsheets quote a copied cell that
 * holds a tab, a newline or a quote the same way, so both are read with the same quoting rules.
 * Works on bytes: the separators, quotes and newlines are ASCII, so UTF-8 text passes through whole.
 */

export interface CsvRow {
	/** 1-based line of the text the row starts on (a quoted cell may run over several lines). */
	readonly line: number;
	readonly cells: readonly string[];
}

export type CsvRead =
	| { readonly ok: true; readonly separator: "," | "\t"; readonly rows: readonly CsvRow[] }
	| { readonly ok: false; readonly line: number; readonly reason: string };

const QUOTE = 34;
const TAB = 9;
const SPACE = 32;
const CR = 13;
const LF = 10;
const BOM = "\xEF\xBB\xBF";

/** Tab-separated when the first line with anything on it holds a tab (a spreadsheet copy). */
export function detectSeparator(text: string): "," | "\t" {
	for (const [line] of text.gmatch("[^\r\n]+")) {
		if ((line as string).find("%S")[0] === undefined) continue;
		return (line as string).find("\t", 1, true)[0] !== undefined ? "\t" : ",";
	}
	return ",";
}

function trim(text: string): string {
	const [start] = text.find("%S");
	if (start === undefined) return "";
	// greedy to the last non-space: linear, unlike "^%s*(.-)%s*$" on long runs of spaces
	const [kept] = text.match("^.*%S", start);
	return kept as string;
}

/**
 * Reads `text` into rows of trimmed cells. Lines with nothing on them are not rows. Newlines may be
 * "\n", "\r\n" or "\r". A cell that starts with a quote (after spaces) is quoted: it runs to the
 * matching quote, over separators and newlines, with "" for a quote inside it; a quote that is never
 * closed is refused with the line it opened on. A quoted cell followed by more text before the
 * separator (`"Hamlet" is by?`) was not meant as quoting, so that cell is read as it was typed.
 */
export function readDelimited(text: string): CsvRead {
	const body = text.sub(1, 3) === BOM ? text.sub(4) : text;
	const separator = detectSeparator(body);
	const sep = separator.byte()[0];
	const size = body.size();
	const rows: CsvRow[] = [];
	let position = 1;
	let line = 1;
	const at = (index: number) => (index <= size ? body.byte(index)[0] : -1);
	const isBlank = (byte: number) => byte === SPACE || (byte === TAB && sep !== TAB);
	const endsCell = (byte: number) => byte === -1 || byte === sep || byte === CR || byte === LF;

	/**
	 * The quoted cell whose opening quote is at `position`, moving past it; "unclosed" when no quote
	 * closes it; "not quoting" (nothing moved) when text follows its closing quote.
	 */
	const readQuoted = (): { readonly text: string } | "unclosed" | "not quoting" => {
		const startPosition = position;
		const startLine = line;
		const parts: string[] = [];
		let from = position + 1;
		let index = from;
		for (;;) {
			const byte = at(index);
			if (byte === -1) {
				line = startLine;
				return "unclosed";
			}
			if (byte === QUOTE) {
				parts.push(body.sub(from, index - 1));
				if (at(index + 1) === QUOTE) {
					parts.push('"');
					index += 2;
					from = index;
					continue;
				}
				index += 1;
				break;
			}
			if (byte === CR) {
				// "\r\n" and "\r" inside a cell are one newline
				parts.push(body.sub(from, index - 1), "\n");
				index += at(index + 1) === LF ? 2 : 1;
				from = index;
				line += 1;
				continue;
			}
			if (byte === LF) line += 1;
			index += 1;
		}
		let after = index;
		while (isBlank(at(after))) after += 1;
		if (!endsCell(at(after))) {
			position = startPosition;
			line = startLine;
			return "not quoting";
		}
		position = after;
		return { text: parts.join("") };
	};

	const readPlain = (): string => {
		const from = position;
		while (!endsCell(at(position))) position += 1;
		return body.sub(from, position - 1);
	};

	while (position <= size) {
		const rowLine = line;
		const cells: string[] = [];
		for (;;) {
			while (isBlank(at(position))) position += 1;
			let cell: string | undefined;
			if (at(position) === QUOTE) {
				const quoted = readQuoted();
				if (quoted === "unclosed") {
					return {
						ok: false,
						line,
						reason: `line ${line}: a quote (") opens a cell here and is never closed: add the closing quote, or write "" for a quote inside a quoted cell`,
					};
				}
				if (quoted !== "not quoting") cell = quoted.text;
			}
			cells.push(trim(cell ?? readPlain()));
			const byte = at(position);
			if (byte === sep) {
				position += 1;
				continue;
			}
			if (byte === CR) position += at(position + 1) === LF ? 2 : 1;
			else if (byte === LF) position += 1;
			line += 1;
			break;
		}
		if (cells.size() > 1 || cells[0] !== "") rows.push({ line: rowLine, cells });
	}
	return { ok: true, separator, rows };
}
