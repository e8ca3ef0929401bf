// Plain calendar arithmetic on 'YYYY-MM-DD' strings for the oracle and the history generator.
// Written for this test only: nothing here comes from core/.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function utcDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function fromUtcDay(day: number): string {
  const t = new Date(day * 86_400_000);
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addDays(date: string, days: number): string {
  return fromUtcDay(utcDay(date) + days);
}

/** b − a in days. */
export function daysBetween(a: string, b: string): number {
  return utcDay(b) - utcDay(a);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const firstDay = (year: number, month: number) => isoOf(year, month, 1);
export const lastDay = (year: number, month: number) => isoOf(year, month, daysInMonth(year, month));

/** The calendar date of an instant in this machine's local time zone (as the app dates what happens). */
export function localDate(instant: Date): string {
  return isoOf(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

/** An instant at `minute` minutes after midnight of `date` in Asia/Shanghai (UTC+8, no DST). */
export function shanghaiInstant(date: string, minute: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 0, minute) - 8 * 3_600_000);
}

export const minDate = (a: string, b: string) => (a < b ? a : b);

/** 7月31日, or 2024年1月15日 outside the plan's year. */
export function chineseDate(date: string, year?: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return year === y ? `${m}月${d}日` : `${y}年${m}月${d}日`;
}
