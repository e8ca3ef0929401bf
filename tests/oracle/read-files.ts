import type ExcelJS from 'exceljs';
import type { FormTable, Row } from '../../core/export/document';

// Reads an exported worksheet back into the document model's shape (title, header row, group rows,
// item rows), so the file-level check runs the same comparisons as the model-level one.

function cellOf(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return String(value);
}

export function sheetAsTable(ws: ExcelJS.Worksheet): FormTable {
  const rows: (string | number | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(values.slice(1).map(cellOf));
  });
  const headerIndex = rows.findIndex((r) => r[0] === '序号' || r[0] === '项目');
  const headers = rows[headerIndex].map((h) => String(h ?? ''));
  const rateCol = headers.indexOf('完成率');
  const body: Row[] = [];
  for (const r of rows.slice(headerIndex + 1)) {
    const first = String(r[0] ?? '');
    if (first.startsWith('填表人')) break;
    // a group heading is one merged cell across the row
    if (r.every((c) => c === r[0]) && /^[一二三四五六七八九十]+、/.test(first)) body.push({ group: first });
    else {
      const cells = r.slice(0, headers.length).map((c, k) => {
        if (k !== rateCol) return c ?? '';
        // 完成率 is a fraction with a percent format; — when nothing counts
        return typeof c === 'number' ? Math.round(c * 1000) / 10 : null;
      });
      body.push({ cells });
    }
  }
  return {
    sheetName: ws.name,
    title: String(rows[0]?.[0] ?? ''),
    meta: { left: '', right: '' },
    columns: headers.map((header) => ({ header, width: 10 })),
    rows: body,
    signatures: [],
  };
}
