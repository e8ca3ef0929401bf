import type { ItemDraft, OwnerDraft, PlanDraft } from '../contract/draft';
import { LAST_MONTH, type Span, lastDayOfMonth, periodLabel } from '../domain/months';
import { cellWorks } from './cell-works';
import { notAPlan } from './document-nature';
import { type EnumStyle, type Enumerator, STYLE_RANK, leadingBullet, leadingEnumerator, splitInlineItems } from './enumerator';
import { type ImportProblem, type PlanImportResult, computeStats, problem } from './import-result';
import { type ItemContext, MAX_CONTENT, buildItem, withNote } from './item-builder';
import { type Src, collapseCjkSpaces, compact, sliceSrc, trimSrc } from './normalize';
import { ownersFromCell, trailingOwners } from './owners';
import {
  type PeriodHeading,
  YEAR_ROUND,
  detectEnumeratedMonths,
  isAmbiguousTermHeading,
  isYearRoundLabel,
  monthSpan,
  periodCell,
  periodHeading,
  statedYear,
  titlePeriod,
} from './period';
import { type HeadingKind, headingKind, isDocumentTitle, organizationOf } from './plan-headings';
import { type NumberedItem, checkSequences } from './sequence-check';
import type { ColumnRole } from './table-columns';
import { isOfficeName, isPageNumber, signOffLines } from './sign-off';
import { TermYear } from './term-year';
import { type Block, type Cell, type TableRow, type TextTable, cellText, findBlocks } from './text-table';
import { textLines } from './text-lines';
import { WeekCalendar, firstDay, leadingWeek, weekCell } from './week';

/*
 * A work plan as text → PlanDraft.
 *
 * The text is read top to bottom as a small state machine over headings:
 * - preamble: before the first heading. Prose is skipped; the document title (…工作计划/要点/方案) is taken
 *   as the plan title, and numbered lines above it (a download site's "温馨提示 1. 2. …") are not the plan.
 * - skip: under 指导思想 / 工作目标 / 工作要求 / 保障措施 …: prose and numbered lines alike are left out (the
 *   numbered ones listed as problems, so none goes missing unseen), until a heading of the same or higher rank.
 * - tasks: under 主要任务 / 重点工作 … or any other heading (一、 （一） 第一部分). Numbered paragraphs are key
 *   tasks (isKey), year-round unless they state a period ("3月，…", "…（7-8月）", "时间：9月"); a short
 *   numbered line followed by deeper-numbered lines is a section heading and names sectionTitle; owners come
 *   from a trailing (责任人：…) / 负责人：… clause or a line of their own.
 * - month / yearRound: under 二月份： / 七、八月份 / （一）九月份 / 【三月】 / 二月主题：新起点 / 三月——学雷锋月 /
 *   第一阶段：宣传发动（3月1日—15日） / 第一周（2月26日—3月3日） / 暑期 / 贯穿全年 / 常规工作. Numbered lines are
 *   items of that period, split where the numbers run on ("1.… 2.… 3.…"); unnumbered lines are one item each;
 *   text after "3月：" is items separated by their numbers or by ；— unless it names the month (a theme:
 *   主题：…, a dash, or a short slogan with numbered items below), which goes to the items' notes.
 * Tables (see text-table.ts for the layouts) are read wherever they stand: each row's 月份/时间 cell gives the
 * period (empty: the row above's, as merged cells leave it), a 周次 the month its week starts in (dates from
 * the row, else counted from the document's dated weeks), a 完成时间 column the period when there is no
 * other; each numbered work (or paragraph, or ；-separated work) of the content cell is an item; 负责人/责任部门
 * give the lead, 参与人/协助单位/配合 the assistants; 主题, 具体措施, 完成情况 and 备注 go to notes.
 * Months of a term plan that run past December (九月…一月) belong to the next year (see term-year.ts). A plan's
 * year ends in December, so such an item is kept there, due when the document says in the next year (never
 * 滞后 from January of the plan's own year); its notes, writtenPeriods and a problem line say 次年1月.
 * A document that is not a plan (通报, 总结, 纪要 — see document-nature.ts) gives no items and says why.
 *
 * Judgement calls: a line starting with a number is never dropped silently — it is an item, part of one, a
 * heading, or a listed problem; deeper-numbered lines under an item ((1) under 1.) continue it; unnumbered
 * lines after a numbered item continue it (PDF and Word wrap long items); an unnumbered line no item can take
 * is reported as unrecognised. Numbering slips are kept as written and reported (see sequence-check.ts).
 * Not handled: 上学期/下学期 without months (semester months differ between schools); a month given only as a
 * week of a term with no dated week anywhere (year-round plus a problem).
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
  /** Read from a month/week block or a table, not from prose. */
  laidOut: boolean;
  /** The period as written, when the plan's year could not hold it so (次年1月). */
  written: string | null;
}

const MAX_HEADING_CHARS = 40;
const HEADING_LOOKAHEAD = 5;
/** Rank given to a month heading written without a number: only 一、-level headings end its block. */
const UNNUMBERED_BLOCK_RANK = 0.5;
const NOTE_LINE = /^\s*(?:注|备注|说明)\s*[:：]\s*/;
const THEME_LINE = /^\s*(?:本月|本周)?(?:活动|教育|工作|德育|宣传|月|周)?主题\s*[:：]\s*/;
const ITEM_RANK = STYLE_RANK.num;
// "以上安排如有变动，另行通知" and the like close a list; they are not one more item.
const CLOSING_REMARK = /^\s*以上(?:计划|安排|工作|各项|内容|活动|时间|事项)/;
// A department naming the month blocks below it (学习部 / 3月：… / 4月：…).
const GROUP_NAME = /^[\u4e00-\u9fff]{1,10}(?:部|处|室|组|中心|委员会|协会|社|队|学院|系|支部|总支|年级|办公室)$/;
const MAX_CAPTION = 14;

export const NOT_A_PLAN = '未识别到按月安排的工作计划';

function joinSrc(a: Src, b: Src, sep: string): Src {
  return { o: a.o + sep + b.o, n: a.n + sep + b.n };
}

/** Wrapped Chinese text joins without a space; Latin words and numbers keep one between them. */
function joinerFor(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a.trimEnd()) && /^[A-Za-z0-9]/.test(b.trimStart()) ? ' ' : '';
}

/** The original spelling of a piece of a line's normalised text (normalising keeps every index). */
function originalOf(s: Src, norm: string): string {
  const at = s.n.indexOf(norm);
  return at >= 0 ? s.o.slice(at, at + norm.length) : norm;
}

function mergeOwners(a: OwnerDraft[], b: OwnerDraft[]): OwnerDraft[] {
  const out = [...a];
  for (const o of b) if (!out.some((x) => x.name === o.name)) out.push(out.length === 0 ? { ...o, role: 'lead' } : { ...o, role: 'assist' });
  return out;
}

class PlanTextReader {
  private mode: Mode = 'preamble';
  private modeRank = 0;
  private section: string | null = null;
  /** A department heading over several month blocks: the section of their items. */
  private group: string | null = null;
  private span: Span = YEAR_ROUND;
  /** The calendar year of the current block's months. */
  private year: number;
  /** The current block was opened by a month heading (not a week's): weeks written under it keep its month. */
  private monthHeading = false;
  private theme: string | null = null;
  private skipName = '';
  private itemStyle: EnumStyle | null = null;
  private blockItems = 0;
  private blockNumbered = false;
  private blockBulleted = false;
  private open: OpenItem | null = null;
  private title: string | null = null;
  /** The month the title names (…3月份工作计划): numbered work outside any month block is that month's. */
  private titleSpan: Span | null = null;
  private titleYear: number;
  private skipped = 0;
  private undatedWeeks: number[] = [];
  readonly out: Emitted[] = [];
  readonly problems: ImportProblem[] = [];
  /** 0-based lines read as headings, and lines inside tables (a table's content lines are also items' lines). */
  readonly headings = new Set<number>();
  readonly tableLines = new Set<number>();
  /** Why a numbered line was left out on purpose (it is then listed with this reason). */
  readonly leftOut = new Map<number, string>();
  private readonly next = new Map<number, Block>();
  private readonly enumeratedMonths: boolean;
  private readonly years: TermYear;
  private readonly calendar: WeekCalendar;
  private readonly signOff: Set<number>;
  private readonly periodHeadings = new Map<number, PeriodHeading | null>();

  constructor(
    private readonly lines: Src[],
    private readonly blocks: Block[],
    private readonly opts: PlanTextOptions,
  ) {
    this.year = opts.year;
    this.titleYear = opts.year;
    this.years = new TermYear(opts.year);
    this.calendar = new WeekCalendar(opts.year);
    this.enumeratedMonths = detectEnumeratedMonths(lines.map((l) => l.n));
    this.signOff = signOffLines(lines);
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
    this.datedWeeks();
  }

  /** Every week the document dates, heading or table row, so an undated week can be counted from them. */
  private datedWeeks(): void {
    for (const block of this.blocks) {
      if (block.kind === 'table') {
        for (const row of block.table.rows) {
          const { week, day } = this.rowWeek(block.table, row);
          if (week !== null && day) this.calendar.add(week, day);
        }
        continue;
      }
      const n = this.lines[block.index].n;
      if (!/周/.test(n)) continue;
      const heading = this.headingAt(block.index);
      const day = heading?.weekDated ? firstDay(n.slice(0, heading.end)) : null;
      if (heading?.week != null && day) this.calendar.add(heading.week, day);
    }
  }

  read(): void {
    for (const block of this.blocks) {
      if (block.kind === 'table') this.table(block.table);
      else this.line(block.index);
    }
    this.closeItem();
    if (this.undatedWeeks.length > 0) {
      this.problems.push(
        problem(
          this.lineNo(this.undatedWeeks[0]),
          '',
          'unknown_period',
          `有${this.undatedWeeks.length}处只写了周次、没有日期，文中也没有其他写明日期的周次可以推算，无法确定月份，已按贯穿全年导入，请核对`,
        ),
      );
    }
  }

  get skippedLines(): number {
    return this.skipped;
  }

  get documentTitle(): string | null {
    return this.title;
  }

  /** The period heading line i is, if any (asked several times per line: by lookaheads and by the line itself). */
  private headingAt(i: number): PeriodHeading | null {
    const known = this.periodHeadings.get(i);
    if (known !== undefined) return known;
    const heading = periodHeading(this.lines[i].n, this.enumeratedMonths);
    this.periodHeadings.set(i, heading);
    return heading;
  }

  private isBlank(i: number): boolean {
    return !this.lines[i].n.trim();
  }

  private lineNo(i: number): number {
    return i + 1;
  }

  private get inBlock(): boolean {
    return this.mode === 'month' || this.mode === 'yearRound';
  }

  // ---- lines -------------------------------------------------------------------------------------------

  private line(i: number): void {
    const s = this.lines[i];
    if (!s.n.trim()) return;
    if (this.signOff.has(i) || CLOSING_REMARK.test(s.n)) {
      // A page break may fall inside an item; a signature, a date or 以上… ends it.
      if (!isPageNumber(s.n)) this.closeItem();
      this.skipped++;
      return;
    }
    if (this.mode !== 'skip' && this.isGroupHeading(i)) {
      this.closeItem();
      this.group = collapseCjkSpaces(s.o);
      this.headings.add(i);
      return;
    }
    const heading = this.headingAt(i);
    if (heading && (this.mode !== 'skip' || this.opensBlockInSkip(i, heading.rest))) {
      this.periodBlock(i, heading);
      return;
    }
    if (isAmbiguousTermHeading(s.n)) {
      // Its works are kept, year-round, until someone who knows the school's term dates sets their months.
      this.periodBlock(i, { span: YEAR_ROUND, end: s.n.length, rest: s.n.length, theme: null, afterColon: false, week: null, weekDated: false });
      this.problems.push(problem(this.lineNo(i), s.o, 'unknown_period', `“${compact(s.o).replace(/[:：]$/, '')}”没有写明月份（各校学期起止不同），其下事项按贯穿全年导入，请核对月份`));
      return;
    }
    const theme = this.inBlock ? THEME_LINE.exec(s.n) : null;
    if (theme) {
      // 主题：学雷锋 树新风 under a month names the month; it is not one of its works.
      this.closeItem();
      this.theme = collapseCjkSpaces(sliceSrc(s, theme[0].length).o);
      this.headings.add(i);
      return;
    }
    const en = leadingEnumerator(s.n);
    if (en) this.numbered(i, en, s);
    else this.unnumbered(i, s);
  }

  private isGroupHeading(i: number): boolean {
    const s = this.lines[i];
    if (!GROUP_NAME.test(compact(s.n))) return false;
    const next = this.next.get(i);
    return next?.kind === 'line' && this.headingAt(next.index) !== null;
  }

  private periodBlock(i: number, heading: PeriodHeading): void {
    const s = this.lines[i];
    this.closeItem();
    const en = leadingEnumerator(s.n);
    let span = heading.span;
    let year = this.opts.year;
    if (heading.week !== null && !heading.weekDated && this.monthHeading) {
      // 三月 / 第一周 / 第二周: weeks counted within the month heading above keep its month.
      span = this.span;
      year = this.year;
    } else if (heading.week !== null) {
      const start = this.calendar.startOf(heading.week);
      if (start) {
        span = monthSpan(start.month);
        year += start.yearOffset;
      } else {
        span = YEAR_ROUND;
        this.undatedWeeks.push(i);
      }
    } else if (!span.yearRound) {
      year = this.years.yearOf(span.startMonth as number, statedYear(s.n.slice(0, heading.end), this.opts.year));
    }
    const nested = heading.week !== null && span === this.span && this.monthHeading;
    this.enter(span.yearRound && heading.week === null ? 'yearRound' : 'month', nested ? this.modeRank : en ? STYLE_RANK[en.style] : UNNUMBERED_BLOCK_RANK);
    this.monthHeading = heading.week === null ? !span.yearRound : nested;
    this.span = span;
    this.year = year;
    this.section = null;
    if (!nested) this.theme = heading.theme ? collapseCjkSpaces(originalOf(s, heading.theme)) : null;
    this.headings.add(i);
    if (heading.rest >= s.n.length) return;
    const rest = trimSrc(sliceSrc(s, heading.rest));
    if (heading.afterColon && this.isCaption(i, rest)) this.theme = collapseCjkSpaces(rest.o);
    else this.content(i, rest);
  }

  /**
   * 九月：迎新季 names the month when numbered or bulleted works follow on the next lines, or when it reads as
   * a slogan (short, ending in 季/月/周, or quoted); 3月：开展…；组织… lists the month's works.
   */
  private isCaption(i: number, rest: Src): boolean {
    if (leadingEnumerator(rest.n)) return false;
    const next = this.next.get(i);
    if (next?.kind === 'line') {
      const n = this.lines[next.index].n;
      const en = leadingEnumerator(n);
      if (leadingBullet(n) !== null || (en && STYLE_RANK[en.style] >= ITEM_RANK && !this.headingAt(next.index))) return true;
    }
    const c = compact(rest.n);
    return c.length <= MAX_CAPTION && !/[;。]/.test(c) && (/^["“《\[].*["”》\]]$/.test(c) || /(?:季|月|周)$/.test(c) || c.includes('主题'));
  }

  private enter(mode: Mode, rank: number): void {
    if (mode !== 'month') this.monthHeading = false;
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
      this.leftOut.set(i, `位于“${this.skipName}”部分，视为说明文字，未作为事项导入`);
      return;
    }
    const text = sliceSrc(s, en.textStart);
    const kind = this.headingKindAt(i, en, text);
    if (kind) {
      this.heading(i, kind, rank, text);
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
    if (kind !== 'section') return this.inBlock && rank >= ITEM_RANK ? null : kind;
    let block = this.next.get(i);
    for (let seen = 0; block && seen < HEADING_LOOKAHEAD; seen++) {
      if (block.kind === 'table') return rank < ITEM_RANK ? kind : null;
      if (this.signOff.has(block.index)) return null;
      const n = this.lines[block.index].n;
      if (this.headingAt(block.index)) return rank < ITEM_RANK ? kind : null;
      if (leadingBullet(n) !== null) return kind;
      const next = leadingEnumerator(n);
      if (next) return STYLE_RANK[next.style] > rank ? kind : null;
      block = this.next.get(block.index);
    }
    return null;
  }

  private heading(i: number, kind: HeadingKind, rank: number, text: Src): void {
    this.closeItem();
    this.headings.add(i);
    const name = collapseCjkSpaces(trimSrc(text, ':：').o);
    this.group = null;
    if (kind === 'skip') {
      this.enter('skip', rank);
      this.section = null;
      this.skipName = name;
    } else if (kind === 'container') {
      this.enter('tasks', rank);
      this.section = null;
    } else if (this.inBlock && rank > this.modeRank) {
      // A group inside a month: its items keep the month and carry the group's name.
      this.section = name;
      this.itemStyle = null;
    } else {
      this.enter('tasks', rank);
      this.section = name;
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
      this.takeTitle(i, s);
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
    // In a month written as one unnumbered line per item, every line is an item — unless the line above
    // broke off mid-sentence (after a comma or a 、), as wrapped text does.
    const linePerItem = this.inBlock && !this.blockNumbered && !this.blockBulleted && !(open && /[,，、:：(（“]\s*$/.test(open.text.n));
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

  private takeTitle(i: number, s: Src): void {
    // The office often stands on its own line above (XX学院学生会 / 2024—2025学年第一学期工作计划).
    let above = i - 1;
    while (above >= 0 && this.isBlank(above)) above--;
    const office = above >= 0 && isOfficeName(this.lines[above].n) && !organizationOf(s.n) ? collapseCjkSpaces(this.lines[above].o) : '';
    this.title = office + collapseCjkSpaces(s.o).replace(/^#+\s*/, '');
    this.headings.add(i);
    this.titleSpan = titlePeriod(s.n);
    if (this.titleSpan && !this.titleSpan.yearRound) this.titleYear = this.years.yearOf(this.titleSpan.startMonth as number, statedYear(s.n, this.opts.year));
    // Numbered lines above the title are not the plan (a download site's notes, a cover page).
    this.closeItem();
    const kept = this.out.filter((e) => !e.preamble);
    for (const e of this.out) if (e.preamble) for (const l of e.lines) this.leftOut.set(l - 1, '位于文件标题之前（如网站说明、封面），不是计划内容，未导入');
    this.skipped += this.out.length - kept.length;
    this.out.splice(0, this.out.length, ...kept);
  }

  // ---- items -------------------------------------------------------------------------------------------

  private context(): ItemContext {
    const base = { year: this.opts.year, today: this.opts.today };
    const notes = this.theme ? `主题：${this.theme}` : undefined;
    switch (this.mode) {
      case 'month':
        return { ...base, year: this.year, span: this.span, isKey: false, sectionTitle: this.section ?? this.group, notes };
      case 'yearRound':
        return { ...base, span: YEAR_ROUND, isKey: false, sectionTitle: this.section ?? this.group, notes };
      case 'tasks':
        if (this.titleSpan) return { ...base, year: this.titleYear, span: this.titleSpan, isKey: false, sectionTitle: this.section, inferSpan: true };
        return { ...base, span: YEAR_ROUND, isKey: true, sectionTitle: this.section, inferSpan: true };
      default:
        return { ...base, year: this.titleYear, span: this.titleSpan ?? YEAR_ROUND, isKey: false, sectionTitle: null, inferSpan: true };
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
    this.emit(open.seq, open.text, open.ctx, open.lines, open.seq === null ? null : open.group, this.inBlock || this.titleSpan !== null);
  }

  /** Builds and records an item; returns its index in `out`, or null when nothing was left to import. */
  private emit(seq: number | null, text: Src, ctx: ItemContext, lines: number[], group: string | null, laidOut: boolean): number | null {
    const first = lines[0] ?? 0;
    const built = buildItem(seq, text, ctx);
    if (!built) {
      this.problems.push(problem(first, this.lines[first - 1]?.o ?? '', 'empty_item', '序号后没有内容，未导入'));
      return null;
    }
    if (built.cut) this.problems.push(problem(first, text.o, 'too_long', `事项内容超过${MAX_CONTENT}字，超出部分未导入`));
    let item = built.item;
    let written: string | null = null;
    if (ctx.year > this.opts.year && !item.yearRound) {
      // A month of the next year (a term plan's 一月): the plan's year ends in December, so the work is kept
      // there, due when the document says, in that year — never 滞后 from January of the plan's own year.
      written = `次年${periodLabel(item)}`;
      const dueDate = item.dueDate ?? lastDayOfMonth(ctx.year, item.endMonth ?? (item.startMonth as number));
      item = withNote({ ...item, startMonth: LAST_MONTH, endMonth: LAST_MONTH, dueDate }, `原文为${written}`);
    }
    this.out.push({ item, lines, group, preamble: this.mode === 'preamble', laidOut, written });
    this.blockItems++;
    return this.out.length - 1;
  }

  // ---- tables ------------------------------------------------------------------------------------------

  /** The week a row stands for and the first day it names (周次 and 日期 cells, or 第3周 in a 时间 cell). */
  private rowWeek(t: TextTable, row: TableRow): { week: number | null; day: ReturnType<typeof firstDay> } {
    const weekText = roleText(t, row, 'week', '');
    const periodText = roleText(t, row, 'period', '');
    const week = weekText ? (weekCell(weekText) ?? leadingWeek(weekText)?.week ?? null) : (leadingWeek(periodText)?.week ?? null);
    return { week, day: firstDay(periodText) ?? firstDay(weekText) };
  }

  private table(t: TextTable): void {
    this.closeItem();
    for (let l = t.first; l <= t.last; l++) this.tableLines.add(l);
    const has = (role: ColumnRole) => t.roles.includes(role);
    const weekly = has('week');
    const hasPeriod = has('period') || weekly || has('due');
    let rowSpan: Span | null = null;
    let rowYear = this.year;
    let dept = '';
    let theme = '';
    let previous = null as { key: string; indices: number[] } | null;
    for (const row of t.rows) {
      const filled = row.cells.filter((c) => c.parts.length > 0);
      if (filled.length === 0) continue;
      const rowLine = Math.min(...filled.flatMap((c) => c.lines));
      // With two content columns (活动名称 | 活动内容) the first names the item and the other describes it.
      const [content, ...described] = row.cells.filter((c, k) => t.roles[k] === 'content' && c.parts.length > 0);
      const periodText = roleText(t, row, 'period', '');
      const dueText = roleText(t, row, 'due', '');
      if (has('dept')) dept = roleText(t, row, 'dept', '') || dept;
      if (has('theme')) theme = roleText(t, row, 'theme', '') || theme;
      if (!content) {
        // A label row (merged across the table): a period for the rows below, or a caption.
        const only = filled.length === 1 ? cellText(filled[0], '') : '';
        const span = only ? periodCell(only) : null;
        if (span) {
          rowSpan = span;
          rowYear = span.yearRound ? this.opts.year : this.years.yearOf(span.startMonth as number, statedYear(only, this.opts.year));
        } else if ((filled.length === 1 && !leadingEnumerator(filled[0].parts[0].n)) || filled.every((c) => ['dept', 'theme', 'period', 'week', 'seq'].includes(t.roles[row.cells.indexOf(c)]))) {
          this.skipped++;
        } else {
          this.problems.push(problem(this.lineNo(rowLine), filled.map((c) => cellText(c)).join(' | '), 'unrecognised', '这一行没有工作内容，未导入'));
        }
        continue;
      }
      // The row's months: its week, its 时间 cell, or (merged cell) the row above's.
      const { week, day } = this.rowWeek(t, row);
      const ownText = weekly ? roleText(t, row, 'week', '') || periodText : periodText || (!has('period') ? dueText : '');
      let weekNote = '';
      if (week !== null || (weekly && day)) {
        const start = week !== null ? this.calendar.startOf(week) : null;
        if (start) {
          rowSpan = monthSpan(start.month);
          rowYear = this.opts.year + start.yearOffset;
        } else if (day) {
          rowSpan = monthSpan(day.month);
          rowYear = this.years.yearOf(day.month, null);
        } else if (periodText && periodCell(periodText) && !periodCell(periodText)?.yearRound) {
          // A 校历 names the month in its own column (2月 | 第1周 | 26 27 …).
          rowSpan = monthSpan(periodCell(periodText)?.startMonth as number);
          rowYear = this.years.yearOf(rowSpan.startMonth as number, statedYear(periodText, this.opts.year));
        } else if (!periodText && has('period') && rowSpan && !rowSpan.yearRound) {
          // …merged down over the weeks of that month.
        } else {
          rowSpan = YEAR_ROUND;
          rowYear = this.opts.year;
          this.undatedWeeks.push(rowLine);
        }
        weekNote = roleText(t, row, 'week', '') || (leadingWeek(periodText) ? periodText : '');
        if (weekNote && weekCell(weekNote) !== null && !/周/.test(weekNote)) weekNote = `第${weekCell(weekNote)}周`;
      } else if (ownText) {
        const parsed = periodCell(ownText);
        if (!parsed) {
          this.problems.push(problem(this.lineNo(rowLine), ownText, 'unknown_period', `无法识别月份“${ownText.trim()}”，已按贯穿全年导入，请核对`));
        }
        rowSpan = parsed ?? YEAR_ROUND;
        rowYear = rowSpan.yearRound ? this.opts.year : this.years.yearOf(rowSpan.startMonth as number, statedYear(ownText, this.opts.year));
      } else if (!rowSpan) {
        rowSpan = this.mode === 'month' ? this.span : YEAR_ROUND;
        rowYear = this.mode === 'month' ? this.year : this.opts.year;
      }
      const span = rowSpan;
      const periodNote = span.yearRound && ownText && !weekNote && !isYearRoundLabel(ownText) ? ownText.trim() : '';
      let owners = mergeOwners(ownersFromCell(roleText(t, row, 'owners', '、')), ownersFromCell(roleText(t, row, 'assist', '、'), 'assist'));
      // A 部门 column groups the rows; with no 负责人 column it is who does the work.
      const section = has('dept') && (has('owners') || has('assist')) ? dept || null : hasPeriod ? null : this.section;
      if (has('dept') && !has('owners') && dept) owners = mergeOwners([{ name: dept, role: 'lead' }], owners);
      const works = cellWorks(content);
      const key = `${compact(cellText(content))}|${periodLabel(span)}`;
      if (previous?.key === key) {
        // A content cell merged over several rows (one work, several departments): one item, every owner.
        for (const index of previous.indices) this.out[index].item.owners = mergeOwners(this.out[index].item.owners, owners);
        continue;
      }
      const measures = row.cells.find((c, k) => t.roles[k] === 'measures' && c.parts.length > 0);
      const measureWorks = measures ? cellWorks(measures) : [];
      const paired = measureWorks.length === works.length && works.length > 1;
      const status = roleText(t, row, 'status', '，');
      const shared = [
        weekNote,
        periodNote,
        theme && `主题：${theme}`,
        ...described.map((c) => cellText(c)),
        labelledNotes(t, row),
        status && `完成情况：${status}`,
      ];
      const seqCell = /^\d{1,4}$/.exec(compact(roleText(t, row, 'seq', '')));
      const indices: number[] = [];
      works.forEach((work, k) => {
        const measure = paired ? measureWorks[k].text.o.trim() : measures ? cellText(measures, '；') : '';
        const ctx: ItemContext = {
          year: rowYear,
          today: this.opts.today,
          span,
          isKey: !hasPeriod && this.mode === 'tasks',
          sectionTitle: section,
          owners: owners.length > 0 ? owners : undefined,
          notes: [...shared, measure && `措施：${measure}`].filter(Boolean).join('；'),
          // A week's date range ends on the day the week's work is due.
          dueText: dueText || (weekly ? periodText : ''),
        };
        const seq = work.seq ?? (works.length === 1 && seqCell ? Number(seqCell[0]) : null);
        const group = seq === null ? null : `table:${work.seq === null ? 'seq' : 'num'}:${span.yearRound}`;
        const index = this.emit(seq, work.text, ctx, work.lines.map((l) => this.lineNo(l)), group, true);
        if (index !== null) indices.push(index);
      });
      previous = { key, indices };
    }
  }
}

/** The text of a row's cells in one role; a cell's lines joined by `joiner` (二 / 月 → 二月 with ''). */
function roleText(t: TextTable, row: TableRow, role: ColumnRole, joiner: string): string {
  return row.cells
    .filter((_, k: number) => t.roles[k] === role)
    .map((c: Cell) => cellText(c, joiner))
    .filter(Boolean)
    .join('；');
}

const PLAIN_NOTES = /^(?:备注|说明|附注|注)?$/;

/** 备注 as written; other kept columns (督办人, 佐证材料 …) under their header's name. */
function labelledNotes(t: TextTable, row: TableRow): string {
  return row.cells
    .flatMap((c, k) => {
      const text = t.roles[k] === 'notes' || t.roles[k] === 'other' ? cellText(c, '；') : '';
      return text ? [PLAIN_NOTES.test(t.labels[k]) ? text : `${t.labels[k]}：${text}`] : [];
    })
    .join('；');
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

function notAPlanMessage(what: string | null): string {
  return what
    ? `${NOT_A_PLAN}：这份文件是${what}，不是工作计划，未导入任何事项。如果它确实是计划，请确认其中的月份写成标题（如“三月份”“3月：”）或表格带有“月份/时间、工作内容”等表头`
    : `${NOT_A_PLAN}：没有找到月份标题（如“三月份”“3月：”）、周次、编号的工作任务或带“月份/时间、工作内容”表头的表格，未导入任何事项`;
}

function nextYearMessage(item: ItemDraft, written: string, planYear: number): string {
  const next = planYear + 1;
  return `学期跨年：原文此项在${written}（${next}年），${planYear}年度台账记在12月、完成时限${item.dueDate}；如需在${next}年度督办，可取消勾选，改在${next}年度导入`;
}

export function parsePlanText(text: string, opts: PlanTextOptions): PlanImportResult {
  const { lines, problems: limitProblems } = textLines(text);
  const reader = new PlanTextReader(lines, findBlocks(lines), opts);
  reader.read();
  const verdict = notAPlan(lines, reader.out.some((e) => e.laidOut));
  const out = verdict ? [] : reader.out;
  const { problems: seqProblems, notes } = checkSequences(sequenceRuns(out));
  const items = out.map((e, index) => (notes.has(index) ? withNote(e.item, notes.get(index) as string) : e.item));
  const writtenPeriods = out.map((e) => e.written);
  const sections = [...new Set(items.map((i) => i.sectionTitle).filter((t): t is string => Boolean(t)))].map((title) => ({ title }));
  const title = (opts.title?.trim() || reader.documentTitle || `${opts.year}年工作计划`).slice(0, MAX_TITLE);
  const draft: PlanDraft = { year: opts.year, title, organization: organizationOf(title).slice(0, 100), sections, items };
  const problems = [...limitProblems, ...(verdict ? [] : reader.problems), ...seqProblems];
  items.forEach((item, i) => {
    const written = writtenPeriods[i];
    if (written) problems.push(problem(out[i].lines[0], item.content, 'next_year', nextYearMessage(item, written, opts.year)));
  });
  if (items.length === 0) problems.push(problem(0, '', 'no_plan', notAPlanMessage(verdict)));
  // Every numbered line is an item, part of one, part of the layout, or listed here.
  const layoutLines = verdict ? [] : [...new Set([...reader.headings, ...reader.tableLines])].map((l) => l + 1).sort((a, b) => a - b);
  const accounted = new Set<number>([...out.flatMap((e) => e.lines), ...problems.map((p) => p.line), ...layoutLines]);
  lines.forEach((line, i) => {
    if (accounted.has(i + 1) || !leadingEnumerator(line.n)) return;
    const reason = verdict ? `文件不是按月安排的工作计划，此编号段落未导入` : (reader.leftOut.get(i) ?? '未能识别为事项，未导入，请核对');
    problems.push(problem(i + 1, line.o, 'not_item', reason));
  });
  problems.sort((a, b) => a.line - b.line);
  return {
    draft,
    sourceLines: out.map((e) => e.lines),
    writtenPeriods,
    layoutLines,
    problems,
    stats: computeStats(draft, lines.length, reader.skippedLines, problems.length, writtenPeriods),
  };
}
