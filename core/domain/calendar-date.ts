// A calendar date as the office writes it (YYYY-MM-DD) must name a day that exists: 2023-02-30 or
// 0000-00-00 stored once would break every view that computes with it.

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years a ledger date may fall in: wide enough for any plan, narrow enough to catch typos like 0023. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export function isCalendarDate(text: string): boolean {
  const match = SHAPE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
