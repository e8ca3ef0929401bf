// Bounds on what one import may cost. A year plan is a few thousand lines; these leave a wide margin while
// keeping time and memory bounded on hostile or accidental input (a video renamed .docx, a zip bomb).

/** Largest file accepted for import. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Total bytes a zip container may inflate to (declared and actually produced). */
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;
/** Entries in a zip container; Office files have tens to hundreds. */
export const MAX_ZIP_ENTRIES = 5000;
/** Text lines (or spreadsheet rows) parsed; the rest is dropped with a problem. */
export const MAX_LINES = 20000;
/** Characters of text parsed; the rest is dropped with a problem. */
export const MAX_TEXT_CHARS = 2_000_000;
/** Characters of one line considered; longer lines are cut. */
export const MAX_LINE_CHARS = 20000;
/** Spreadsheet columns read. */
export const MAX_COLUMNS = 50;
