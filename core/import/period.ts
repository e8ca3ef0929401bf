import type { Span } from '../domain/months';
import { parseChineseNumber } from './chinese-number';
import { compact } from './normalize';
import { leadingEnumerator } from './enumerator';

// Month expressions as plans write them: 3月, 二月份, 7-8月, 7—8月, 7月至8月, 七、八月份, 11至12月, 2023年3月～12月;
// and the labels of the year-round block (贯穿全年, 全年, 常规工作, 日常工作). All input is normalised text.

export const YEAR_ROUND: Span = { startMonth: null, endMonth: null, yearRound: true };

export function monthSpan(start: number, end = start): Span {
  return { startMonth: start, endMonth: end, yearRound: false };
}

const MONTH_TOKEN = /(?:\d{4}\s*年\s*|(?:次|翌|明|来)\s*年\s*)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*(月份|月)?/y;
const SEPARATOR = /\s*(?:(-+|至|到)|(、|和|与|及))\s*/y;

export interface PeriodMatch {
  span: Span;
  /** Index just after the expression (after 月/月份). */
  end: number;
}

function monthValue(token: string): number | null {
  const v = /^\d+$/.test(token) ? Number(token) : parseChineseNumber(token);
  return v !== null && v >= 1 && v <= 12 ? v : null;
}

/**
 * The month expression starting at `pos`, or null. The expression runs to the last number that carries 月;
 * a list (七、八月) names consecutive months and a range (7-8月, 11至12月) runs forwards. A list of months
 * apart (1月、9月: the same work twice a year) gives its first month, as a span cannot hold both; a range into
 * the next year (11月至次年1月) runs to December.
 */
export function matchPeriod(norm: string, pos: number): PeriodMatch | null {
  const tokens: Array<{ value: number; end: number; hasMonth: boolean; listedBefore: boolean; yearNamed: boolean }> = [];
  let at = pos;
  let listedBefore = false;
  for (;;) {
    MONTH_TOKEN.lastIndex = at;
    const m = MONTH_TOKEN.exec(norm);
    const value = m ? monthValue(m[1]) : null;
    if (!m || value === null) break;
    at = MONTH_TOKEN.lastIndex;
    tokens.push({ value, end: at, hasMonth: Boolean(m[2]), listedBefore, yearNamed: m[0].includes('年') });
    SEPARATOR.lastIndex = at;
    const sep = SEPARATOR.exec(norm);
    if (!sep) break;
    listedBefore = Boolean(sep[2]);
    at = SEPARATOR.lastIndex;
  }
  let last = tokens.length - 1;
  while (last >= 0 && !tokens[last].hasMonth) last--;
  if (last < 0) return null;
  for (let i = 1; i <= last; i++) {
    const step = tokens[i].value - tokens[i - 1].value;
    if (!tokens[i].listedBefore && step < 0) return tokens[i].yearNamed ? { span: monthSpan(tokens[0].value, 12), end: tokens[i].end } : null;
    if (tokens[i].listedBefore && step !== 1) {
      return tokens[i - 1].hasMonth ? { span: monthSpan(tokens[0].value, tokens[i - 1].value), end: tokens[last].end } : null;
    }
  }
  return { span: monthSpan(tokens[0].value, tokens[last].value), end: tokens[last].end };
}

const LABEL_CHARS = /^[\d一二三四五六七八九十〇零年月份日号至到和及与、,\-.\/()[\]第周上中下旬底初末前后全贯穿常规日常长期经常性季度寒暑假期间次翌明来每学天星其中工作事项任务活动安排内容重点的:]+$/;

/** A cell or line that holds a period and nothing else (3月, 二月份, 7-8月, 2月26日-3月3日, 全年). */
export function isPeriodLabel(text: string): boolean {
  if (text.length > 80) return false;
  const c = compact(text);
  return c.length > 0 && c.length <= 24 && LABEL_CHARS.test(c) && periodCell(c) !== null;
}

/** The calendar year a period names beside the plan's: 2025年1月, 次年1月 (+1), or null when it names none. */
export function statedYear(text: string, planYear: number): number | null {
  const c = compact(text);
  const explicit = /(\d{4})年/.exec(c);
  if (explicit) return Number(explicit[1]);
  return /(?:次|翌|明|来)年/.test(c) ? planYear + 1 : null;
}

const YEAR_ROUND_LABEL = /^(?:其中)?(?:贯穿全年|全年|常规|日常|长期|经常性)(?:性)?(?:的)?(?:重点)?(?:工作|事项|任务|活动)?(?:安排|内容)?(?:\([^()]{0,20}\))?:?$/;

/** 贯穿全年 / 全年 / 常规工作 / 日常工作 / 其中贯穿全年工作 (spaces anywhere). */
export function isYearRoundLabel(text: string): boolean {
  return YEAR_ROUND_LABEL.test(compact(text).replace(/\|+$/, ''));
}

const SEASON_WORDS: Array<[string, Span]> = [
  ['寒假', monthSpan(1, 2)],
  ['春季学期', monthSpan(2, 7)],
  ['秋季学期', monthSpan(9, 12)],
  ['暑(?:假|期)', monthSpan(7, 8)],
  ['上半年', monthSpan(1, 6)],
  ['下半年', monthSpan(7, 12)],
  ['第?一季度', monthSpan(1, 3)],
  ['第?二季度', monthSpan(4, 6)],
  ['第?三季度', monthSpan(7, 9)],
  ['第?四季度', monthSpan(10, 12)],
];
const SEASON_CELLS = SEASON_WORDS.map(([w, span]) => [new RegExp(`^${w}`), span] as const);
const SEASON_HEADINGS = SEASON_WORDS.map(([w, span]) => [new RegExp(`${w}(?:期间)?`, 'y'), span] as const);

const RECURRING = /^每(?:周|月|学期|季度|天|日|星期)/;

/** The period written in a table's 月份/时间 cell, or null when the cell names none (e.g. 第3周 alone). */
export function periodCell(text: string): Span | null {
  const c = compact(text);
  if (!c) return null;
  if (isYearRoundLabel(c) || RECURRING.test(c)) return YEAR_ROUND;
  if (/^\d{1,2}$/.test(c)) return monthValue(c) ? monthSpan(Number(c)) : null;
  const dotted = /^(?:\d{4}[./-])?(\d{1,2})[./](\d{1,2})(?:-(?:(\d{1,2})[./])?(\d{1,2}))?/.exec(c);
  if (dotted && !/^\d{4}[./-]\d{1,2}$/.test(c)) {
    const start = monthValue(dotted[1]);
    const end = dotted[3] ? monthValue(dotted[3]) : start;
    if (start && end && end >= start) return monthSpan(start, end);
  }
  const iso = /^\d{4}[-/.](\d{1,2})(?:$|[-/.]\d{1,2})/.exec(c);
  if (iso && monthValue(iso[1])) return monthSpan(Number(iso[1]));
  const match = matchPeriod(c, 0);
  if (match) {
    // 2月26日-3月3日: the range ends in the last month named.
    const later = [...c.slice(match.end).matchAll(/(\d{1,2}|十[一二]?|[一二三四五六七八九])月/g)].map((m) => monthValue(m[1]));
    const last = later.filter((v): v is number => v !== null).pop();
    const start = match.span.startMonth as number;
    return last && last > (match.span.endMonth as number) ? monthSpan(start, last) : match.span;
  }
  for (const [re, span] of SEASON_CELLS) if (re.test(c)) return span;
  return null;
}

const DECORATION = /^[\s[<《(◆■●★☆◇□▲►·•#*]*/;
const STAGE = /[^\s:()]{0,8}阶段\s*(?:[(:]\s*)?/y;
// A stage named before its dates: 第一阶段：宣传发动（3月1日—3月15日）, 总结表彰阶段（6月）.
const NAMED_STAGE = /(?:第[一二三四五六七八九十\d]{1,2}阶段|[\u4e00-\u9fff]{2,8}阶段)\s*:?\s*([^()]{0,16}?)\s*\(([^()]{2,30})\)\s*/y;
const WEEK = /第\s*([0-9一二三四五六七八九十]{1,3})\s*(?:[-~至、]\s*(?:第\s*)?[0-9一二三四五六七八九十]{1,3}\s*)?[周週]\s*/y;
const YEAR_ROUND_WORDS =
  /(?:其中\s*)?(?:贯\s*穿\s*全\s*年|全\s*年|常\s*规|日\s*常|长\s*期|经常性)\s*(?:性\s*)?(?:的\s*)?(?:重点\s*)?(?:工\s*作|事\s*项|任\s*务|活\s*动)?\s*(?:安排|内容)?/y;
// After the period: 份, 第二周, 工作安排, a closing bracket, a bracketed remark, then 主题：, a dash or a colon.
const HEADING_TAIL =
  /^\s*\)?\s*份?\s*(?:第[一二三四五\d]周)?\s*(?:的)?\s*(?:主要|重点|具体)?\s*(?:工作|活动)?\s*(?:安排|计划|要点|重点|任务|内容|事项)?\s*[\]>》]?\s*(?:\(([^()]{0,20})\))?\s*(?:((?:工作|活动|教育|德育|宣传|月|本月)?主题(?:教育|活动)?)\s*:?|(-{1,3})|(:))?\s*/;

export interface PeriodHeading {
  span: Span;
  /** Index just after the period's own words (2025年1月, 第一周（…）): where a year it states is read. */
  end: number;
  /** Index where content written on the heading line starts (== length when there is none). */
  rest: number;
  /** What names the block rather than listing its work: 主题：…, ——学雷锋月, （学雷锋月）, a stage's name. */
  theme: string | null;
  /** The text after a plain colon (九月：迎新季 / 3月：开展…；组织…) may be a theme or the block's items. */
  afterColon: boolean;
  /** A 第N周 heading: its month comes from its dates, or from the document's other weeks (span is a guess). */
  week: number | null;
  /** The heading line itself dates the week (第一周（2月26日—3月3日）). */
  weekDated: boolean;
}

/** The period a heading names at `pos`: months, a season (暑期, 第一季度) or the year-round block. */
function periodAt(norm: string, pos: number): PeriodMatch | null {
  const months = matchPeriod(norm, pos);
  if (months) return months;
  for (const [re, span] of SEASON_HEADINGS) {
    re.lastIndex = pos;
    if (re.exec(norm)) return { span, end: re.lastIndex };
  }
  YEAR_ROUND_WORDS.lastIndex = pos;
  const yearRound = YEAR_ROUND_WORDS.exec(norm);
  return yearRound && isYearRoundLabel(yearRound[0]) ? { span: YEAR_ROUND, end: YEAR_ROUND_WORDS.lastIndex } : null;
}

interface HeadingStart {
  span: Span;
  /** Where the heading's own words end and its tail (份, 主题：, a colon …) may begin. */
  end: number;
  theme: string | null;
  week: number | null;
  weekDated: boolean;
}

/** A stage with its name and dates, or a week with or without dates, at `pos`. */
function stageOrWeekAt(norm: string, pos: number): HeadingStart | null {
  NAMED_STAGE.lastIndex = pos;
  const stage = NAMED_STAGE.exec(norm);
  const stageSpan = stage ? periodCell(stage[2]) : null;
  if (stage && stageSpan && !stageSpan.yearRound) {
    return { span: stageSpan, end: NAMED_STAGE.lastIndex, theme: stage[1].replace(/[:\s]+$/, '') || null, week: null, weekDated: false };
  }
  WEEK.lastIndex = pos;
  const week = WEEK.exec(norm);
  const n = week ? weekNumber(week[1]) : null;
  if (!week || n === null) return null;
  // Its dates follow, bracketed or not: 第三周（3月11日—3月17日） / 第3周 3.11-3.17.
  const dates = /^\s*\(?\s*((?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]?|\d{1,2}[./]\d{1,2})\s*(?:-+|至|到)\s*((?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]?|\d{1,2}[./]\d{1,2})\s*\)?/.exec(norm.slice(WEEK.lastIndex));
  const span = dates ? periodCell(dates[0].replace(/[()]/g, '')) : null;
  const end = WEEK.lastIndex + (dates ? dates[0].length : 0);
  return { span: span ? monthSpan(span.startMonth as number) : YEAR_ROUND, end, theme: null, week: n, weekDated: span !== null };
}

function weekNumber(token: string): number | null {
  const v = /^\d+$/.test(token) ? Number(token) : parseChineseNumber(token);
  return v !== null && v >= 1 && v <= 60 ? v : null;
}

/**
 * A line that opens a period block: 二月份： / 3月 / 七、八月份 / （一）九月份 / 1-2月 / 【三月】 / 第一阶段（3-4月）
 * / 暑期工作： / 贯穿全年 / 五、日常工作 / 3月：1.… / 二月主题：新起点、新打算 / 三月——学雷锋月 / 第一周（2月26日—3月3日）
 * / 第二阶段：组织实施（3月16日—5月31日）. Text after the period counts only after a colon, a dash or 主题, or
 * when it starts with an item number, so "3月5日召开…" and "3月底前完成…" stay content. `enumeratedMonths`:
 * read 一、二月份 as "一、" + 二月份 (see detectEnumeratedMonths).
 */
export function periodHeading(norm: string, enumeratedMonths: boolean): PeriodHeading | null {
  const plain = DECORATION.exec(norm)?.[0].length ?? 0;
  const en = leadingEnumerator(norm);
  const starts = en ? (enumeratedMonths ? [en.textStart, plain] : [plain, en.textStart]) : [plain];
  for (const start of starts) {
    let head = stageOrWeekAt(norm, start);
    if (!head) {
      STAGE.lastIndex = start;
      const pos = STAGE.exec(norm) ? STAGE.lastIndex : start;
      const match = periodAt(norm, pos);
      head = match ? { span: match.span, end: match.end, theme: null, week: null, weekDated: false } : null;
    }
    if (!head) continue;
    const tail = HEADING_TAIL.exec(norm.slice(head.end));
    const rest = head.end + (tail ? tail[0].length : 0);
    const remaining = norm.slice(rest).replace(/[\s|]+$/, '');
    // "1.3月：开展…" is item 1 about March; only 一、/（一） numbers a heading that has text after it.
    const itemNumbered = en !== null && start === en.textStart && en.style !== 'cn' && en.style !== 'paren-cn';
    if (remaining && itemNumbered) continue;
    // "3月 开展学雷锋…": a space after the month sets the month apart from what follows, as a colon would.
    const spaced = /^[ \t]/.test(norm.slice(head.end)) && !/^[ \t]*\d/.test(norm.slice(head.end));
    const [, remark, themeWord, dash, colon] = tail ?? [];
    const marked = Boolean(themeWord || dash);
    if (remaining && !marked && !colon && !spaced && !head.weekDated && !leadingEnumerator(remaining)) continue;
    const remarkTheme = remark && !periodCell(remark) ? remark.trim() : null;
    const theme = marked ? remaining || null : (head.theme ?? remarkTheme);
    return {
      span: head.span,
      end: head.end,
      rest: remaining && !marked ? rest : norm.length,
      theme,
      afterColon: Boolean(colon) && !marked,
      week: head.week,
      weekDated: head.weekDated,
    };
  }
  return null;
}

const ENUMERATED_MONTH = /^\s*([一二三四五六七八九十]{1,2}|\d{1,2})\s*、\s*([一二三四五六七八九十]{1,2}|\d{1,2})\s*月/;

/**
 * 一、二月份 means January–February in one plan and "一、 February" in another. When two or more such lines
 * number 1, 2, 3… in order, the first numeral is an enumerator; otherwise it is a month.
 */
export function detectEnumeratedMonths(norms: string[]): boolean {
  const firsts: number[] = [];
  for (const n of norms) {
    const m = ENUMERATED_MONTH.exec(n);
    if (m) firsts.push(monthValue(m[1]) ?? 0);
  }
  return firsts.length >= 2 && firsts.every((v, i) => v === i + 1);
}

const TITLE_PERIOD_TAIL = /^\s*份?\s*(?:的)?\s*(?:工作|活动|团学|德育|少先队)?\s*(?:计划|安排|要点|行事历|重点|清单)/;

const AMBIGUOUS_TERM = /^(?:[\s[【(（★◆●■]*)(?:[一二三四五六七八九十\d]+[、.]\s*)?(?:上|下|第[一二])学期(?:工作|活动)?(?:安排|计划|重点)?[\]】)）]?\s*[:：]?\s*$/;

/** 上学期 / 第二学期 as a heading: a term, but which months it runs over differs from school to school. */
export function isAmbiguousTermHeading(norm: string): boolean {
  return AMBIGUOUS_TERM.test(norm);
}

/** The month a whole document is for, when its title names one: XX团委2024年3月份工作计划 → 3月. */
export function titlePeriod(norm: string): Span | null {
  for (const m of norm.matchAll(/[\d一二三四五六七八九十]/g)) {
    if (m.index > 0 && /[\d一二三四五六七八九十年]/.test(norm[m.index - 1]) && !/年/.test(norm[m.index - 1])) continue;
    const match = matchPeriod(norm, m.index);
    if (match && TITLE_PERIOD_TAIL.test(norm.slice(match.end))) return match.span;
  }
  return null;
}

const LEADING_PERIOD_END = /^(?:\s*份)?(?:\s*期间)?\s*(?:[,，、:;]|\s|$)/;
const STATED_TIME = /(?:时间|时限|完成时间|实施时间)\s*[:：]\s*/g;
const TRAILING_PAREN = /\(\s*(?:时间\s*[:：]\s*)?([^()]{2,16})\)\s*[。.;；]?\s*$/;

/**
 * The period an item outside a month block states for itself: at its start ("3月，…", "5-6月：…"), in a closing
 * bracket ("…（3月）", "…（时间：7-8月）") or after 时间： — else null, and the item stays year-round.
 */
export function statedPeriod(norm: string): Span | null {
  const pos = norm.length - norm.trimStart().length;
  const leading = matchPeriod(norm, pos);
  if (leading && LEADING_PERIOD_END.test(norm.slice(leading.end))) return leading.span;
  const paren = TRAILING_PAREN.exec(norm);
  const inParen = paren ? matchPeriod(paren[1].trim(), 0) : null;
  if (inParen && !paren?.[1].trim().slice(inParen.end).trim()) return inParen.span;
  for (const m of norm.matchAll(STATED_TIME)) {
    const after = matchPeriod(norm, m.index + m[0].length);
    if (after) return after.span;
  }
  return null;
}
