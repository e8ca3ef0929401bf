import type { CellValue, Worksheet } from 'exceljs';
import { MAX_COLUMNS, MAX_LINES } from './limits';

// A worksheet as rows of plain strings, row N at index N-1 so row numbers double as line numbers. A cell merged
// down over several rows gives its text to each of them (a merged 月份 or 部门 cell), so every row reads on
// its own; the columns a merge spans sideways stay empty.

function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return valueText(value.result as CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

export interface WorksheetRows {
  rows: string[][];
  truncated: boolean;
}

export function worksheetRows(ws: Worksheet): WorksheetRows {
  const rows: string[][] = [];
  let truncated = false;
  // Only rows holding values: a sheet formatted down to row 1,048,576 is not a million rows of plan.
  ws.eachRow((row, number) => {
    if (number > MAX_LINES) {
      truncated = true;
      return;
    }
    const cells: string[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, MAX_COLUMNS); c++) {
      const cell = row.getCell(c);
      const merged = cell.isMerged && cell.master.address !== cell.address;
      const source = merged && Number(cell.master.col) === c ? cell.master : merged ? null : cell;
      cells.push(source ? valueText(source.value).trim() : '');
    }
    while (cells.length > 0 && !cells[cells.length - 1]) cells.pop();
    while (rows.length < number - 1) rows.push([]);
    rows.push(cells);
  });
  return { rows, truncated };
}
