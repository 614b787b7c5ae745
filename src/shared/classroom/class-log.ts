import { CLASS_LIMITS, ClassLogEntry, ClassRecord } from "./class-record";

/** Characters of a log entry's detail; the reason is bounded by CLASS_LIMITS.maxReason. */
export const LOG_TEXT = { detail: 200 } as const;

/**
 * Adds a teacher action to the class's log (in place), dropping the oldest entries beyond
 * CLASS_LIMITS.maxLog. Text beyond its bound is cut, so the log cannot grow a record past its
 * DataStore budget whatever a caller passes.
 */
export function pushLog(record: ClassRecord, entry: ClassLogEntry) {
	const cut = (text: string | undefined, max: number) => {
		if (text === undefined) return undefined;
		const offset = utf8.offset(text, max + 1);
		return offset === undefined ? text : text.sub(1, offset - 1);
	};
	record.log.push({
		...entry,
		detail: cut(entry.detail, LOG_TEXT.detail)!,
		reason: cut(entry.reason, CLASS_LIMITS.maxReason),
	});
	while (record.log.size() > CLASS_LIMITS.maxLog) record.log.remove(0);
}
