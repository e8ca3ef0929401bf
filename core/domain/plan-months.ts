// Which month a page opens on and which dates a form suggests, by one rule for every page: the office's
// year starts in February, and a plan reaches back into January only when it has January work.

/** The month the office's working year starts in. */
export const OFFICE_FIRST_MONTH = 2;

/** A plan's first month: February, or the month its earliest item starts in when that is earlier. */
export function planFirstMonth(earliestStartMonth: number | null): number {
  return earliestStartMonth != null && earliestStartMonth < OFFICE_FIRST_MONTH ? earliestStartMonth : OFFICE_FIRST_MONTH;
}

/** The months a plan's pages offer, first month … December. */
export function planMonths(firstMonth: number): number[] {
  return Array.from({ length: 12 - firstMonth + 1 }, (_, k) => firstMonth + k);
}

/** The month a page opens on: the current month when today lies inside the plan's year (and its months), else its first month. */
export function defaultPlanMonth(plan: { year: number; firstMonth: number }, today: string): number {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return year === plan.year && month >= plan.firstMonth ? month : plan.firstMonth;
}

/**
 * A date a form suggests for work in a plan's year (YYYY-MM-DD): today when it lies in that year, else
 * the nearest day of the year (31 December of a past year, 1 January of a coming one).
 */
export function dateInPlanYear(year: number, today: string): string {
  const todayYear = Number(today.slice(0, 4));
  if (todayYear === year) return today;
  return todayYear > year ? `${year}-12-31` : `${year}-01-01`;
}
