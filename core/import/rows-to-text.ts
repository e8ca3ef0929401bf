import { findHeader } from './table-columns';
import { CELL_BREAK } from './text-table';

// Spreadsheet rows → the `cell | cell |` lines the text parser reads, one line per row so that a problem's
// line number is the row number; a line break inside a cell (Alt+Enter between works) becomes CELL_BREAK.
// Rows above the header (titles, 填表单位) become plain lines.

function cell(text: string): string {
  return text
    .replace(/\|/g, '｜')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(CELL_BREAK);
}

export function rowsToText(rows: string[][]): string {
  const header = findHeader(rows)?.index ?? 0;
  return rows
    .map((cells, i) => {
      const filled = cells.filter((c) => c.trim());
      if (filled.length === 0) return '';
      if (i < header || (filled.length === 1 && cells.length === 1)) return cell(filled[0]);
      return `${cells.map(cell).join(' | ')} |`;
    })
    .join('\n');
}
