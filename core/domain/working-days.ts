import chineseDays from 'chinese-days';

// China's official calendar: public holidays are days off, and 调休 make-up days (often a Saturday or
// Sunday) are working days. chinese-days ships the State Council's schedule per year; for a year it does
// not know yet we fall back to Monday–Friday.
function hasSchedule(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= 2004 && year <= LAST_SCHEDULED_YEAR;
}

/** The last year whose holiday schedule the bundled package knows. */
export const LAST_SCHEDULED_YEAR = 2026;

// A year has 365 answers; warnings ask them for every item on every read, so they are remembered.
const known = new Map<string, boolean>();

export function isWorkingDay(date: string): boolean {
  let working = known.get(date);
  if (working === undefined) {
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    working = hasSchedule(date) ? chineseDays.isWorkday(date) : day !== 0 && day !== 6;
    known.set(date, working);
  }
  return working;
}

function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// Counting a plan of 10,000 items asks the same few hundred dates again and again: answers are kept
// (pure functions of their arguments), and the memory is dropped once it grows past a bound.
const MEMO_LIMIT = 50_000;

function remembered<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, (value = compute()));
  }
  return value;
}

const shifted = new Map<string, string>();

export function addDays(date: string, days: number): string {
  return remembered(shifted, `${date}${days}`, () => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  });
}

const counted = new Map<string, number>();

/**
 * Working days after `from` up to and including `to` (0 when `to` is not after `from`). Counting stops
 * once it passes `stopAfter`, which is all a "within N working days" question needs.
 */
export function workingDaysBetween(from: string, to: string, stopAfter = Infinity): number {
  return remembered(counted, `${from}${to}${stopAfter}`, () => {
    // No holiday run in China's calendar is long enough for 2N+14 calendar days to hold only N working days.
    if (stopAfter !== Infinity && calendarDaysBetween(from, to) > 2 * stopAfter + 14) return stopAfter + 1;
    let count = 0;
    for (let d = addDays(from, 1); d <= to && count <= stopAfter; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
    return count;
  });
}

/** The date `n` working days after `from`. */
export function addWorkingDays(from: string, n: number): string {
  let d = from;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}
