import { type ColumnRole, columnRole, guessedRoles, headerRoles } from './table-columns';
import { type Src, sliceSrc, trimSrc } from './normalize';
import { periodCell } from './period';

// Tables inside plain text. Two layouts occur: a row per line (`3月 | 1.… | 张三`, as the readers write
// docx and xlsx tables, or tab-separated when copied out of Word), and a cell per line, each ending in " |"
// (the layout of seed 003, where the header's cells come one per line and fix the column count).

export interface Cell {
  src: Src;
  /** 0-based indexes of the lines the cell was read from. */
  lines: number[];
}

export interface TableRow {
  cells: Cell[];
}

export interface TextTable {
  roles: ColumnRole[];
  rows: TableRow[];
  /** Lines the table occupies, header included. */
  first: number;
  last: number;
}

export type Block = { kind: 'line'; index: number } | { kind: 'table'; table: TextTable };

function separatorOf(norm: string): string | null {
  return norm.includes('|') ? '|' : norm.includes('\t') ? '\t' : null;
}

/**
 * Cells of one row line; a trailing separator (docx rows) is dropped, and a leading one when the table's
 * rows all start with one (markdown) — otherwise it marks an empty first cell.
 */
function rowCells(line: Src, index: number, sep: string, leadingBar: boolean): Cell[] {
  let s = trimSrc(line);
  if (leadingBar && s.n.startsWith(sep)) s = sliceSrc(s, 1);
  if (s.n.endsWith(sep)) s = sliceSrc(s, 0, s.n.length - 1);
  const cells: Cell[] = [];
  let from = 0;
  for (let at = s.n.indexOf(sep); ; at = s.n.indexOf(sep, from)) {
    const end = at < 0 ? s.n.length : at;
    cells.push({ src: trimSrc(sliceSrc(s, from, end)), lines: [index] });
    if (at < 0) break;
    from = at + 1;
  }
  return cells;
}

const MARKDOWN_RULE = /^[\s|:-]+$/;
const isBlank = (s: Src) => !s.n.trim();

function rowLayoutTable(lines: Src[], start: number, roles: ColumnRole[], first: number, sep: string): TextTable {
  const rows: TableRow[] = [];
  const leadingBar = lines[first].n.trimStart().startsWith('|');
  let last = first;
  for (let i = start; i < lines.length; i++) {
    const n = lines[i].n;
    if (isBlank(lines[i])) continue;
    if (separatorOf(n) !== sep) break;
    last = i;
    if (MARKDOWN_RULE.test(n)) continue;
    rows.push({ cells: rowCells(lines[i], i, sep, leadingBar) });
  }
  return { roles, rows, first, last };
}

function cellLayoutTable(lines: Src[], start: number, roles: ColumnRole[], first: number): TextTable {
  const rows: TableRow[] = [];
  let cells: Cell[] = [];
  let pending: Cell | null = null;
  let last = start - 1;
  const pushCell = (cell: Cell) => {
    cells.push({ src: trimSrc(cell.src), lines: cell.lines });
    if (cells.length === roles.length) {
      rows.push({ cells });
      cells = [];
    }
  };
  // A cell written over several lines: its parts join with a space (they may be separate items).
  const append = (cell: Cell | null, part: Src, index: number): Cell => {
    if (!cell) return { src: part, lines: [index] };
    cell.src = { o: `${cell.src.o} ${part.o}`, n: `${cell.src.n} ${part.n}` };
    cell.lines.push(index);
    return cell;
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (!line.n.includes('|')) {
      if (pending || cells.length > 0) {
        if (!isBlank(line)) pending = append(pending, line, i);
        continue;
      }
      let next = i;
      while (next < lines.length && isBlank(lines[next])) next++;
      if (next > i && next < lines.length && lines[next].n.includes('|')) {
        i = next - 1;
        continue;
      }
      break;
    }
    last = i;
    let from = 0;
    for (let at = line.n.indexOf('|'); at >= 0; at = line.n.indexOf('|', from)) {
      pushCell(append(pending, sliceSrc(line, from, at), i));
      pending = null;
      from = at + 1;
    }
    const tail = sliceSrc(line, from);
    if (!isBlank(tail)) pending = append(null, tail, i);
  }
  if (pending) pushCell(pending);
  if (cells.length > 0) rows.push({ cells });
  return { roles, rows, first, last };
}

/** The table starting at line `i`, if one does. */
function tableAt(lines: Src[], i: number): TextTable | null {
  const n = lines[i].n;
  const sep = separatorOf(n);
  if (!sep) return null;
  const cells = rowCells(lines[i], i, sep, n.trimStart().startsWith('|'));
  if (cells.length >= 2) {
    const roles = headerRoles(cells.map((c) => c.src.n));
    if (roles) return rowLayoutTable(lines, i + 1, roles, i, sep);
    const filled = cells.filter((c) => c.src.n).length;
    if (filled >= 2 && periodCell(cells[0].src.n)) return rowLayoutTable(lines, i, guessedRoles(cells.map((c) => c.src.n)), i, sep);
    return null;
  }
  if (sep !== '|' || !n.trimEnd().endsWith('|')) return null;
  const roles: ColumnRole[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const line = lines[j].n.trim();
    const role = line.endsWith('|') && line.indexOf('|') === line.length - 1 ? columnRole(line) : null;
    if (!role || role === 'other') break;
    roles.push(role);
  }
  return roles.length >= 2 && roles.includes('content') ? cellLayoutTable(lines, j, roles, i) : null;
}

export function findBlocks(lines: Src[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const table = tableAt(lines, i);
    if (table) {
      blocks.push({ kind: 'table', table });
      i = table.last + 1;
    } else {
      blocks.push({ kind: 'line', index: i });
      i++;
    }
  }
  return blocks;
}
