/** Lines a repair report keeps: the rest are counted in one last line. */
export const REPORT_LINES = 50;
/** Characters one line of a repair report keeps. */
export const REPORT_LINE_CHARS = 200;

/**
 * A repair report a log can hold: at most REPORT_LINES lines of at most REPORT_LINE_CHARS characters,
 * the last counting the lines left out (one damaged profile once made a 14 MB warning).
 */
export function boundReport(lines: readonly string[]): string[] {
	const kept = new Array<string>();
	const shown = lines.size() > REPORT_LINES ? REPORT_LINES - 1 : lines.size();
	for (let i = 0; i < shown; i++) {
		const line = lines[i];
		kept.push(line.size() > REPORT_LINE_CHARS ? `${line.sub(1, REPORT_LINE_CHARS - 3)}...` : line);
	}
	if (shown < lines.size()) kept.push(`... and ${lines.size() - shown} more repairs`);
	return kept;
}
