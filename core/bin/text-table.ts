// Terminal tables for people: CJK characters take two columns, so widths are counted in cells.

function cellWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000) ? 2 : 1;
  }
  return width;
}

function clip(text: string, max: number): string {
  if (cellWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (cellWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}

/** Renders rows under a header; long cells are clipped to maxWidth cells. */
export function renderTable(header: string[], rows: string[][], maxWidth = 60): string {
  const clipped = rows.map((row) => row.map((cell) => clip(cell.replace(/\s+/g, ' '), maxWidth)));
  const widths = header.map((h, i) => Math.max(cellWidth(h), ...clipped.map((r) => cellWidth(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - cellWidth(c))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...clipped.map(line)].join('\n');
}
