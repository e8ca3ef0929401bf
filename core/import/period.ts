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

const MONTH_TOKEN = /(?:\d{4}\s*年\s*)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*(月份|月)?/y;
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
 * a list (七、八月) must name consecutive months and a range (7-8月, 11至12月) must not run backwards.
 */
export function matchPeriod(norm: string, pos: number): PeriodMatch | null {
  const tokens: Array<{ value: number; end: number; hasMonth: boolean; listedBefore: boolean }> = [];
  let at = pos;
  let listedBefore = false;
  for (;;) {
    MONTH_TOKEN.lastIndex = at;
    const m = MONTH_TOKEN.exec(norm);
    const value = m ? monthValue(m[1]) : null;
    if (!m || value === null) break;
    at = MONTH_TOKEN.lastIndex;
    tokens.push({ value, end: at, hasMonth: Boolean(m[2]), listedBefore });
    SEPARATOR.lastIndex = at;
    const sep = SEPARATOR.exec(norm);
    if (!sep) break;
    listedBefore = Boolean(sep[2]);
    at = SEPARATOR.lastIndex;
  }
  let last = tokens.length - 1;
  while (last >= 0 && !tokens[last].hasMonth) last--;
  if (last < 0) return null;
  const used = tokens.slice(0, last + 1);
  for (let i = 1; i < used.length; i++) {
    const step = used[i].value - used[i - 1].value;
    if (used[i].listedBefore ? step !== 1 : step < 0) return null;
  }
  return { span: monthSpan(used[0].value, used[last].value), end: used[last].end };
}

const YEAR_ROUND_LABEL = /^(?:其中)?(?:贯穿全年|全年|常规|日常|长期|经常性)(?:性)?(?:的)?(?:重点)?(?:工作|事项|任务|活动)?(?:安排|内容)?(?:\([^()]{0,20}\))?:?$/;

/** 贯穿全年 / 全年 / 常规工作 / 日常工作 / 其中贯穿全年工作 (spaces anywhere). */
export function isYearRoundLabel(text: string): boolean {
  return YEAR_ROUND_LABEL.test(compact(text).replace(/\|+$/, ''));
}

const SEASON_WORDS: Array<[string, Span]> = [
  ['寒假', monthSpan(1, 2)],
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

const DECORATION = /^[\s[<《◆■●★☆◇□▲►·•#*]*/;
const STAGE = /[^\s:()]{0,8}阶段\s*(?:[(:]\s*)?/y;
const YEAR_ROUND_WORDS =
  /(?:其中\s*)?(?:贯\s*穿\s*全\s*年|全\s*年|常\s*规|日\s*常|长\s*期|经常性)\s*(?:性\s*)?(?:的\s*)?(?:重点\s*)?(?:工\s*作|事\s*项|任\s*务|活\s*动)?\s*(?:安排|内容)?/y;
const HEADING_TAIL =
  /^\s*\)?\s*份?\s*(?:的)?\s*(?:主要|重点|具体)?\s*(?:工作|活动)?\s*(?:安排|计划|要点|重点|任务|内容|事项)?\s*[\]>》]?\s*(?:\([^()]{0,20}\))?\s*(:)?\s*/;

export interface PeriodHeading {
  span: Span;
  /** Index where content written on the heading line starts (== length when there is none). */
  rest: number;
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

/**
 * A line that opens a period block: 二月份： / 3月 / 七、八月份 / （一）九月份 / 1-2月 / 【三月】 / 第一阶段（3-4月）
 * / 暑期工作： / 贯穿全年 / 五、日常工作 / 3月：1.… . Text after the period counts only after a colon or when it
 * starts with an item number, so "3月5日召开…" and "3月底前完成…" stay content. `enumeratedMonths`: read
 * 一、二月份 as "一、" + 二月份 (see detectEnumeratedMonths).
 */
export function periodHeading(norm: string, enumeratedMonths: boolean): PeriodHeading | null {
  const plain = DECORATION.exec(norm)?.[0].length ?? 0;
  const en = leadingEnumerator(norm);
  const starts = en ? (enumeratedMonths ? [en.textStart, plain] : [plain, en.textStart]) : [plain];
  for (const start of starts) {
    STAGE.lastIndex = start;
    const pos = STAGE.exec(norm) ? STAGE.lastIndex : start;
    const match = periodAt(norm, pos);
    if (!match) continue;
    const tail = HEADING_TAIL.exec(norm.slice(match.end));
    const rest = match.end + (tail ? tail[0].length : 0);
    const remaining = norm.slice(rest).replace(/[\s|]+$/, '');
    // "1.3月：开展…" is item 1 about March; only 一、/（一） numbers a heading that has text after it.
    const itemNumbered = en !== null && start === en.textStart && en.style !== 'cn' && en.style !== 'paren-cn';
    if (remaining && itemNumbered) continue;
    // "3月 开展学雷锋…": a space after the month sets the month apart from what follows, as a colon would.
    const spaced = /^[ \t]/.test(norm.slice(match.end)) && !/^[ \t]*\d/.test(norm.slice(match.end));
    if (!remaining || tail?.[1] || spaced || leadingEnumerator(remaining)) return { span: match.span, rest: remaining ? rest : norm.length };
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
