import { parseChineseNumber } from './chinese-number';
import { compact } from './normalize';

// Dates written in an item or a notice (or a spreadsheet's date cell, 2024-03-31): 9月20日前, 10月31日前, 3月6日—30日 (a range ends on its last day),
// 6月底/12月底 (month ends), 年底前. The due date is the first deadline still ahead of `today` (the earliest
// when no day is given); with no deadline a single plain date (3月5日召开…) is taken as the day it is due.

export interface DatePhrase {
  date: string;
  phrase: string;
  index: number;
  deadline: boolean;
}

const Y = '(?:(\\d{4})年)?';
const M = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const D = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const BEFORE = '(?:前|之前|以前|为止)';
const RANGE = new RegExp(`${Y}${M}月${D}[日号]?(?:-+|至|到)(?:${Y}${M}月)?${D}[日号]`, 'g');
const DAY = new RegExp(`(截止|截至)?(?:到|至)?${Y}${M}月${D}[日号](${BEFORE})?`, 'g');
const MONTH_PART = new RegExp(`${Y}${M}月份?(底|末|下旬|中旬|上旬)${BEFORE}?`, 'g');
const ISO_DAY = new RegExp(`(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(${BEFORE})?`, 'g');
const YEAR_END = new RegExp(`(?<!学)(\\d{4})?年(?:底|末)${BEFORE}?`, 'g');
const PART_DAY: Record<string, number> = { 上旬: 10, 中旬: 20 };

function num(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (parseChineseNumber(s) ?? 0);
}

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const phraseOf = (s: string) => s.replace(new RegExp(`^(?:截止|截至)?(?:到|至)?|${BEFORE}$`, 'g'), '');

export function findDates(source: string, year: number): DatePhrase[] {
  const text = compact(source);
  if (!/[月年]|\d[-/.]\d/.test(text)) return [];
  const found: DatePhrase[] = [];
  const add = (index: number, length: number, date: string | null, deadline: boolean, raw: string) => {
    if (!date || found.some((f) => index < f.index + f.phrase.length && f.index < index + length)) return;
    found.push({ date, phrase: phraseOf(raw), index, deadline });
  };
  for (const m of text.matchAll(RANGE)) {
    const [all, y1, m1, , y2, m2, d2] = m;
    // 12月30日-1月5日 ends in the next year.
    const y = Number(y2 ?? y1 ?? year) + (!y2 && m2 && num(m2) < num(m1) ? 1 : 0);
    add(m.index, all.length, isoDate(y, num(m2 ?? m1), num(d2)), true, all);
  }
  for (const m of text.matchAll(DAY)) {
    const [all, since, y, mo, d, before] = m;
    add(m.index, all.length, isoDate(Number(y ?? year), num(mo), num(d)), Boolean(since || before), all);
  }
  for (const m of text.matchAll(ISO_DAY)) {
    const [all, y, mo, d, before] = m;
    add(m.index, all.length, isoDate(Number(y), Number(mo), Number(d)), Boolean(before), all);
  }
  for (const m of text.matchAll(MONTH_PART)) {
    const [all, y, mo, part] = m;
    const yy = Number(y ?? year);
    const month = num(mo);
    if (month < 1 || month > 12) continue;
    add(m.index, all.length, isoDate(yy, month, PART_DAY[part] ?? lastDay(yy, month)), true, all);
  }
  for (const m of text.matchAll(YEAR_END)) {
    add(m.index, m[0].length, isoDate(Number(m[1] ?? year), 12, 31), true, m[0]);
  }
  return found.sort((a, b) => a.index - b.index);
}

export function pickDueDate(dates: DatePhrase[], today?: string): string | null {
  const deadlines = dates.filter((d) => d.deadline).map((d) => d.date).sort();
  if (deadlines.length > 0) return (today && deadlines.find((d) => d >= today)) || (today ? deadlines[deadlines.length - 1] : deadlines[0]);
  return dates.length === 1 ? dates[0].date : null;
}

/** "时限：6月底、12月底" when more than one deadline is written (the due date keeps only one). */
export function deadlinesNote(dates: DatePhrase[]): string {
  const deadlines = dates.filter((d) => d.deadline);
  return deadlines.length > 1 ? `时限：${deadlines.map((d) => d.phrase).join('、')}` : '';
}
