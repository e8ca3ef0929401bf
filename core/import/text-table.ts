import { looksLikeOwners } from './owners';
import { type Src, compact, sliceSrc, trimSrc } from './normalize';
import { isPeriodLabel } from './period';
import { type ColumnRole, MIN_DAY_COLUMNS, columnRole, headerRoles } from './table-columns';
import { leadingWeek, weekCell } from './week';

/*
 * Tables inside plain text, in the layouts tables reach us:
 * - a row per line, cells between '|' or tabs (`3月 | 1.… | 张三`; the readers write docx and xlsx rows so,
 *   text copied out of Word comes tab-separated, markdown adds a leading '|');
 * - a cell per line, each ending in '|' (seed 003; the header's cells, one per line, fix the column count);
 * - a cell per line without any separator, under a header of one label per line (月份 / 工作内容 / 负责人).
 * Pasted tables break a cell written over several lines (several numbered works, a month label set
 * vertically as 二/月) into several text lines. Rows are reassembled from the column count: a line break
 * ends a row only once it has all its cells; otherwise it continues the open cell. A line that starts like
 * the first column (a month, 第N周, a 序号) starts a new row even when the one before came up short; a short
 * line after a finished row continues that row's last cells (a 负责处室 written on two lines).
 * Inside a cell, CELL_BREAK separates paragraphs the readers found in one Word or Excel cell.
 */

export const CELL_BREAK = '\u2029';

export interface Cell {
  /** The cell's text, one entry per line or paragraph it was written on. */
  parts: Src[];
  /** lines[k]: the 0-based line parts[k] was read from. */
  lines: number[];
}

export interface TableRow {
  cells: Cell[];
}

export interface TextTable {
  roles: ColumnRole[];
  /** The header's own words per column ('' for a table without a header). */
  labels: string[];
  rows: TableRow[];
  /** Lines the table occupies, header included. */
  first: number;
  last: number;
}

export type Block = { kind: 'line'; index: number } | { kind: 'table'; table: TextTable };

type Sep = '|' | '\t';

interface Layout {
  sep: Sep;
  /** A cell per line, each closed by the separator: only the count of separators ends a row. */
  cellPerLine: boolean;
  /** Rows start with the separator too (markdown). */
  leading: boolean;
}

const MARKDOWN_RULE = /^[\s|:-]*-{2,}[\s|:-]*$/;
/** Lines one cell may run over before its closing '|' (a cell per line layout). */
const MAX_CELL_LINES = 12;

const isBlank = (s: Src) => !s.n.trim();

export function cellText(cell: Cell, joiner = ' '): string {
  return cell.parts.map((p) => p.o.trim()).filter(Boolean).join(joiner);
}

function partsOf(piece: Src): Src[] {
  const parts: Src[] = [];
  let from = 0;
  for (let at = piece.n.indexOf(CELL_BREAK); ; at = piece.n.indexOf(CELL_BREAK, from)) {
    const part = trimSrc(sliceSrc(piece, from, at < 0 ? piece.n.length : at));
    if (part.n) parts.push(part);
    if (at < 0) return parts;
    from = at + 1;
  }
}

function newCell(piece: Src | null, line: number): Cell {
  const parts = piece ? partsOf(piece) : [];
  return { parts, lines: parts.map(() => line) };
}

function extend(cell: Cell, piece: Src, line: number): Cell {
  for (const part of partsOf(piece)) {
    cell.parts.push(part);
    cell.lines.push(line);
  }
  return cell;
}

/** The pieces of a line between separators; `closed` tells whether the last piece was closed by one. */
function piecesOf(line: Src, sep: Sep, dropLeading: boolean): { pieces: Src[]; closed: boolean } {
  let s = line;
  const lead = s.n.length - s.n.trimStart().length;
  if (dropLeading && s.n.startsWith(sep, lead)) s = sliceSrc(s, lead + 1);
  const pieces: Src[] = [];
  let from = 0;
  for (let at = s.n.indexOf(sep); ; at = s.n.indexOf(sep, from)) {
    pieces.push(sliceSrc(s, from, at < 0 ? s.n.length : at));
    if (at < 0) break;
    from = at + 1;
  }
  const closed = pieces.length > 1 && !pieces[pieces.length - 1].n.trim();
  if (closed) pieces.pop();
  return { pieces, closed };
}

function separatorOf(norm: string): Sep | null {
  return norm.includes('|') ? '|' : norm.includes('\t') ? '\t' : null;
}

/** Does a text look like the first cell of a new row, given what the first column holds? */
function firstCellTest(role: ColumnRole): (text: string) => boolean {
  switch (role) {
    case 'period':
      // A month label set vertically starts with its numeral alone (二 / 月).
      return (t) => isPeriodLabel(t) || /^(?:[一二三四五六七八九十]{1,2}|\d{1,2})$/.test(t.trim());
    case 'week':
      return (t) => weekCell(t) !== null || leadingWeek(t) !== null;
    case 'seq':
      return (t) => /^\s*\d{1,3}\s*$/.test(t);
    default:
      return () => false;
  }
}

/** Excel copies a cell holding line breaks as "…": the quotes go, a doubled "" inside is one quote. */
function unquote(cell: Cell): Cell {
  const first = cell.parts[0];
  const last = cell.parts[cell.parts.length - 1];
  if (!first || !first.n.startsWith('"') || !last.n.endsWith('"') || (cell.parts.length === 1 && first.n.length < 2)) return cell;
  const parts = cell.parts.map((p, k) => {
    const from = k === 0 ? 1 : 0;
    const to = k === cell.parts.length - 1 ? p.n.length - 1 : p.n.length;
    const inner = sliceSrc(p, from, to);
    return { o: inner.o.replaceAll('""', '"'), n: inner.n.replaceAll('""', '"') };
  });
  return { parts: parts.map((p) => trimSrc(p)).filter((p) => p.n), lines: cell.lines };
}

class RowAssembler {
  readonly rows: TableRow[] = [];
  private row: Cell[] = [];
  private cur: Cell | null = null;
  /** The last row was ended by a line break (not by its closing separator): short lines may continue it. */
  private endedAtLineBreak = false;

  constructor(
    private readonly width: number,
    /** Cells may come quoted (tab-separated text copied out of Excel). */
    private readonly quoted = false,
  ) {}

  get open(): boolean {
    return this.row.length > 0 || this.cur !== null;
  }

  get cells(): number {
    return this.row.length;
  }

  /** The open cell started with a quote it has not closed yet ("1.学雷锋⏎2.植树节"). */
  get quotedOpen(): boolean {
    if (!this.quoted || !this.cur || this.cur.parts.length === 0) return false;
    const text = this.cur.parts.map((p) => p.n).join('\n');
    return text.startsWith('"') && (text.match(/"/g)?.length ?? 0) % 2 === 1;
  }

  /** A cell has text that no separator has closed yet. */
  get pending(): boolean {
    return (this.cur?.parts.length ?? 0) > 0;
  }

  get previous(): TableRow | undefined {
    return this.endedAtLineBreak ? this.rows[this.rows.length - 1] : undefined;
  }

  add(piece: Src, line: number): void {
    this.cur = this.cur ? extend(this.cur, piece, line) : newCell(piece, line);
  }

  /** Closes the open cell (a separator was reached); the row ends when it has all its cells. */
  closeCell(): Cell {
    const open = this.cur ?? newCell(null, 0);
    const cell = this.quoted ? unquote(open) : open;
    this.row.push(cell);
    this.cur = null;
    if (this.row.length >= this.width) this.finish(false);
    return cell;
  }

  /** Ends the row as it stands, missing cells empty. */
  finish(atLineBreak: boolean): void {
    if (!this.open) return;
    if (this.cur) this.row.push(this.quoted ? unquote(this.cur) : this.cur);
    while (this.row.length < this.width) this.row.push(newCell(null, 0));
    this.rows.push({ cells: this.row });
    this.row = [];
    this.cur = null;
    this.endedAtLineBreak = atLineBreak;
  }

  /** A short line after a finished row: its pieces continue that row's last cells. */
  continuePrevious(pieces: Src[], line: number): void {
    const cells = this.rows[this.rows.length - 1].cells;
    const start = Math.max(0, cells.length - pieces.length);
    pieces.forEach((p, k) => extend(cells[Math.min(start + k, cells.length - 1)], p, line));
  }
}

/** Rows of a table whose cells are separated by '|' or tabs, read from `start` on. */
function readSeparated(lines: Src[], start: number, roles: ColumnRole[], layout: Layout): { rows: TableRow[]; last: number } {
  const width = roles.length;
  const startsRow = firstCellTest(roles[0]);
  const rows = new RowAssembler(width, layout.sep === '\t');
  // Inside a quoted cell a line break never ends the row.
  const inQuotes = () => rows.quotedOpen;
  const isTableLine = (s: Src) => s.n.includes(layout.sep);
  const nextNonBlank = (i: number) => {
    let k = i + 1;
    while (k < lines.length && isBlank(lines[k])) k++;
    return k < lines.length ? k : -1;
  };
  // A cell per line: a line without separator opens a cell whose '|' comes a few lines later.
  const separatorFollows = (i: number) => {
    for (let k = i, seen = 0; k < lines.length && seen < MAX_CELL_LINES; k++) {
      if (isBlank(lines[k])) continue;
      if (isTableLine(lines[k])) return true;
      seen++;
    }
    return false;
  };
  let last = start - 1;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      if (rows.open) continue;
      const next = nextNonBlank(i);
      if (next < 0 || !(isTableLine(lines[next]) || (layout.cellPerLine && separatorFollows(next)))) break;
      continue;
    }
    if (MARKDOWN_RULE.test(line.n)) {
      last = i;
      continue;
    }
    const { pieces, closed } = piecesOf(line, layout.sep, layout.leading && !rows.open);
    const hasSep = pieces.length > 1 || closed;
    // A whole row on one line (ending in a separator, it may end in an empty cell: a tab-separated row
    // with nothing in 备注).
    const full = !layout.cellPerLine && pieces.length + (closed ? 1 : 0) >= width;
    const first = pieces[0]?.n ?? '';
    if (!rows.open) {
      if (!hasSep && (layout.cellPerLine ? !separatorFollows(i) : !startsRow(first))) {
        // Not a cell opening a row: a short line continuing the row above, or the end of the table.
        const next = nextNonBlank(i);
        if (layout.cellPerLine || !rows.previous || next !== i + 1 || !isTableLine(lines[next])) break;
        rows.continuePrevious(pieces, i);
        last = i;
        continue;
      }
      if (hasSep && !layout.cellPerLine && !full && !startsRow(first) && rows.previous) {
        rows.continuePrevious(pieces, i);
        last = i;
        continue;
      }
    } else if (hasSep && (layout.cellPerLine ? startsRow(first) && rows.cells === width - 1 && rows.pending : full || startsRow(first))) {
      // A new row begins before the open one had all its cells (a cell per line: only the last one's
      // separator was left out).
      rows.finish(false);
    }
    last = i;
    pieces.forEach((piece, k) => {
      rows.add(piece, i);
      if (k < pieces.length - 1 || closed) rows.closeCell();
    });
    // A row per line ends at the line break once the line closes with a separator (spreadsheets leave empty
    // cells at the end out) or the row has all its cells; otherwise the break falls inside a cell.
    if (!layout.cellPerLine && rows.open && !inQuotes() && (closed || rows.cells >= width - 1)) rows.finish(true);
  }
  rows.finish(false);
  return { rows: rows.rows, last };
}

/** Rows of a table written a cell per line without separators, under a header of one label per line. */
function readCellLines(lines: Src[], start: number, roles: ColumnRole[]): { rows: TableRow[]; last: number } {
  const startsRow = firstCellTest(roles[0]);
  const rows = new RowAssembler(roles.length);
  let last = start - 1;
  let numbered: { cell: Cell; seq: number } | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    // "2.…" right after "1.…" continues the same cell: a cell of several numbered works.
    const en = /^\s*(\d{1,2})\s*[.、]/.exec(line.n);
    if (numbered && en && Number(en[1]) === numbered.seq + 1) {
      extend(numbered.cell, line, i);
      numbered.seq++;
      last = i;
      continue;
    }
    const opensRow = startsRow(line.n);
    if (!rows.open && !opensRow) break;
    if (rows.open && opensRow) rows.finish(false);
    last = i;
    rows.add(line, i);
    const cell = rows.closeCell();
    numbered = en ? { cell, seq: Number(en[1]) } : null;
  }
  rows.finish(false);
  return { rows: rows.rows, last };
}

/** Header cells on one line: `月份 | 工作内容 | 负责人`, tab-separated, or markdown. */
function rowHeader(line: Src): { roles: ColumnRole[]; labels: string[]; layout: Layout } | null {
  const sep = separatorOf(line.n);
  if (!sep) return null;
  const leading = line.n.trimStart().startsWith(sep);
  const { pieces, closed } = piecesOf(line, sep, leading);
  if (pieces.length < 2) return null;
  const roles = headerRoles(pieces.map((p) => p.n));
  return roles ? { roles, labels: pieces.map((p) => compact(p.n)), layout: { sep, cellPerLine: false, leading } } : null;
}

/** Header cells one per line, each closed by '|' (seed 003) or, when `bare`, standing alone. */
function columnHeader(lines: Src[], i: number, bare: boolean): { roles: ColumnRole[]; labels: string[]; end: number } | null {
  const labels: string[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const n = lines[j].n.trim();
    const cell = bare ? (separatorOf(n) ? null : n) : /^[^|]+\|$/.test(n) ? n.slice(0, -1) : null;
    const role = cell === null ? null : columnRole(cell);
    if (!role || (bare && role === 'other')) break;
    labels.push(cell as string);
  }
  // Week numbers written 一, 二 … right under the header are its first cells, not day columns.
  while (labels.length > 0 && columnRole(labels[labels.length - 1]) === 'day' && labels.filter((l) => columnRole(l) === 'day').length < MIN_DAY_COLUMNS) {
    labels.pop();
    j--;
  }
  if (labels.length < 2) return null;
  const roles = headerRoles(labels);
  if (!roles) return null;
  // Bare labels are common words: only a period, week or 序号 column first, followed by such a cell, is a table.
  if (bare && !(j < lines.length && ['period', 'week', 'seq'].includes(roles[0]) && firstCellTest(roles[0])(lines[j].n))) return null;
  return { roles, labels: labels.map(compact), end: j };
}

/** Roles of a table without a header, from its first row: a period or week, the content, then owners or notes. */
function guessedRoles(cells: string[]): ColumnRole[] {
  let content = false;
  return cells.map((cell, i) => {
    if (i === 0) return weekCell(cell) !== null ? 'week' : 'period';
    if (!content && isPeriodLabel(cell)) return 'period';
    if (!content) {
      content = true;
      return 'content';
    }
    return looksLikeOwners(cell) ? 'owners' : 'notes';
  });
}

/** The table starting at line `i`, if one does. */
function tableAt(lines: Src[], i: number): TextTable | null {
  const line = lines[i];
  const header = rowHeader(line);
  if (header) return { roles: header.roles, labels: header.labels, first: i, ...readSeparated(lines, i + 1, header.roles, header.layout) };
  for (const bare of [false, true]) {
    const column = columnHeader(lines, i, bare);
    if (!column) continue;
    const read = bare ? readCellLines(lines, column.end, column.roles) : readSeparated(lines, column.end, column.roles, { sep: '|', cellPerLine: true, leading: false });
    return { roles: column.roles, labels: column.labels, first: i, ...read, last: Math.max(read.last, column.end - 1) };
  }
  const sep = separatorOf(line.n);
  if (!sep) return null;
  const leading = line.n.trimStart().startsWith(sep);
  const { pieces } = piecesOf(line, sep, leading);
  const filled = pieces.filter((p) => p.n.trim());
  if (pieces.length < 2 || filled.length < 2 || !(isPeriodLabel(pieces[0].n) || weekCell(pieces[0].n) !== null)) return null;
  const roles = guessedRoles(pieces.map((p) => p.n));
  return { roles, labels: roles.map(() => ''), first: i, ...readSeparated(lines, i, roles, { sep, cellPerLine: false, leading }) };
}

export function findBlocks(lines: Src[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const table = tableAt(lines, i);
    if (table && table.last >= i) {
      blocks.push({ kind: 'table', table });
      i = table.last + 1;
    } else {
      blocks.push({ kind: 'line', index: i });
      i++;
    }
  }
  return blocks;
}
