// Text that leaves the app in a spreadsheet or CSV: a cell starting with = + - @ (or their full-width
// forms, or a tab or CR) is read as a formula by Excel, WPS and LibreOffice when the file is opened or the
// cell re-entered (CSV/formula injection, e.g. =HYPERLINK(...) leaking data). Spreadsheets also reject
// XML control characters. The check runs on the text as the cell will hold it — after control characters
// are stripped — so "\u0001=HYPERLINK(…)" cannot slip through as "=HYPERLINK(…)".

// Leading spaces (also the full-width 　) are skipped by some importers before they look for a formula.
const FORMULA_START = /^[\t\r\n]|^[ \u00A0\u3000]*[=+\-@＝＋－＠]/;
// Characters XML 1.0 cannot carry; exceljs would write them and Excel would then refuse the file.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const NEEDS_CLEANING = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Line breaks as \n and no characters a spreadsheet cannot store. */
export function cleanText(text: string): string {
  // Almost every text is clean already: one scan to find out, the replacements only when needed.
  return NEEDS_CLEANING.test(text) ? text.replace(/\r\n?/g, '\n').replace(XML_INVALID, '') : text;
}

/** Whether a spreadsheet could take the cleaned text for a formula. */
export function isFormulaLike(clean: string): boolean {
  return FORMULA_START.test(clean);
}

/**
 * CSV has no cell types, so the only reliable guard is the one Excel itself uses for "text that looks
 * like a formula": a leading apostrophe. It is visible in other tools, which is the accepted trade-off.
 * (The xlsx writer stores such text as a string cell in Text format instead, which no spreadsheet evaluates.)
 */
export function csvSafeText(text: string): string {
  const clean = cleanText(text);
  return isFormulaLike(clean) ? `'${clean}` : clean;
}
