import type { ItemDraft, PlanDraft } from '../contract/draft';
import type { Span } from '../domain/months';
import { type EnumStyle, type Enumerator, STYLE_RANK, leadingBullet, leadingEnumerator, splitInlineItems } from './enumerator';
import { type ImportProblem, type PlanImportResult, computeStats, problem } from './import-result';
import { type ItemContext, MAX_CONTENT, buildItem, withNote } from './item-builder';
import { type Src, collapseCjkSpaces, compact, sliceSrc, trimSrc } from './normalize';
import { ownersFromCell, trailingOwners } from './owners';
import { YEAR_ROUND, detectEnumeratedMonths, isYearRoundLabel, periodCell, periodHeading } from './period';
import { type HeadingKind, headingKind, isDocumentTitle, organizationOf } from './plan-headings';
import { type NumberedItem, checkSequences } from './sequence-check';
import type { ColumnRole } from './table-columns';
import { type Block, type Cell, type TextTable, findBlocks } from './text-table';
import { textLines } from './text-lines';

/*
 * A year work plan as text → PlanDraft.
 *
 * The text is read top to bottom as a small state machine over headings:
 * - preamble: before the first heading. Prose is skipped; the document title (…工作计划/要点/方案) is taken
 *   as the plan title, and numbered lines above it (a download site's "温馨提示 1. 2. …") are dropped.
 * - skip: under 指导思想 / 工作目标 / 工作要求 / 保障措施 …: prose and numbered lines alike are skipped (counted
 *   in stats.skippedLines, not reported as problems), until a heading of the same or higher rank.
 * - tasks: under 主要任务 / 重点工作 … or any other heading (一、 （一） 第一部分). Numbered paragraphs are key
 *   tasks (isKey), year-round unless they state a period ("3月，…", "…（7-8月）", "时间：9月"); a short
 *   numbered line followed by deeper-numbered lines is a section heading and names sectionTitle; owners come
 *   from a trailing (责任人：…) / 负责人：… clause or a line of their own.
 * - month / yearRound: under 二月份： / 七、八月份 / （一）九月份 / 第一阶段（3-4月） / 暑期 / 贯穿全年 / 常规工作.
 *   Numbered lines are items of that period, split where the numbers run on ("1.… 2.… 3.…"); unnumbered
 *   lines are one item each; text after "3月：" is items, separated by their numbers or by ；.
 * Tables (`月份 | 工作内容 | 负责人 | 备注 |`, a row per line, a cell per line, or tab-separated; with or
 * without a header) are read wherever they stand: each row's 月份/时间 cell gives the period (empty: the row
 * above's, as merged cells leave it; 第N周 with dates: the months of the dates), the content cell the items,
 * 负责人/责任部门 the owners, 备注 (and a second content column) the notes, 完成时限 the due date.
 *
 * Judgement calls: a line starting with a number is never dropped outside skip sections; deeper-numbered lines
 * under an item ((1) under 1.) continue it rather than becoming items; unnumbered lines after a numbered item
 * continue it (PDF and Word wrap long items); an unnumbered line no item can take is reported as
 * unrecognised. Numbering slips are kept as written and reported (see sequence-check.ts).
 * Not handled: 第N周 rows without dates (no month: year-round plus a problem); 上学期/下学期 (semester months
 * differ between schools); a table whose cells were pasted one per line without any '|' or tab (it reads as
 * month headings with one item per line); items split over several table rows.
 */

export interface PlanTextOptions {
  year: number;
  title?: string;
  /** YYYY-MM-DD: with several deadlines the due date is the first one still ahead of it. */
  today?: string;
}

type Mode = 'preamble' | 'skip' | 'tasks' | 'month' | 'yearRound';

interface OpenItem {
  seq: number | null;
  text: Src;
  lines: number[];
  ctx: ItemContext;
  group: string;
  /** Its owners clause has been read: the item is complete and takes no more lines. */
  closed: boolean;
}

interface Emitted {
  item: ItemDraft;
  lines: number[];
  group: string | null;
  preamble: boolean;
}

const MAX_HEADING_CHARS = 40;
const HEADING_LOOKAHEAD = 5;
/** Rank given to a month heading written without a number: only 一、-level headings end its block. */
const UNNUMBERED_BLOCK_RANK = 0.5;
const NOTE_LINE = /^\s*(?:注|备注|说明)\s*[:：]\s*/;
const ITEM_RANK = STYLE_RANK.num;

function joinSrc(a: Src, b: Src, sep: string): Src {
  return { o: a.o + sep + b.o, n: a.n + sep + b.n };
}

/** Wrapped Chinese text joins without a space; Latin words and numbers keep one between them. */
function joinerFor(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a.trimEnd()) && /^[A-Za-z0-9]/.test(b.trimStart()) ? ' ' : '';
}

class PlanTextReader {
  private mode: Mode = 'preamble';
  private modeRank = 0;
  private section: string | null = null;
  private span: Span = YEAR_ROUND;
  private itemStyle: EnumStyle | null = null;
  private blockItems = 0;
  private blockNumbered = false;
  private blockBulleted = false;
  private open: OpenItem | null = null;
  private title: string | null = null;
  private skipped = 0;
  readonly out: Emitted[] = [];
  readonly problems: ImportProblem[] = [];
  private readonly next = new Map<number, Block>();
  private readonly enumeratedMonths: boolean;

  constructor(
    private readonly lines: Src[],
    private readonly blocks: Block[],
    private readonly opts: PlanTextOptions,
  ) {
    this.enumeratedMonths = detectEnumeratedMonths(lines.map((l) => l.n));
    let following: Block | undefined;
    for (let b = blocks.length - 1; b >= 0; b--) {
      const block = blocks[b];
      if (block.kind === 'line') {
        if (following) this.next.set(block.index, following);
        if (!this.isBlank(block.index)) following = block;
      } else {
        following = block;
      }
    }
  }

  read(): void {
    for (const block of this.blocks) {
      if (block.kind === 'table') this.table(block.table);
      else this.line(block.index);
    }
    this.closeItem();
  }

  get skippedLines(): number {
    return this.skipped;
  }

  get documentTitle(): string | null {
    return this.title;
  }

  private isBlank(i: number): boolean {
    return !this.lines[i].n.trim();
  }

  private lineNo(i: number): number {
    return i + 1;
  }

  // ---- lines -------------------------------------------------------------------------------------------

  private line(i: number): void {
    const s = this.lines[i];
    if (!s.n.trim()) return;
    const heading = periodHeading(s.n, this.enumeratedMonths);
    if (heading && (this.mode !== 'skip' || this.opensBlockInSkip(i, heading.rest))) {
      this.closeItem();
      const en = leadingEnumerator(s.n);
      this.enter(heading.span.yearRound ? 'yearRound' : 'month', en ? STYLE_RANK[en.style] : UNNUMBERED_BLOCK_RANK);
      this.span = heading.span;
      this.section = null;
      if (heading.rest < s.n.length) this.content(i, sliceSrc(s, heading.rest));
      return;
    }
    const en = leadingEnumerator(s.n);
    if (en) this.numbered(i, en, s);
    else this.unnumbered(i, s);
  }

  private enter(mode: Mode, rank: number): void {
    this.mode = mode;
    this.modeRank = rank;
    this.itemStyle = null;
    this.blockItems = 0;
    this.blockNumbered = false;
    this.blockBulleted = false;
  }

  /** Text on a heading line after the heading: numbered items, or items separated by ；(3月：开展…；组织…). */
  private content(i: number, s: Src): void {
    const en = leadingEnumerator(s.n);
    if (en) {
      this.item(i, en, s);
      return;
    }
    for (const part of s.n.matchAll(/[^;；]+/g)) {
      const text = trimSrc(sliceSrc(s, part.index, part.index + part[0].length));
      if (text.n) this.startItem(i, null, null, text);
    }
  }

  private opensBlockInSkip(i: number, rest: number): boolean {
    if (rest < this.lines[i].n.length) return true;
    const next = this.next.get(i);
    if (!next || next.kind === 'table') return Boolean(next);
    const n = this.lines[next.index].n;
    const en = leadingEnumerator(n);
    return leadingBullet(n) !== null || (en !== null && STYLE_RANK[en.style] >= ITEM_RANK);
  }

  private numbered(i: number, en: Enumerator, s: Src): void {
    const rank = STYLE_RANK[en.style];
    if (this.mode === 'skip' && rank > this.modeRank) {
      this.skipped++;
      return;
    }
    const text = sliceSrc(s, en.textStart);
    const kind = this.headingKindAt(i, en, text);
    if (kind) {
      this.heading(kind, rank, text);
      return;
    }
    this.item(i, en, s);
  }

  /**
   * Short, no sentence end, and followed (past a few prose lines) by deeper-numbered lines; a 一、/（一） line
   * also when a month block or a table follows.
   */
  private headingKindAt(i: number, en: Enumerator, text: Src): HeadingKind | null {
    const c = compact(text.n);
    if (!c || c.length > MAX_HEADING_CHARS || /[。;!?]|[,、]$/.test(c) || trailingOwners(text.n)) return null;
    const rank = STYLE_RANK[en.style];
    const kind = headingKind(c);
    // Inside a month an item-level line ("3.工作要求…") is an item whatever its words.
    const inBlock = this.mode === 'month' || this.mode === 'yearRound';
    if (kind !== 'section') return inBlock && rank >= ITEM_RANK ? null : kind;
    let block = this.next.get(i);
    for (let seen = 0; block && seen < HEADING_LOOKAHEAD; seen++) {
      if (block.kind === 'table') return rank < ITEM_RANK ? kind : null;
      const n = this.lines[block.index].n;
      if (periodHeading(n, this.enumeratedMonths)) return rank < ITEM_RANK ? kind : null;
      if (leadingBullet(n) !== null) return kind;
      const next = leadingEnumerator(n);
      if (next) return STYLE_RANK[next.style] > rank ? kind : null;
      block = this.next.get(block.index);
    }
    return null;
  }

  private heading(kind: HeadingKind, rank: number, text: Src): void {
    this.closeItem();
    const inBlock = this.mode === 'month' || this.mode === 'yearRound';
    if (kind === 'skip') {
      this.enter('skip', rank);
      this.section = null;
    } else if (kind === 'container') {
      this.enter('tasks', rank);
      this.section = null;
    } else if (inBlock && rank > this.modeRank) {
      // A group inside a month: its items keep the month and carry the group's name.
      this.section = collapseCjkSpaces(trimSrc(text, ':：').o);
      this.itemStyle = null;
    } else {
      this.enter('tasks', rank);
      this.section = collapseCjkSpaces(trimSrc(text, ':：').o);
    }
  }

  private item(i: number, en: Enumerator, s: Src): void {
    const rank = STYLE_RANK[en.style];
    const open = this.open;
    if (open && this.itemStyle && rank > STYLE_RANK[this.itemStyle] && !open.closed) {
      this.append(open, i, trimSrc(sliceSrc(s, en.start)), ' ');
      return;
    }
    if (this.mode === 'skip') this.enter('tasks', rank);
    if (!this.itemStyle || rank < STYLE_RANK[this.itemStyle]) this.itemStyle = en.style;
    this.closeItem();
    this.blockNumbered = true;
    const parts = splitInlineItems(s.n, en);
    parts.forEach((part, k) => {
      const end = k + 1 < parts.length ? parts[k + 1].start : s.n.length;
      this.startItem(i, part.seq, part.style, sliceSrc(s, part.textStart, end));
      if (k + 1 < parts.length) this.closeItem();
    });
  }

  private unnumbered(i: number, s: Src): void {
    const bullet = leadingBullet(s.n);
    if (bullet !== null && this.mode !== 'skip') {
      this.closeItem();
      this.blockBulleted = true;
      this.startItem(i, null, null, sliceSrc(s, bullet));
      return;
    }
    if (this.mode === 'skip') {
      this.skipped++;
      return;
    }
    if (this.mode === 'preamble' && !this.title && isDocumentTitle(s.n)) {
      this.takeTitle(s);
      return;
    }
    const open = this.open;
    const note = NOTE_LINE.exec(s.n);
    if (note && open) {
      open.ctx = { ...open.ctx, notes: [open.ctx.notes, sliceSrc(s, note[0].length).o.trim()].filter(Boolean).join('；') };
      open.lines.push(this.lineNo(i));
      return;
    }
    // "负责人：张三" on a line of its own belongs to the item above.
    const ownersOnly = (trailingOwners(s.n)?.start ?? -1) === s.n.length - s.n.trimStart().length;
    if (open && ownersOnly && !open.closed) {
      this.append(open, i, trimSrc(s), ' ');
      return;
    }
    // In a month written as one unnumbered line per item, every line is an item.
    const linePerItem = (this.mode === 'month' || this.mode === 'yearRound') && !this.blockNumbered && !this.blockBulleted;
    if (open && !linePerItem && !open.closed) {
      this.append(open, i, trimSrc(s), joinerFor(open.text.n, s.n));
      return;
    }
    this.closeItem();
    if (linePerItem) {
      this.startItem(i, null, null, trimSrc(s));
      return;
    }
    if (this.mode === 'preamble' || this.blockItems === 0 || note) {
      this.skipped++;
      return;
    }
    this.problems.push(problem(this.lineNo(i), s.o, 'unrecognised', '无法识别这一行属于哪个事项，未导入'));
  }

  private takeTitle(s: Src): void {
    this.title = collapseCjkSpaces(s.o);
    // Numbered lines above the title are not the plan (a download site's notes, a cover page).
    this.closeItem();
    const kept = this.out.filter((e) => !e.preamble);
    this.skipped += this.out.length - kept.length;
    this.out.splice(0, this.out.length, ...kept);
  }

  // ---- items -------------------------------------------------------------------------------------------

  private context(): ItemContext {
    const base = { year: this.opts.year, today: this.opts.today };
    switch (this.mode) {
      case 'month':
        return { ...base, span: this.span, isKey: false, sectionTitle: this.section };
      case 'yearRound':
        return { ...base, span: YEAR_ROUND, isKey: false, sectionTitle: this.section };
      case 'tasks':
        return { ...base, span: YEAR_ROUND, isKey: true, sectionTitle: this.section, inferSpan: true };
      default:
        return { ...base, span: YEAR_ROUND, isKey: false, sectionTitle: null, inferSpan: true };
    }
  }

  private startItem(i: number, seq: number | null, style: EnumStyle | null, text: Src): void {
    this.closeItem();
    const closed = trailingOwners(text.n) !== null;
    this.open = { seq, text, lines: [this.lineNo(i)], ctx: this.context(), group: `${this.mode}:${style}`, closed };
  }

  /** A continuation line. Text past what an item can hold is not collected (the item is cut and reported). */
  private append(open: OpenItem, i: number, part: Src, sep: string): void {
    if (open.text.o.length <= MAX_CONTENT) open.text = joinSrc(open.text, part, sep);
    open.lines.push(this.lineNo(i));
    open.closed = trailingOwners(part.n) !== null;
  }

  private closeItem(): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    this.emit(open.seq, open.text, open.ctx, open.lines, open.seq === null ? null : open.group);
  }

  private emit(seq: number | null, text: Src, ctx: ItemContext, lines: number[], group: string | null): void {
    const first = lines[0] ?? 0;
    const built = buildItem(seq, text, ctx);
    if (!built) {
      this.problems.push(problem(first, this.lines[first - 1]?.o ?? '', 'empty_item', '序号后没有内容，未导入'));
      return;
    }
    if (built.cut) this.problems.push(problem(first, text.o, 'too_long', `事项内容超过${MAX_CONTENT}字，超出部分未导入`));
    this.out.push({ item: built.item, lines, group, preamble: this.mode === 'preamble' });
    this.blockItems++;
  }

  // ---- tables ------------------------------------------------------------------------------------------

  private table(t: TextTable): void {
    this.closeItem();
    const hasPeriod = t.roles.includes('period') || t.roles.includes('week');
    let rowSpan: Span | null = null;
    let undatedWeeks = 0;
    const cellsOf = (cells: Cell[], role: ColumnRole) => cells.filter((_, k) => t.roles[k] === role);
    const textOf = (cells: Cell[], role: ColumnRole) =>
      cellsOf(cells, role)
        .map((c) => c.src.o.trim())
        .filter(Boolean)
        .join('；');
    for (const row of t.rows) {
      const filled = row.cells.filter((c) => c.src.n.trim());
      if (filled.length === 0) continue;
      // With two content columns (活动名称 | 活动内容) the first names the item and the other describes it.
      const [content, ...described] = cellsOf(row.cells, 'content').filter((c) => c.src.n.trim());
      const rowLine = row.cells[0]?.lines[0] ?? t.first;
      if (!content) {
        // A label row (merged across the table): a period for the rows below, or a caption.
        const span = filled.length === 1 ? periodCell(filled[0].src.n) : null;
        if (span) rowSpan = span;
        else if (filled.length === 1) this.skipped++;
        else this.problems.push(problem(this.lineNo(rowLine), filled.map((c) => c.src.o).join(' | '), 'unrecognised', '这一行没有工作内容，未导入'));
        continue;
      }
      const periodText = textOf(row.cells, 'period');
      const weekText = textOf(row.cells, 'week') || (/第.{1,3}周/.test(compact(periodText)) ? periodText : '');
      let span: Span;
      if (periodText && !weekText) {
        const parsed = periodCell(periodText);
        if (!parsed) {
          this.problems.push(
            problem(this.lineNo(rowLine), periodText, 'unknown_period', `无法识别月份“${periodText.trim()}”，已按贯穿全年导入，请核对`),
          );
        }
        span = parsed ?? YEAR_ROUND;
        rowSpan = span;
      } else if (weekText) {
        const dated = periodCell(periodText.replace(/第.{1,3}周/, '')) ?? periodCell(textOf(row.cells, 'due'));
        if (!dated) undatedWeeks++;
        span = dated ?? YEAR_ROUND;
      } else {
        span = rowSpan ?? (this.mode === 'month' ? this.span : YEAR_ROUND);
      }
      const periodNote = span.yearRound && periodText && !isYearRoundLabel(periodText) ? periodText.trim() : '';
      const ownersText = textOf(row.cells, 'owners');
      const assistText = textOf(row.cells, 'assist');
      const owners = [...ownersFromCell(ownersText), ...ownersFromCell(assistText, 'assist')];
      const ctx: ItemContext = {
        year: this.opts.year,
        today: this.opts.today,
        span,
        isKey: !hasPeriod && this.mode === 'tasks',
        sectionTitle: hasPeriod ? null : this.section,
        owners: owners.length > 0 ? owners : undefined,
        // A time the span cannot hold (每周五, 待定) is kept in notes, where a cadence is read from.
        notes: [weekText.trim(), periodNote, ...described.map((c) => c.src.o.trim()), textOf(row.cells, 'notes')].filter(Boolean).join('；'),
        // A week's date range ends on the day the week's work is due.
        dueText: textOf(row.cells, 'due') || (weekText ? periodText : ''),
      };
      const seqCell = /^\d{1,4}$/.exec(compact(textOf(row.cells, 'seq')));
      this.tableItems(content, ctx, seqCell ? Number(seqCell[0]) : null);
    }
    if (undatedWeeks > 0) {
      this.problems.push(
        problem(this.lineNo(t.first), '', 'unknown_period', `行事历中有${undatedWeeks}行只写了周次、没有日期，无法确定月份，已按贯穿全年导入，请核对`),
      );
    }
  }

  private tableItems(cell: Cell, ctx: ItemContext, seqCell: number | null): void {
    const lines = cell.lines.map((l) => this.lineNo(l));
    const en = leadingEnumerator(cell.src.n);
    if (!en) {
      this.emit(seqCell, cell.src, ctx, lines, seqCell === null ? null : `table:seq:${ctx.span.yearRound}`);
      return;
    }
    const parts = splitInlineItems(cell.src.n, en);
    parts.forEach((part, k) => {
      const end = k + 1 < parts.length ? parts[k + 1].start : cell.src.n.length;
      this.emit(part.seq, sliceSrc(cell.src, part.textStart, end), ctx, [...lines], `table:${part.style}:${ctx.span.yearRound}`);
    });
  }
}

/** Numbered items form one list while their kind stays the same and the numbers do not restart at 1. */
function sequenceRuns(out: Emitted[]): NumberedItem[] {
  let run = 0;
  let prevGroup: string | null = null;
  const numbered: NumberedItem[] = [];
  for (const [index, e] of out.entries()) {
    if (e.group === null || e.item.seq === null) continue;
    if (e.group !== prevGroup || e.item.seq === 1) run++;
    prevGroup = e.group;
    numbered.push({ index, seq: e.item.seq, line: e.lines[0], text: e.item.content, run });
  }
  return numbered;
}

const MAX_TITLE = 200;

export function parsePlanText(text: string, opts: PlanTextOptions): PlanImportResult {
  const { lines, problems: limitProblems } = textLines(text);
  const reader = new PlanTextReader(lines, findBlocks(lines), opts);
  reader.read();
  const { problems: seqProblems, notes } = checkSequences(sequenceRuns(reader.out));
  const items = reader.out.map((e, index) => (notes.has(index) ? withNote(e.item, notes.get(index) as string) : e.item));
  const sections = [...new Set(items.map((i) => i.sectionTitle).filter((t): t is string => Boolean(t)))].map((title) => ({ title }));
  const title = (opts.title?.trim() || reader.documentTitle || `${opts.year}年工作计划`).slice(0, MAX_TITLE);
  const draft: PlanDraft = { year: opts.year, title, organization: organizationOf(title).slice(0, 100), sections, items };
  const problems = [...limitProblems, ...reader.problems, ...seqProblems].sort((a, b) => a.line - b.line);
  return {
    draft,
    sourceLines: reader.out.map((e) => e.lines),
    problems,
    stats: computeStats(draft, lines.length, reader.skippedLines, problems.length),
  };
}
