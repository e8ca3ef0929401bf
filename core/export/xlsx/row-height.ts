import { textEms } from '../print-text';

// Explicit row heights: Excel grows a wrapped row on open, WPS does not (and both measure Chinese fonts
// differently), so a sheet that relies on auto-height prints clipped text in one of them. We size rows
// from the text for Excel's column width unit; programs with wider columns show a little spare room.

/** Excel's column width unit is the width of '0' in the default font (Calibri 11: 7 px at 96 dpi). */
const PX_PER_WIDTH_UNIT = 7;
const COLUMN_PADDING_PX = 5;
/** Margin for word wrapping of Latin text and for WPS's wider rendering. */
const SAFETY = 0.93;
const LINE_HEIGHT = 1.35;
const ROW_PADDING_PT = 6;
const MAX_ROW_PT = 409;

/** Lines `text` takes in a column `width` units wide at `fontPt`. */
export function wrappedLines(text: string, width: number, fontPt: number): number {
  const emPx = (fontPt * 96) / 72;
  const emsPerLine = Math.max(1, ((width * PX_PER_WIDTH_UNIT + COLUMN_PADDING_PX) * SAFETY - 4) / emPx);
  return text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(textEms(line) / emsPerLine)), 0);
}

/** Row height in points for the texts of one row in columns of the given widths. */
export function rowHeight(texts: string[], widths: number[], fontPt: number, minPt = 0): number {
  const lines = Math.max(1, ...texts.map((t, k) => wrappedLines(t, widths[k] ?? 10, fontPt)));
  return Math.min(MAX_ROW_PT, Math.max(minPt, Math.ceil(lines * fontPt * LINE_HEIGHT + ROW_PADDING_PT)));
}
