import { csvSafeText } from './cell-safety';
import { cellText } from './document';
import type { ExportItem } from './export-data';
import type { ItemColumn } from './item-columns';

// CSV for other tools (RFC 4180): UTF-8 with a byte-order mark so Excel detects the encoding of Chinese
// text, CRLF line ends, fields quoted when they hold a comma, quote or line break, and formula-like text
// neutralized.

const BOM = '\uFEFF';

function field(text: string): string {
  const safe = csvSafeText(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function itemsCsv(items: ExportItem[], columns: ItemColumn[]): Uint8Array {
  const lines = [
    columns.map((c) => field(c.column.header)),
    ...items.map((item) => columns.map((c) => {
      const value = c.cell(item);
      return field(value === null || value === '' ? '' : cellText(value));
    })),
  ];
  return new TextEncoder().encode(BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n');
}
